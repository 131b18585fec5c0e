import {describe, expect, it} from "vitest";
import {tokenize, tokenSpans, tokenSpansHashed} from "../../../loaders/topics/tokens.js";
import {spanHash, WordTable} from "../../../loaders/topics/wordTable.js";

describe("word table", () => {
  const text = "Der Krieg, die Kriege und der Krieg: Krieg-Ende im Krieg";
  const cases: [start: number, end: number, expected: string | undefined][] = [
    [4, 9, "Krieg"], // held
    [15, 20, "Krieg"], // "Kriege" cut to "Krieg": same text, found
    [15, 21, undefined], // "Kriege" not held
    [0, 3, undefined], // "Der" not held
    [37, 47, "Krieg-Ende"],
    [37, 46, undefined] // "Krieg-End" not held
  ];
  const table = new WordTable<{word: string}>(100, 2);
  for (const word of ["Krieg", "Krieg-Ende", "und", "im", "die"]) table.add({word}, spanHash(word, 0, word.length));
  it.each(cases)("span %i-%i", (start, end, expected) => {
    expect(table.find(text, start, end, spanHash(text, start, end))?.word).toBe(expected);
  });

  it("grows past its first size and empties itself at its limit", () => {
    const small = new WordTable<{word: string}>(50, 2);
    const words = Array.from({length: 40}, (_, i) => `w${i}`);
    for (const word of words) small.add({word}, spanHash(word, 0, word.length));
    expect(words.every((w) => small.find(w, 0, w.length, spanHash(w, 0, w.length))?.word === w)).toBe(true);
    for (let i = 40; i < 51; i++) small.add({word: `w${i}`}, spanHash(`w${i}`, 0, `w${i}`.length));
    expect(small.size).toBe(1);
    expect(small.find("w0", 0, 2, spanHash("w0", 0, 2))).toBeUndefined();
  });

  it("token spans are the tokens' offsets", () => {
    const spans: number[] = [];
    const n = tokenSpans(text, 0, text.length, spans);
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual(Array.from({length: n}, (_, k) => [spans[2 * k], spans[2 * k + 1]]));
  });

  // tokenSpans and tokenSpansHashed share one scan: its spans checked against the words themselves
  it.each<[string, number, number, string[]]>([
    ["Die NATO-Mitgliedschaft, Trump's Plan.", 0, 38, ["Die", "NATO-Mitgliedschaft", "Trump's", "Plan"]],
    ["Ärzte-Verbände über 3,5 Mio. Ω-Wert", 0, 35, ["Ärzte-Verbände", "über", "3", "5", "Mio", "Ω-Wert"]],
    ["ein -Strich- und Ende-", 0, 22, ["ein", "Strich", "und", "Ende"]],
    ["Bundesregierung", 3, 8, ["desre"]],
    ["- ' ’ ‐", 0, 7, []]
  ])("token spans of %j from %i to %i are the words %j", (sample, from, to, words) => {
    for (const hashed of [false, true]) {
      const spans: number[] = [];
      const n = hashed ? tokenSpansHashed(sample, from, to, spans, []) : tokenSpans(sample, from, to, spans);
      expect(Array.from({length: n}, (_, k) => sample.slice(spans[2 * k], spans[2 * k + 1]))).toEqual(words);
    }
  });

  const hashedCases: [text: string, from: number, to: number][] = [
    [text, 0, text.length],
    [text, 5, 40], // a window that cuts a word
    ["Die NATO-Mitgliedschaft, Trump's Plan – ‐ 'Zitat' Ärzte-Verbände über 3,5 Mio. Ω-Wert 😀 ok", 0, 200],
    ["", 0, 0],
    ["- ' ’ ‐", 0, 7] // joiners without words
  ];
  it.each(hashedCases)("hashed token spans of %j from %i to %i are tokenSpans' spans with spanHash's hashes", (sample, from, to) => {
    const spans: number[] = [];
    const n = tokenSpans(sample, from, to, spans);
    const hashedSpans: number[] = [];
    const hashes: number[] = [];
    expect(tokenSpansHashed(sample, from, to, hashedSpans, hashes)).toBe(n);
    expect(hashedSpans.slice(0, 2 * n)).toEqual(spans.slice(0, 2 * n));
    expect(hashes.slice(0, n)).toEqual(Array.from({length: n}, (_, k) => spanHash(sample, spans[2 * k], spans[2 * k + 1])));
  });

  it("finds a word whose text differs from a held one only in its last character", () => {
    const held = new WordTable<{word: string}>(10, 2);
    held.add({word: "Kriegs"}, spanHash("Kriegs", 0, 6));
    // same length and, forced here, the same hash: the characters decide
    expect(held.find("Krieges", 0, 6, spanHash("Kriegs", 0, 6))).toBeUndefined();
    expect(held.find("xKriegs", 1, 7, spanHash("Kriegs", 0, 6))?.word).toBe("Kriegs");
  });
});

