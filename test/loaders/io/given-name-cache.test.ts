import {describe, expect, it} from "vitest";
import {cachedGivenNames, givenNameCachePath, givenNamesFromPackage} from "../../../loaders/io/given-name-cache.js";
import {derivedCacheCases} from "../../helpers/derivedCache.js";

describe("package given-name cache file", () => {
  derivedCacheCases({
    // the languages read are part of the name
    path: givenNameCachePath(),
    name: /node_modules[\\/]\.cache[\\/]pressespiegel[\\/]gender-detection-from-name-\d+\.\d+\.\d+-\d+-f\d+\.defresit\.names$/u,
    read: (path) => cachedGivenNames(path),
    holds: (built) => built.narrow.split("\n").includes("caspar"),
    stale: ""
  });

  it("holds the German, French, Spanish and Italian names, lower-cased and sorted, wide ones apart", () => {
    const {narrow, wide} = givenNamesFromPackage();
    const names = narrow.split("\n");
    expect(names).toEqual([...names].sort());
    const cases: [string, boolean][] = [["caspar", true], ["joana", true], ["marko", true], ["nadeem", true], ["Caspar", false], ["pressespiegel", false]];
    for (const [name, listed] of cases) expect(names.includes(name)).toBe(listed);
    expect(wide.every((name) => /[^\u0000-\u00ff]/u.test(name))).toBe(true);
  });
});
