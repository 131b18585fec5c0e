import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, quote, speaker] — sentences written for the test (de.speaker.relative-object). */
describe("a relative pronoun before its object is the subject", () => {
  test.each<[string, string, string, string]>([
    ["an indefinite object that names no speaker", "Er traf die Ministerin, die eine Reform ankündigte.", "die eine Reform ankündigte", "die"],
    ["an accusative-only determiner", "Der Ausschuss stützte die Stadt, die einen Neubau ankündigte.", "die einen Neubau ankündigte", "die"],
    ["a possessive in the accusative", "Man feierte den Trainer, der seinen Abschied ankündigte.", "der seinen Abschied ankündigte", "der"],
    // a nominative speaker after the pronoun is the subject
    ["a nominative speaker after the pronoun", "Die Regel, die die Polizei bekannt gab, gilt ab Montag.", "die die Polizei bekannt gab", "die Polizei"]
  ])("%s", (_why, text, quote, speaker) => {
    const found = quotesIn(text).find((q) => q.text === quote);
    expect(found?.speaker).toBe(speaker);
  });
});
