import {describe, expect, test} from "vitest";
import {splitAffiliation} from "../../src/components/affiliation.js";

describe("splitAffiliation", () => {
  test.each([
    // [people.csv affiliation cell, affiliation, words it was read from]
    ["USA (from “US-”)", "USA", "US-"],
    ["Grüne (from “(Grüne)”)", "Grüne", "(Grüne)"],
    ["Russland (from “russische”)", "Russland", "russische"],
    ["Linke (from \"(Linke)\")", "Linke", "(Linke)"],
    ["Vereinigte Staaten (from “US-amerikanische”)", "Vereinigte Staaten", "US-amerikanische"],
    ["Ukraine", "Ukraine", ""],
    ["", "", ""],
    [null, "", ""]
  ])("%j is %j read from %j", (cell, name, cue) => {
    expect(splitAffiliation(cell)).toEqual({name, cue});
  });
});
