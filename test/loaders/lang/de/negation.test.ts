import {describe, expect, test} from "vitest";
import {deniesAt} from "../../../../loaders/lang/de/negation.js";

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
