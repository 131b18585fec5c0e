import {describe, expect, test} from "vitest";
// the quote engine first: it loads the rule order (lang/de/index.ts) before the rule module
import {quotesIn} from "../../../quotes/helpers.js";
import {isDatePhrase} from "../../../../../loaders/lang/de/speakerRules/insertion.js";
import {tokenize} from "../../../../../loaders/quotes/tokens.js";

/** [phrase, is a date phrase] — made-up phrases. */
describe("isDatePhrase", () => {
  test.each<[string, boolean]>([
    ["am 11. Februar", true],
    ["dem 3. Mai 2020", true],
    ["am Montag", true],
    ["vom 2. Juni", true],
    ["am Rande", false],
    ["dem Minister", false],
    ["am 11.", false],
    ["Februar", false]
  ])("%s", (phrase, expected) => {
    const tokens = tokenize(phrase, 0, phrase.length).map((t) => ({...t, quote: -1}));
    expect(isDatePhrase(tokens, 0, tokens.length)).toBe(expected);
  });
});

/** [sentence, speaker of the first quote] — sentences written for the test. */
describe("de.speaker.inserted-date", () => {
  test.each<[string, string]>([
    ["Bekannt ist, dass die Regierung des Landes am Tag zuvor, am 11. Februar, berichtete, dass die Gespräche weitergingen.", "die Regierung des Landes"],
    ["Der Verband hatte am Montag, dem 3. Mai, erklärt, dass er klagen werde.", "Der Verband"],
    ["Die Stadt meldete am Abend, am 4. Juni, dass die Brücke gesperrt sei.", "Die Stadt"],
    ["Der Sprecher sagte, am 11. Februar seien die Gespräche beendet worden.", "Der Sprecher"]
  ])("%s", (text, speaker) => {
    expect(quotesIn(text)[0]?.speaker).toBe(speaker);
  });
});
