import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {userPath} from "../../../loaders/io/userPath.js";

const here = process.cwd();

describe("paths typed by the user (npm runs scripts in the package root)", () => {
  test.each<[string, string | undefined, string]>([
    // from a sub-folder: "../seeds" is the package's seeds folder
    ["../seeds", join(here, "docs"), "seeds"],
    ["out", join(here, "docs"), join("docs", "out")],
    // from the package root, or without npm: unchanged
    ["seeds", here, "seeds"],
    ["seeds", undefined, "seeds"],
    [".", here, "."],
    // absolute paths are kept
    ["/tmp/articles", join(here, "docs"), "/tmp/articles"]
  ])("%s typed in %s → %s", (path, from, expected) => {
    expect(userPath(path, from)).toBe(expected);
  });
});
