import {describe, expect, it} from "vitest";
import {isCommonNoun, isCommonNounOrGenitive, isShortHeadCompound} from "../../../../loaders/lang/de/common-nouns.js";

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
    ["kirchhof", false],
    // nor is its genitive: "-manns" read as a head would make every family name in -mann a noun in the genitive
    ["brackmanns", false],
    // while a dictionary noun in -mann keeps its genitive
    ["kaufmanns", true]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(isCommonNoun(word)).toBe(expected);
  });
});

describe("common nouns and their genitives", () => {
  const cases: [string, boolean][] = [
    ["ministeriums", true],
    ["bundesagentur", true],
    // a noun that ends in "s" in all its forms is found as it is
    ["haus", true],
    ["prozess", true],
    ["bundesamt-kurs", true],
    ["merkels", false],
    ["roths", false]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(isCommonNounOrGenitive(word)).toBe(expected);
  });
});

describe("compounds of two nouns with a head of four letters", () => {
  const cases: [string, boolean][] = [
    ["papiermüll", true],
    ["motorteil", true],
    // with a linking element
    ["straßenlärm", true],
    ["kartoffelfeld-rand", false],
    // heads that end family names as well, short modifiers, no noun before the head
    ["rosenberg", false],
    ["blumenhaus", false],
    ["hofmann", false],
    ["hutteil", false],
    ["ostermayer", false]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(isShortHeadCompound(word)).toBe(expected);
  });
});
