import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {german} from "../../../loaders/dates/extractor.js";
import {FOLD, stemScanner} from "../../../loaders/dates/stems.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

describe("stemScanner", () => {
  test.each<[string, string[], string[]]>([
    ["am dienstagabend", ["tag", "dienstag", "abend", "je "], ["abend", "dienstag", "tag"]],
    ["je zwei", ["je ", "zwei"], ["je ", "zwei"]],
    ["jährlich", ["jährl", "jä"], ["jä", "jährl"]],
    ["tagtag", ["tag"], ["tag"]],
    ["", ["tag"], []]
  ])("%s", (text, stems, expected) => {
    const found = new Set<string>();
    stemScanner(stems)(text, (i) => found.add(stems[i]));
    expect([...found].sort()).toEqual(expected);
  });
});

/** Sentences of the seeds and of the find tests' kind, to check that no cue or anchor hides a match. */
const sentences = [
  ...readdirSync("seeds").filter((f) => f.endsWith(".txt")).flatMap((f) => {
    const text = readFileSync(`seeds/${f}`, "utf8");
    return splitSentences(text).map((s) => text.slice(s.start, s.end));
  }),
  "VOM 12. BIS 18. MÄRZ", "Seit Jahren und jahrelang, langjährige Partner.", "Am Tag zuvor, tags darauf, am Folgetag.",
  "In den achtziger Jahren und den 90er-Jahren.", "Im Vorjahr, vergangene Woche, Ende des Jahres, heuer.", "Anfang September 2014 und im Jahre 1910.",
  "Rund drei Jahre und ein paar\u00a0Tage.", "am 3., 4. und 5. März"
];

describe("cues and anchors of the German date rules", () => {
  test("every pattern match lies in a sentence that passes its rule's cue and anchor", () => {
    for (const rule of german.rules) {
      for (const s of sentences) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.exec(s)) continue;
        const lower = s.toLowerCase();
        if (Array.isArray(rule.cue)) expect(rule.cue.some((c: string) => lower.includes(c)), `${rule.id} cue on ${s}`).toBe(true);
        else if (rule.cue) expect((rule.cue as RegExp).test(s), `${rule.id} cue on ${s}`).toBe(true);
        if (rule.anchor) expect(rule.anchor.test(s), `${rule.id} anchor on ${s}`).toBe(true);
      }
    }
  });
});

describe("FOLD", () => {
  test("maps every UTF-16 code unit to the symbol of its lower case, as toLowerCase does", () => {
    const symbolOf = (lower: string) => (lower.length === 1 ? FOLD[lower.charCodeAt(0)] : -1);
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) {
        expect(FOLD[c]).toBe(0); // surrogates: a pair lower-cases to a pair, never to a stem letter
        continue;
      }
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length !== 1) expect([c, FOLD[c]]).toEqual([c, 255]);
      else if (FOLD[c] !== symbolOf(lower)) expect([c, FOLD[c]]).toEqual([c, symbolOf(lower)]);
    }
  });

  test.each<[string, string[], string[]]>([
    ["AM DIENSTAGABEND", ["tag", "dienstag", "abend"], ["abend", "dienstag", "tag"]],
    ["Größte STRAẞE", ["straße", "größt"], ["größt", "straße"]],
    ["MAİ", ["mai"], ["mai"]],
    ["İİ mai", ["mai", "i̇i̇"], ["i̇i̇", "mai"]],
    ["Dieser\u00a0Zeit, dieser Zeit", ["dieser zeit"], ["dieser zeit"]]
  ])("scans %s as its lower case", (text, stems, expected) => {
    const found = new Set<string>();
    stemScanner(stems)(text, (i) => found.add(stems[i]));
    expect([...found].sort()).toEqual(expected);
    const lower = new Set<string>();
    stemScanner(stems)(text.toLowerCase(), (i) => lower.add(stems[i]));
    expect([...lower].sort()).toEqual(expected);
  });
});
