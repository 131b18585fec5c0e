import {StemmerDe} from "@nlpjs/lang-de";
import {describe, expect, it} from "vitest";
import {snowballDe} from "../../../../loaders/lang/de/snowballDe.js";

/** The stem @nlpjs/lang-de's generated stemmer gives (the reference the port must match). */
const reference = new StemmerDe();
function nlpjs(word: string): string {
  reference.setCurrent(word);
  reference.innerStem();
  return reference.getCurrent();
}

describe("snowballDe", () => {
  // one case per branch of the algorithm
  const cases: [string, string][] = [
    ["krieges", "krieg"], // step 1: -es
    ["waffenstillstände", "waffenstillstand"], // step 1: -e, umlaut folded
    ["kindern", "kind"], // step 1: -ern
    ["großem", "gross"], // ß → ss, then -em
    ["meinem", "mein"], // -em
    ["odem", "odem"], // -em outside R1 (R1 starts at the third letter at the earliest)
    ["ergebnisse", "ergebnis"], // -e, then "niss" → "nis"
    ["monats", "monat"], // -s after an s-ending
    ["hauses", "haus"], // -es
    ["bauern", "bau"], // u between vowels kept as a consonant, then -ern
    ["bayern", "bay"], // y between vowels
    ["schnellsten", "schnell"], // -en, then -st after an st-ending
    ["erst", "erst"], // -st with too few letters before it
    ["lautest", "laut"], // -est
    ["bedeutung", "bedeut"], // -ung in R2
    ["beleidigend", "beleid"], // -end, then -ig
    ["heilig", "heilig"], // -ig outside R2
    ["politisch", "polit"], // -isch
    ["freundlich", "freundlich"], // -lich outside R2
    ["menschlich", "menschlich"],
    ["ehrlichkeit", "ehrlich"], // -keit, -lich outside R2
    ["möglichkeiten", "moglich"], // -en, -keit
    ["gerechtigkeit", "gerecht"], // -keit, then -ig
    ["sicherheit", "sich"], // -heit, then -er in R1
    ["öl", "ol"], // short word: only the umlaut
    ["", ""]
  ];
  for (const [word, stem] of cases) {
    it(`stems ${JSON.stringify(word)} to ${JSON.stringify(stem)} as @nlpjs/lang-de does`, () => {
      expect(snowballDe(word)).toBe(stem);
      expect(nlpjs(word)).toBe(stem);
    });
  }

  it("agrees with @nlpjs/lang-de on 100,000 generated words", () => {
    // a fixed pseudo-random sequence over letters that steer the algorithm (vowels, u/y, ß, s- and st-endings, suffix letters)
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const letters = "aeiouyäöüßsnrtigkehlcdbm-1";
    const suffixes = ["", "e", "en", "em", "ern", "er", "es", "s", "est", "st", "end", "ung", "ig", "ik", "isch", "lich", "heit", "keit", "igkeit", "lichkeit", "erlich", "nisse"];
    const differing: string[] = [];
    for (let k = 0; k < 100_000; k++) {
      let word = "";
      const length = Math.floor(next() * 10);
      for (let i = 0; i < length; i++) word += letters[Math.floor(next() * letters.length)];
      word += suffixes[Math.floor(next() * suffixes.length)];
      if (snowballDe(word) !== nlpjs(word)) differing.push(word);
    }
    expect(differing.slice(0, 10)).toEqual([]);
  });
});
