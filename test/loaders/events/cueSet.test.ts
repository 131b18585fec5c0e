import {describe, expect, test} from "vitest";
import {requiredLiteral} from "../../../loaders/events/cueSet.js";

describe("requiredLiteral", () => {
  test.each<[string, string]>([
    ["an(?:zu)?rufen", "rufen"],
    ["~gipfel(?:treffen)?(?:s|n)?", "gipfel"],
    ["verhandlungs\\p{L}*", "verhandlungs"],
    ["halbe?s", "halb"],
    ["ab+cde", "cde"],
    ["abc+d", "abc"],
    ["[Tt]elefon", "elefon"],
    ["(?:a|b)", ""]
  ])("%s → %s", (alternative, expected) => {
    expect(requiredLiteral(alternative)).toBe(expected);
  });
});
