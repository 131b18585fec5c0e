import {describe, expect, it} from "vitest";
import {words} from "../../../loaders/ingest/parts.js";

describe("words", () => {
  const cases: [string, number, number][] = [
    ["Ein Satz mit sechs Wörtern hier.", 10, 6],
    ["Ein Satz mit sechs Wörtern hier.", 4, 4],
    ["eins\u00a0 zwei\tdrei", 10, 3],
    ["", 5, 1],
    [" a ", 5, 3]
  ];
  for (const [line, limit, expected] of cases) {
    it(`counts ${JSON.stringify(line)} up to ${limit} as ${expected}`, () => expect(words(line, limit)).toBe(expected));
  }

  it("is line.split(/\\s+/).length up to the limit on generated lines", () => {
    const pieces = ["a", "Wort", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", ".", "ß"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      let line = "";
      const length = Math.floor(next() * 60);
      for (let k = 0; k < length; k++) line += pieces[Math.floor(next() * pieces.length)];
      const limit = 1 + Math.floor(next() * 30);
      expect(words(line, limit), JSON.stringify(line)).toBe(Math.min(limit, line.split(/\s+/).length));
    }
  });
});
