import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {StemmerDe} from "@nlpjs/lang-de";
import {describe, expect, it} from "vitest";
import {snowballGerman} from "../../../../loaders/lang/de/snowball.js";

/** @nlpjs/lang-de's generated Snowball stemmer, the reference the port must agree with. */
const reference = new StemmerDe();
function nlpjsStem(word: string): string {
  reference.setCurrent(word);
  reference.innerStem();
  return reference.getCurrent();
}

describe("snowballGerman", () => {
  // one or more cases per step of the algorithm: prelude (ß, U/Y marks), regions, steps 1 to 3, postlude
  const cases: [string, string][] = [
    ["krieges", "krieg"], ["kriegs", "krieg"], ["rechts", "recht"], ["kenntnisse", "kenntnis"],
    ["waffenstillstände", "waffenstillstand"], ["häuser", "haus"], ["straße", "strass"], ["größten", "grosst"],
    ["bauen", "bau"], ["feuer", "feu"], ["bayern", "bay"], ["boyer", "boy"], ["Ulm", "ulm"],
    ["wichtigste", "wichtig"], ["erstes", "erst"], ["kleinste", "klein"], ["beste", "best"],
    ["bedeutend", "bedeut"], ["entschädigung", "entschad"], ["einigung", "einig"], ["politik", "polit"],
    ["lustig", "lustig"], ["ewig", "ewig"], ["kindisch", "kindisch"], ["lesbisch", "lesbisch"],
    ["gelegenheit", "geleg"], ["gesellschaftlich", "gesellschaft"], ["ordentlicher", "ordent"], ["eigentlichen", "eigent"],
    ["schwierigkeit", "schwierig"], ["möglichkeit", "moglich"], ["fröhlichkeit", "frohlich"], ["feindseligkeiten", "feindsel"],
    ["säuerlich", "sau"], ["aufeinanderfolgenden", "aufeinanderfolg"], ["zwanzigsten", "zwanzig"],
    ["ja", "ja"], ["zu", "zu"], ["", ""]
  ];
  for (const [word, stem] of cases) it(`stems ${JSON.stringify(word)} to ${JSON.stringify(stem)}`, () => expect(snowballGerman(word)).toBe(stem));

  it("agrees with @nlpjs/lang-de on every word of the seed articles", () => {
    const dir = join(import.meta.dirname, "..", "..", "..", "..", "seeds");
    const words = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      for (const m of readFileSync(join(dir, file), "utf8").matchAll(/[^\s.,;:!?"'()»«„“”]+/g)) words.add(m[0]).add(m[0].toLowerCase());
    }
    expect(words.size).toBeGreaterThan(1000);
    for (const word of words) expect([word, snowballGerman(word)]).toEqual([word, nlpjsStem(word)]);
  });

  it("agrees with @nlpjs/lang-de on generated strings of vowels, u/y, ß, umlauts and suffix letters", () => {
    const alphabet = "aeiouyäöüßbcdfghklmnrstUYzé-1";
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    for (let k = 0; k < 20000; k++) {
      let word = "";
      for (let i = 1 + (next() % 12); i > 0; i--) word += alphabet[next() % alphabet.length];
      expect([word, snowballGerman(word)]).toEqual([word, nlpjsStem(word)]);
    }
  });
});
