import {describe, expect, it} from "vitest";
import {isCommonNoun} from "../../../../loaders/lang/de/common-nouns.js";

describe("German common nouns from the noun dictionary", () => {
  const cases: [string, boolean][] = [
    // dictionary forms: lemma and inflected forms
    ["händler", true],
    ["wasser", true],
    ["fahrt", true],
    ["apothekern", true],
    // compounds judged by a head of five letters or more
    ["schulbeginn", true],
    ["insolvenzantrag", true],
    ["autohersteller", true],
    ["ausstellungs-designer", true],
    // names and places are not in it
    ["merkel", false],
    ["hauser", false],
    ["brannigan", false],
    ["kambodscha", false],
    // a short last part is no head: "neu|mann", "kirch|hof"
    ["neumann", false],
    ["kirchhof", false]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(isCommonNoun(word)).toBe(expected);
  });
});
