import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, speaker of the indirect quote] — sentences written for the test, not taken from a corpus. */
describe("de.speaker.relative-document", () => {
  test.each<[string, string, string]>([
    ["the document before the relative clause", "Die Stadt veröffentlichte einen Bericht, in dem es heißt, dass die Brücke marode sei.", "einen Bericht"],
    ["past a separable particle", "Er griff damit die Meldungen der Zeitungen auf, in denen es heißt, die Wahl sei gefälscht worden.", "die Meldungen der Zeitungen"],
    ["no relative clause: no speaker", "Die Zahlen sind unklar, es heißt, dass zwei Dörfer zerstört wurden.", ""]
  ])("%s", (_why, text, speaker) => {
    expect(quotesIn(text).find((q) => q.type === "indirect")?.speaker).toBe(speaker);
  });
});
