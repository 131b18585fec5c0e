import {existsSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cachedGivenNames, givenNameCachePath, givenNamesFromPackage} from "../../../loaders/io/given-name-cache.js";

describe("package given-name cache file", () => {
  it("is named after the package's version and the languages read", () => {
    expect(givenNameCachePath()).toMatch(/node_modules[\\/]\.cache[\\/]pressespiegel[\\/]gender-detection-from-name-\d+\.\d+\.\d+-\d+-f\d+\.defresit\.names$/u);
  });

  it("holds the German, French, Spanish and Italian names, lower-cased and sorted, wide ones apart", () => {
    const {narrow, wide} = givenNamesFromPackage();
    const names = narrow.split("\n");
    expect(names).toEqual([...names].sort());
    const cases: [string, boolean][] = [["caspar", true], ["joana", true], ["marko", true], ["nadeem", true], ["Caspar", false], ["pressespiegel", false]];
    for (const [name, listed] of cases) expect(names.includes(name)).toBe(listed);
    expect(wide.every((name) => /[^\u0000-\u00ff]/u.test(name))).toBe(true);
  });

  it("writes the names on first use and reads them back", () => {
    const path = join(mkdtempSync(join(tmpdir(), "given-")), "sub", "names");
    const built = cachedGivenNames(path);
    expect(existsSync(path)).toBe(true);
    expect(cachedGivenNames(path)).toEqual(built);
  });
});
