import {dirname, join} from "node:path";
import {describe, expect, test} from "vitest";
import {projectPath, userPath} from "../../../loaders/io/userPath.js";

const here = process.cwd();
const outside = join(dirname(dirname(here)), "anna", "artikel");

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
    ["/tmp/articles", join(here, "docs"), "/tmp/articles"],
    // outside the project: absolute, not "../../anna/artikel/a.txt"
    ["a.txt", outside, join(outside, "a.txt")],
    ["../artikel/a.txt", outside, join(outside, "a.txt")],
    ["..", here, dirname(here)]
  ])("%s typed in %s → %s", (path, from, expected) => {
    expect(userPath(path, from)).toBe(expected);
  });
});

describe("projectPath: how the tables and messages name a file", () => {
  test.each<[string, string]>([
    ["seeds/a.txt", "seeds/a.txt"],
    [join(here, "seeds", "a.txt"), "seeds/a.txt"],
    ["./seeds/../seeds/a.txt", "seeds/a.txt"],
    [here, "."],
    ["../x/y.txt", join(dirname(here), "x", "y.txt")],
    [join("..", "..", "x", "y.txt"), join(dirname(dirname(here)), "x", "y.txt")],
    [join(outside, "a.txt"), join(outside, "a.txt")],
    // a name that only starts with two dots is inside
    ["..seeds/a.txt", "..seeds/a.txt"]
  ])("%s → %s", (path, expected) => {
    expect(projectPath(path)).toBe(expected);
  });
});

describe("reportInputs: the report's input folders, named as the tables name files", () => {
  test.each<[string | undefined, string[]]>([
    [undefined, ["seeds"]],
    ["seeds", ["seeds"]],
    [`../korpus ${join(here, "seeds")}  ${join(outside, "b")}`, [join(dirname(here), "korpus"), "seeds", join(outside, "b")]]
  ])("PRESSESPIEGEL_INPUT=%s → %j", async (value, expected) => {
    const {reportInputs} = await import("../../../loaders/io/report.js");
    const before = process.env.PRESSESPIEGEL_INPUT;
    if (value === undefined) delete process.env.PRESSESPIEGEL_INPUT;
    else process.env.PRESSESPIEGEL_INPUT = value;
    try {
      expect(reportInputs()).toEqual(expected);
    } finally {
      if (before === undefined) delete process.env.PRESSESPIEGEL_INPUT;
      else process.env.PRESSESPIEGEL_INPUT = before;
    }
  });
});

describe("the report's mapping file and data folder are named as the tables name files", () => {
  const withEnv = async (name: string, value: string, check: () => void | Promise<void>) => {
    const before = process.env[name];
    process.env[name] = value;
    try {
      await check();
    } finally {
      if (before === undefined) delete process.env[name];
      else process.env[name] = before;
    }
  };

  test.each<[string, string]>([
    ["../nirgends.yaml", join(dirname(here), "nirgends.yaml")],
    [join(here, "fehlt.yaml"), "fehlt.yaml"]
  ])("PRESSESPIEGEL_MAPPING=%s: an error names %s", async (value, named) => {
    const {reportAdapters} = await import("../../../loaders/io/report.js");
    await withEnv("PRESSESPIEGEL_MAPPING", value, () => expect(() => reportAdapters()).toThrow(`mapping file ${named}:`));
  });

  test.each<[string, string]>([
    ["../daten", join(dirname(here), "daten")],
    [join(here, "data"), "data"]
  ])("PRESSESPIEGEL_DATA=%s → %s", async (value, named) => {
    const {reportData} = await import("../../../loaders/io/report.js");
    await withEnv("PRESSESPIEGEL_DATA", value, () => expect(reportData()).toBe(named));
  });
});
