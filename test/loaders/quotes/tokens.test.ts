import {describe, expect, test} from "vitest";
import {TOKEN_PATTERN, tokenize} from "../../../loaders/quotes/tokens.js";

/** The tokens the regex gives (the definition `tokenize` follows), cut at `end` like `tokenize`. */
function byRegex(text: string, start: number, end: number): [number, number, string][] {
  const re = new RegExp(TOKEN_PATTERN, "g");
  const out: [number, number, string][] = [];
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const to = Math.min(m.index + m[0].length, end);
    out.push([m.index, to, text.slice(m.index, to)]);
  }
  return out;
}
const scanned = (text: string, start = 0, end = text.length) => tokenize(text, start, end).map((t) => [t.start, t.end, t.text]);

describe("tokenize", () => {
  test.each<[string, string[]]>([
    ["Der Kreml-Sprecher sagte: „Nein.“", ["Der", "Kreml-Sprecher", "sagte", ":", "„", "Nein", ".", "“"]],
    ["U.S.-Präsident O’Brien's Plan", ["U.S", ".", "-", "Präsident", "O’Brien's", "Plan"]],
    ["ab.- cd -x y-", ["ab", ".", "-", "cd", "-", "x", "y", "-"]],
    ["Emoji \uD83D\uDE00 und \uD83D allein", ["Emoji", "\uD83D\uDE00", "und", "\uD83D", "allein"]],
    ["a\u00A0b\u2028c\uFEFFd\u3000e", ["a", "b", "c", "d", "e"]]
  ])("%s", (text, expected) => {
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual(expected);
  });

  test.each<[string, number, number]>([
    ["Die Ölpreis-Krise – sagte er – sei vorbei.", 0, 44],
    ["Die Ölpreis-Krise – sagte er – sei vorbei.", 5, 14],
    ["  x.y.z  Σ ΣΑΣ a\u0301b ‘zitiert’ «so» ", 1, 30],
    ["tail-word", 0, 6]
  ])("same tokens as the pattern: %s [%i, %i)", (text, start, end) => {
    expect(scanned(text, start, end)).toEqual(byRegex(text, start, end));
  });

  test("lower-case form and no quotation index", () => {
    expect(tokenize("Sagte ER", 0, 8).map((t) => [t.lower, t.quote])).toEqual([["sagte", -1], ["er", -1]]);
  });
});
