import {describe, expect, test} from "vitest";
import {swissForms, withSwissSpelling} from "../../../../loaders/lang/de/spelling.js";

describe("a pattern written with ß matches Swiss spelling too (withSwissSpelling)", () => {
  test.each<[string, string, boolean]>([
    ["verließ(?:en)?", "verließen", true],
    ["verließ(?:en)?", "verliessen", true],
    ["~schließung", "schliessung", true],
    ["straße", "strasse", true],
    ["straße", "strase", false],
    ["treffen", "treffen", true],
    ["[ß]", "ß", true]
  ])("%s on %s", (pattern, word, matches) => {
    expect(new RegExp(`^(?:${withSwissSpelling(pattern).replace("~", "")})$`, "u").test(word)).toBe(matches);
  });
});

describe("swissForms", () => {
  test.each<[string, string[]]>([
    ["ließ", ["ließ", "liess"]],
    ["beschließt", ["beschließt", "beschliesst"]],
    ["sagte", ["sagte"]]
  ])("%s", (word, expected) => {
    expect(swissForms(word)).toEqual(expected);
  });
});
