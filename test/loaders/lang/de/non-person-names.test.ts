import {describe, expect, it} from "vitest";
import {
  conjunctionGivenNames, dottedFirmTails, firmNameTails, sentenceInitialAdjectives, teamNicknames
} from "../../../../loaders/lang/de/non-person-names.js";
import {famousSurnames} from "../../../../loaders/lang/de/famous-surnames.js";
import {knownSurnames} from "../../../../loaders/lang/de/known-surnames.js";
import {packageSurnames} from "../../../../loaders/lang/de/package-surnames.js";
import {givenNames, packageGivenNames} from "../../../../loaders/lang/de/given-names.js";
import {tokenize} from "../../../../loaders/people/tokens.js";

/** The entries of a list that occur more than once. */
const repeated = (list: readonly string[]) => list.filter((w, k) => list.indexOf(w) !== k);

describe("non-person-names lexicons", () => {
  it("no sentence-initial adjective is a known, famous or package family name", () => {
    const famous = new Set(famousSurnames);
    const known = new Set(knownSurnames);
    const pkg = packageSurnames();
    expect(sentenceInitialAdjectives.filter((w) => famous.has(w) || known.has(w) || pkg.has(w))).toEqual([]);
  });
  it("lists hold no entry twice", () => {
    expect(repeated([...firmNameTails, ...teamNicknames])).toEqual([]);
    expect(repeated(sentenceInitialAdjectives)).toEqual([]);
  });
  it("one-token firm tails carry no dot (a token's lower form has none); dotted forms split into tokens as the tokenizer reads them", () => {
    expect(firmNameTails.filter((w) => w.includes("."))).toEqual([]);
    for (const form of dottedFirmTails) {
      const text = `Lindor ${form.toUpperCase()} fiel`;
      const words = tokenize(text, 0, text.length).slice(1, -1).map((t) => t.lower).join("");
      expect(words).toBe(form);
    }
  });
  it("conjunctions that are no given name of any list are not called given names", () => {
    // the list's only given name is "solange"; "wie" is none
    expect(conjunctionGivenNames).not.toContain("wie");
    expect(conjunctionGivenNames.filter((w) => givenNames.has(w) || packageGivenNames().has(w))).toEqual(["solange"]);
  });
});
