import {describe, expect, test} from "vitest";
import {innerSentenceEnds, splitSentences} from "../../../loaders/text/sentences.js";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  test.each<[string, string[]]>([
    ["Am 12. Februar telefonierten sie. Danach sprach Trump.", ["Am 12. Februar telefonierten sie.", "Danach sprach Trump."]],
    ["Im 2. Weltkrieg kämpften sie zusammen. Das ist lange her.", ["Im 2. Weltkrieg kämpften sie zusammen.", "Das ist lange her."]],
    ["Das gilt z. B. für Dr. Müller bzw. seine Kollegen. Sonst nicht.", ["Das gilt z. B. für Dr. Müller bzw. seine Kollegen.", "Sonst nicht."]],
    ["Vizepräsident J.D. Vance und Donald J. Trump reisten. Sie kamen an.", ["Vizepräsident J.D. Vance und Donald J. Trump reisten.", "Sie kamen an."]],
    ["Er sagte: „Das ist gut. Sehr gut.“ Dann ging er.", ["Er sagte: „Das ist gut. Sehr gut.“", "Dann ging er."]],
    ["»Wir kommen. Bald.« Sie gingen.", ["»Wir kommen. Bald.«", "Sie gingen."]],
    ["Der letzte Besuch fand 2013 statt. Der nächste folgt.", ["Der letzte Besuch fand 2013 statt.", "Der nächste folgt."]],
    ["Es waren 15. Danach kam nichts.", ["Es waren 15.", "Danach kam nichts."]],
    ["Erste Zeile ohne Punkt\nZweite Zeile.", ["Erste Zeile ohne Punkt", "Zweite Zeile."]],
    ["„Nie geschlossen. Zweiter Satz. Dritter.", ["„Nie geschlossen.", "Zweiter Satz.", "Dritter."]],
    // a quotation closing after the last sentence break inside it still holds its sentences together
    ["„Er ging. Sie blieb. Er kam“, sagte sie.", ["„Er ging. Sie blieb. Er kam“, sagte sie."]],
    ["Wer kommt? Niemand! Gut.", ["Wer kommt?", "Niemand!", "Gut."]],
    // an initial of two or three letters ends no sentence
    ["Es spielten Brandl, Ch. Wieser und Th. Koller. Sie siegten.", ["Es spielten Brandl, Ch. Wieser und Th. Koller.", "Sie siegten."]]
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test("spans stay inside the text and are trimmed", () => {
    const text = "  Ein Satz.  Noch einer.  \n\n  ";
    for (const s of splitSentences(text)) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    }
  });

  test("a long line is split in chunks without losing text", () => {
    const sentence = "Das ist ein Satz mit einigen Wörtern. ";
    const text = sentence.repeat(5000);
    const spans = splitSentences(text);
    expect(spans).toHaveLength(5000);
    expect(spans.map((s) => text.slice(s.start, s.end)).join(" ") + " ").toBe(text);
  });
});

describe("innerSentenceEnds", () => {
  test.each<[string, string[]]>([
    // a quotation over two sentences: the first one's full stop
    ["Sie sagte: „Wir haben gewartet. Jetzt geht es los.“", ["gewartet."]],
    ["„Wer kommt? Niemand weiß es!“ rief er.", ["kommt?"]],
    // no sentence ends at an ordinal dot, an initial, an abbreviation or before a lower-case word
    ["„Am 3. Februar sprach Anna B. Kroll mit uns, z. B. über Geld.“", []],
    ["„Es ist gut. und dann?“", []],
    // the sentence's own final stop is not inside it
    ["Das ist alles.", []]
  ])("%s", (text, expected) => {
    expect(innerSentenceEnds(text).map((i) => text.slice(text.lastIndexOf(" ", i) + 1, i + 1))).toEqual(expected);
  });
});
