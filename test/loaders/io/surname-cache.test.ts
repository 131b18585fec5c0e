import {describe, expect, it} from "vitest";
import {cachedSurnames, surnameCachePath, surnamesFromPackage} from "../../../loaders/io/surname-cache.js";
import {derivedCacheCases} from "../../helpers/derivedCache.js";

describe("package surname cache file", () => {
  derivedCacheCases({
    path: surnameCachePath(),
    name: /node_modules[\\/]\.cache[\\/]pressespiegel[\\/]@faker-js[\\/]faker-\d+\.\d+\.\d+-\d+-f\d+\.de\.surnames$/u,
    read: (path) => cachedSurnames(path),
    holds: (built) => built.narrow.split("\n").includes("fischer"),
    stale: ""
  });

  it("holds the German last names, lower-cased and sorted, wide ones apart", () => {
    const {narrow, wide} = surnamesFromPackage();
    const names = narrow.split("\n");
    expect(names).toEqual([...names].sort());
    const cases: [string, boolean][] = [["fischer", true], ["koch", true], ["schuster", true], ["Fischer", false], ["pressespiegel", false]];
    for (const [name, listed] of cases) expect(names.includes(name)).toBe(listed);
    expect(wide.every((name) => /[^\u0000-\u00ff]/u.test(name))).toBe(true);
  });
});
