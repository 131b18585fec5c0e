import {describe, expect, test} from "vitest";
import {findQuotes} from "../../../loaders/quotes/extract.js";
import {findQuotePairs} from "../../../loaders/quotes/marks.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** Runs the extractor and checks that every span stays inside the text. */
function checkSpans(text: string) {
  const found = findQuotes(text, splitSentences(text));
  for (const q of found) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeLessThanOrEqual(q.end);
    for (const [s, e] of [[q.speakerStart, q.speakerEnd], [q.cueStart, q.cueEnd]]) {
      if (s === null) continue;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e!).toBeLessThanOrEqual(text.length);
    }
  }
  return found;
}

describe("bad input", () => {
  test.each<[string, string]>([
    ["mismatched marks („ closed by «)", "… „Ich glaube, dass diese Bemühungen zu einem erfolgreichen Abschluss führen werden, hoffentlich bald!«\nUnd die Zeichen stehen gut."],
    ["a quote that never closes", "Er sagte: „Das ist gut. Und so weiter, sagte er. Dann ging er."],
    ["a closing mark without opening", "Das ist gut“, sagte er. Dann „ging“ er."],
    ["straight quotes, odd count", "\"Eins\", sagte er, \"zwei, sagte sie. \"Drei\""],
    ["empty quotes", "Er sagte „“ und »« und \"\"."],
    ["marks at the very start and end", "„"],
    ["only marks", "„“”\"»«‚‘’"]
  ])("%s", (_name, text) => {
    checkSpans(text);
  });

  test("an unclosed quote does not swallow the quotes after it", () => {
    const text = "Er sagte „nie geschlossen.\n\nSpäter sagte sie: „Das ist ein Satz, der geschlossen wird.“";
    const found = checkSpans(text);
    expect(found.map((q) => text.slice(q.start, q.end))).toContain("Das ist ein Satz, der geschlossen wird.");
  });

  test.each<[string, string]>([
    ["„Der Ausbau ist für die Stadt nötig, sagte die Bürgermeisterin am Abend.", "Der Ausbau ist für die Stadt nötig"],
    ["»Die Lage sei ernst, erklärte der Sprecher.", "Die Lage sei ernst"]
  ])("a quote whose mark never closes leaves the mark out of its span: %s", (text, expected) => {
    expect(checkSpans(text).map((q) => text.slice(q.start, q.end))).toEqual([expected]);
  });

  test.each<[string, string]>([
    ["thousands of German pairs", "„a“ ".repeat(5000)],
    ["thousands of openers", "„".repeat(20000)],
    ["thousands of straight quotes", "\"".repeat(20000)],
    ["alternating guillemets", "»«".repeat(10000)],
    ["nested openers", "„x »y ‚z ".repeat(3000)]
  ])("%s on one line", (_name, text) => {
    checkSpans(text);
    for (const p of findQuotePairs(text)) expect(p.close).toBeLessThan(text.length);
  });

  test("1 MB adversarial line (speech verbs, Konjunktiv and open quotes, no line break)", () => {
    const unit = "„Er sagte, dass es sei, laut Müller zufolge, so der Sprecher ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    checkSpans(text);
  });

  test("1 MB line of closed quotes with cues", () => {
    const unit = "„Das ist gut“, sagte er, „sehr gut“. ";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const found = checkSpans(text);
    expect(found.length).toBeGreaterThan(1000);
  });
});
