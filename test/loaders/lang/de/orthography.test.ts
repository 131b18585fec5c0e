import {describe, expect, test} from "vitest";
import {withSwissSpelling} from "../../../../loaders/lang/de/orthography.js";

describe("withSwissSpelling", () => {
  test.each<[string, string[]]>([
    ["ließ", ["ließ", "liess"]],
    ["beschließt", ["beschließt", "beschliesst"]],
    ["sagte", ["sagte"]]
  ])("%s", (word, expected) => {
    expect(withSwissSpelling(word)).toEqual(expected);
  });
});
