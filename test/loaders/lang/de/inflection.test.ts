import {describe, expect, it} from "vitest";
import {abstractNounSuffixes, attributiveEnding, genitiveArticle, inflectedHeads, isArticle} from "../../../../loaders/lang/de/inflection.js";

describe("shared word shapes", () => {
  it.each<[string, boolean]>([["der", true], ["einem", true], ["seine", false], ["dieser", false]])("article %s → %s", (word, expected) => {
    expect(isArticle(word)).toBe(expected);
  });
  it.each<[string, boolean]>([["der", true], ["des", true], ["dem", false]])("genitive article %s → %s", (word, expected) => {
    expect(genitiveArticle.test(word)).toBe(expected);
  });
  it.each<[string, boolean]>([["neuen", true], ["erstes", true], ["neuem", true], ["neu", false], ["sagt", false]])("attributive ending %s → %s", (word, expected) => {
    expect(attributiveEnding.test(word)).toBe(expected);
  });
  const heads = inflectedHeads(["sprecher", "ministerium"]);
  it.each<[string, boolean]>([["polizeisprecherin", true], ["sprecherinnen", true], ["ministeriums", true], ["sprechers", true], ["sprachen", false]])("role head %s → %s", (word, expected) => {
    expect(heads.test(word)).toBe(expected);
  });
  it("a head pattern with its own endings", () => {
    const staff = inflectedHeads(["reporter"], ["in", "innen"]);
    expect([staff.test("reporterin"), staff.test("reporters")]).toEqual([true, false]);
  });
  it("abstract noun suffixes", () => {
    const re = new RegExp(`(?:${abstractNounSuffixes.join("|")})$`);
    expect(["regierung", "freiheit", "nation", "mission", "roth"].map((w) => re.test(w))).toEqual([true, true, true, true, false]);
  });
});
