import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {listInputs} from "../../../loaders/io/inputs.js";
import {sourcesFor, sourcesReports, sourcesStamp} from "../../../loaders/io/sources.js";
import {runExtract} from "../../../loaders/io/runSync.js";

const dir = mkdtempSync(join(tmpdir(), "pressespiegel-sources-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const article = (n: number) => `Meldung ${n}\n\nBerlin – Am ${n}. März sprach die Ministerin Jana Roth mit Vertretern der Stadt. Das Treffen dauerte ${n} Stunden.`;

/** A folder of files (name → content) under a fresh name; returns its path. */
function folder(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), {recursive: true});
    writeFileSync(join(root, file), content);
  }
  return root;
}

describe("sourcesFor: which sources.yaml entries give a file its metadata", () => {
  const root = folder("lookup", {
    "sources.yaml": "blatt/a.txt:\n  outlet: Abendblatt\n  published: 2026-03-20\n./b.txt:\n  outlet: Morgenpost\n",
    "b.txt": article(1),
    "blatt/a.txt": article(2),
    "blatt/sources.yaml": "a.txt:\n  published: 18.3.26\n  language: de\n",
    "blatt/c.txt": article(3)
  });
  test.each<[string, string, string | undefined, object]>([
    // a key relative to the sources.yaml's folder reaches into a subfolder; the nearer sources.yaml wins key by key
    ["a relative path and a nearer sources.yaml", "blatt/a.txt", root, {outlet: "Abendblatt", published: "2026-03-18", language: "de"}],
    ["a plain name in the same folder ('./' dropped)", "b.txt", root, {outlet: "Morgenpost"}],
    ["no entry", "blatt/c.txt", root, {}],
    // a file given by itself: only the sources.yaml of its own folder
    ["a file given by itself", "blatt/a.txt", undefined, {published: "2026-03-18", language: "de"}]
  ])("%s", (_, file, from, given) => {
    expect(sourcesFor(join(root, file), from)).toEqual({given, warnings: []});
  });

  test("the stamp covers every sources.yaml from the root down", () => {
    expect(sourcesStamp(join(root, "blatt/a.txt"), root).split(",")).toHaveLength(2);
    expect(sourcesStamp(join(root, "blatt/a.txt"))).not.toContain("-");
  });
});

describe("a sources.yaml above the folder given applies when that folder has none and it names files there", () => {
  const root = folder("above", {
    "sources.yaml": "story/a.txt:\n  outlet: Abendblatt\n  publishd: 2026-03-12\nstory/sub/b.txt:\n  outlet: Morgenpost\nandere/c.txt:\n  outlet: Y\n  autor: Z\n",
    "story/a.txt": article(5),
    "story/sub/b.txt": article(6),
    "own/sources.yaml": "a.txt:\n  outlet: Eigenes Blatt\n",
    "own/a.txt": article(7),
    "unnamed/x.txt": article(8),
    "nested/sources.yaml": "kaputt: [\n",
    "nested/deep/a.txt": article(9)
  });
  test.each<[string, string, string, object]>([
    ["a file of the folder given", "story", "story/a.txt", {outlet: "Abendblatt"}],
    ["a file in a subfolder of the folder given", "story", "story/sub/b.txt", {outlet: "Morgenpost"}],
    ["the folder given has its own sources.yaml: only that one", "own", "own/a.txt", {outlet: "Eigenes Blatt"}],
    ["the sources.yaml above names no file of the folder given: not used", "unnamed", "unnamed/x.txt", {}],
    ["the nearest sources.yaml above is broken: not used, nothing further up either", "nested/deep", "nested/deep/a.txt", {}]
  ])("%s", (_, given, file, meta) => {
    expect(sourcesFor(join(root, file), join(root, given))).toEqual({given: meta, warnings: []});
  });

  test("its row says which file was used for which folder, and reports only its entries for that folder", () => {
    expect(sourcesReports(listInputs([join(root, "story")]))).toEqual([
      {
        path: join(root, "sources.yaml"),
        warnings: [
          `found above the folder read (${join(root, "story")}), which has no sources.yaml: its entries for files in that folder are used`,
          'entry "story/a.txt": unknown key "publishd" (known: outlet, title, published, url, language); ignored'
        ]
      }
    ]);
    expect(sourcesReports(listInputs([join(root, "nested/deep"), join(root, "unnamed")]))).toEqual([]);
  });
});

