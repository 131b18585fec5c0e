import {describe, expect, test} from "vitest";
import {denialReach, deniesAt} from "../../../../loaders/lang/de/negation.js";

/** Whether the first negation-looking word of a sentence I wrote denies its clause. */
function denies(sentence: string, word: string): boolean {
  const words = (sentence.match(/\p{L}+|[,;.]/gu) ?? []).map((w) => w.toLowerCase());
  return deniesAt(words, words.indexOf(word));
}

describe("deniesAt", () => {
  test.each<[string, string, boolean]>([
    ["Das Gericht hat die Klage nicht angenommen.", "nicht", true],
    ["Das Gericht hat nichts entschieden.", "nichts", true],
    ["Das Gericht hat keines der Gutachten gelesen.", "keines", true],
    ["Das Gericht hat die Klage nicht nur angenommen, sondern auch verhandelt.", "nicht", false],
    ["Nicht zuletzt hat das Gericht die Klage angenommen.", "nicht", false],
    ["Das Gericht sah keinen Fehler, sondern eine Lücke im Gesetz.", "keinen", false],
    ["Das Gericht sah keinen Fehler. Sondern wozu?", "keinen", true],
    ["Der Senat entschied mit keiner Gegenstimme.", "keiner", false],
    ["Der Senat hat mit keinem Wort darauf verwiesen.", "keinem", true],
    ["Der Senat hat die Klage angenommen.", "senat", false]
  ])("%s (%s) → %s", (sentence, word, expected) => {
    expect(denies(sentence, word)).toBe(expected);
  });
});

/** Whether `word` denies its clause for the cue word `cue` of a sentence I wrote. */
function deniesFor(sentence: string, word: string, cue: string): boolean {
  const words = (sentence.match(/\p{L}+|[,;.]/gu) ?? []).map((w) => w.toLowerCase());
  return deniesAt(words, words.indexOf(word), words.indexOf(cue));
}

describe("deniesAt with the cue's position: 'kein …, sondern'", () => {
  test.each<[string, string, string, boolean]>([
    ["Das Gericht fällte kein Urteil, sondern vertagte sich.", "kein", "urteil", true],
    ["Das Gericht fällte kein Urteil, sondern vertagte sich.", "kein", "vertagte", false],
    ["Das Gericht las keinen Brief, sondern ein Gutachten.", "keinen", "las", false],
    ["Das Gericht hat nicht nur geprüft, sondern auch entschieden.", "nicht", "geprüft", false]
  ])("%s (%s, cue %s) → %s", (sentence, word, cue, expected) => {
    expect(deniesFor(sentence, word, cue)).toBe(expected);
  });
});

/** How far the first `word` of a sentence I wrote denies: -1 nothing, Infinity its clause, else the index of its "sondern". */
function reach(sentence: string, word: string): number {
  const words = (sentence.match(/\p{L}+|[,;.]/gu) ?? []).map((w) => w.toLowerCase());
  return denialReach(words, words.indexOf(word));
}

describe("denialReach", () => {
  test.each<[string, string, number]>([
    ["Das Gericht hat die Klage nicht angenommen.", "nicht", Infinity],
    ["Das Gericht hat die Klage nicht nur angenommen.", "nicht", -1],
    ["Der Senat entschied mit keiner Gegenstimme.", "keiner", -1],
    ["Das Gericht las keinen Brief, sondern ein Gutachten.", "keinen", -1],
    ["Das Gericht fällte kein Urteil, sondern vertagte sich.", "kein", 6],
    ["Der Senat hat die Klage angenommen.", "senat", -1]
  ])("%s (%s) → %s", (sentence, word, expected) => {
    expect(reach(sentence, word)).toBe(expected);
  });
});
