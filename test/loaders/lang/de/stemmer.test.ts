import {describe, expect, it} from "vitest";
import {foldDe, foldLower, stemDe} from "../../../../loaders/lang/de/stemmer.js";

describe("foldDe and foldLower", () => {
  const cases: [string, string][] = [
    ["Größe", "grosse"],
    ["ÄRGER", "arger"],
    ["Straße", "strasse"],
    ["Übergänge", "ubergange"],
    ["Krieg", "krieg"],
    ["", ""]
  ];
  for (const [word, folded] of cases) {
    it(`folds ${JSON.stringify(word)} to ${JSON.stringify(folded)}`, () => {
      expect(foldDe(word)).toBe(folded);
      expect(foldLower(word.toLowerCase())).toBe(folded);
    });
  }

  it("returns a word without umlaut or ß itself", () => {
    const lower = "waffenstillstand";
    expect(foldLower(lower)).toBe(lower);
  });
});

describe("stemDe", () => {
  const cases: [string, string][] = [
    ["krieges", "krieg"],
    ["waffenstillstände", "waffenstillstand"]
  ];
  for (const [word, stem] of cases) it(`stems ${word} to ${stem}`, () => expect(stemDe(word)).toBe(stem));
});