describe("sourcesReports and the ingest rows: what a sources.yaml holds that is not used", () => {
  test("entries that match no file, unknown keys and bad dates are warnings on the sources.yaml's own row", () => {
    const root = folder("warnings", {
      "sources.yaml": "blatt/a.txt:\n  outlet: Abendblatt\n  publishd: 2026-03-12\nweg.txt:\n  outlet: X\n../draussen.txt:\n  outlet: Y\n",
      "blatt/a.txt": article(4)
    });
    expect(sourcesReports(listInputs([root]))).toEqual([
      {
        path: join(root, "sources.yaml"),
        warnings: [
          'entry "blatt/a.txt": unknown key "publishd" (known: outlet, title, published, url, language); ignored',
          `entry "weg.txt" matches no file (looked for ${join(root, "weg.txt")})`,
          `entry "../draussen.txt" names a file outside ${root}; ignored`
        ]
      }
    ]);
    const result = runExtract({paths: [root], data: "data"});
    expect(result.tables.ingest.map((r) => [r.file.replace(`${root}/`, ""), r.status])).toEqual([["sources.yaml", "ok"], ["blatt/a.txt", "ok"]]);
    expect(result.tables.ingest[0].reason).toMatch(/^entry "blatt\/a.txt": unknown key "publishd".*; entry "weg.txt" matches no file/);
    expect(result.tables.articles[0].outlet).toBe("Abendblatt");
    expect([result.inputs, result.rejected, result.warnedSources]).toEqual([1, 0, 1]);
  });

  test("a broken sources.yaml is its own rejected row; the other files are still read, with a warning, and keep their own reasons", () => {
    const root = folder("broken", {
      "sources.yaml": "a.txt:\n  outlet: Abendblatt\n published: 2026-03-12\n",
      "a.txt": article(5),
      "leer.txt": " \n",
      "binaer.txt": "ab\u0000\u0001cd"
    });
    const result = runExtract({paths: [root], data: "data"});
    const rows = result.tables.ingest.map((r) => [r.file.replace(`${root}/`, ""), r.status, r.reason.replaceAll(root, "ROOT")]);
    expect(rows).toEqual([
      ["sources.yaml", "rejected", 'not valid YAML (line 3, column 1, at " published: 2026-03-12"): All mapping items must start at the same column'],
      ["a.txt", "ok", "metadata from ROOT/sources.yaml not used: it is broken (see its own row)"],
      ["binaer.txt", "rejected", "binary data, not text (contains NUL or control bytes)"],
      ["leer.txt", "rejected", "empty file (only whitespace)"]
    ]);
    expect(result.tables.articles[0].outlet_source).toBe("unknown");
    expect([result.inputs, result.rejected, result.brokenSources, result.warnedSources]).toEqual([3, 2, 1, 0]);
  });

  test("each run reads sources.yaml again: an edit between two runs of one process is seen by the second", () => {
    const root = folder("edited", {"sources.yaml": "a.txt:\n  outlet: Abendblatt\n", "a.txt": article(7)});
    expect(runExtract({paths: [root], data: "data"}).tables.articles[0].outlet).toBe("Abendblatt");
    writeFileSync(join(root, "sources.yaml"), "a.txt:\n  outlet: Die Morgenpost\n");
    expect(runExtract({paths: [root], data: "data"}).tables.articles[0].outlet).toBe("Die Morgenpost");
  });

  test("a folder without sources.yaml reports nothing", () => {
    const root = folder("none", {"a.txt": article(6)});
    expect(sourcesReports(listInputs([root]))).toEqual([]);
  });
});
