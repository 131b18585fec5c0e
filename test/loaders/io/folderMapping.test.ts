import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {folderMapping, isMappingRow, mappingRowReason} from "../../../loaders/io/folderMapping.js";
import {spawnAsync} from "../../helpers/spawn.js";

const root = mkdtempSync(join(tmpdir(), "pressespiegel-folder-mapping-"));
let n = 0;

/** Writes `files` (paths relative to a new folder) and returns the folder. */
function folder(files: Record<string, string>): string {
  const dir = join(root, `case${n++}`);
  mkdirSync(dir, {recursive: true});
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), {recursive: true});
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const CSV = 'Titel,Artikeltext\nZollstreit,"Die Gespräche über die Zölle gehen weiter. Die Ministerin sagte, man sei zuversichtlich."\n';
const MAPPING = "text: Artikeltext\ntitle: Titel\n";

/** [files, input paths relative to the folder, the mapping found (relative) or an error] */
describe("folderMapping: a mapping.yaml at the top of an input folder", () => {
  test.each<[string, Record<string, string>, string[], string | undefined | RegExp]>([
    ["at the top of the folder given", {"artikel/mapping.yaml": MAPPING, "artikel/a.csv": CSV}, ["artikel"], "artikel/mapping.yaml"],
    ["the .yml spelling", {"artikel/mapping.yml": MAPPING}, ["artikel"], "artikel/mapping.yml"],
    ["one of two folders has one", {"a/x.txt": "Text.", "b/mapping.yaml": MAPPING}, ["a", "b"], "b/mapping.yaml"],
    // deeper down, beside a file given, none at all: not found
    ["in a subfolder only", {"artikel/sub/mapping.yaml": MAPPING}, ["artikel"], undefined],
    ["beside a file given by itself", {"artikel/mapping.yaml": MAPPING, "artikel/a.csv": CSV}, ["artikel/a.csv"], undefined],
    ["no mapping", {"artikel/a.csv": CSV}, ["artikel"], undefined],
    ["another name", {"artikel/spalten.yaml": MAPPING}, ["artikel"], undefined],
    // two: the user must name one
    ["two folders with one each", {"a/mapping.yaml": MAPPING, "b/mapping.yaml": MAPPING}, ["a", "b"], /several mapping files .*a\/mapping\.yaml.*b\/mapping\.yaml.*--mapping FILE/]
  ])("%s", (_name, files, paths, expected) => {
    const dir = folder(files);
    const found = () => folderMapping(paths.map((p) => join(dir, p)));
    if (expected instanceof RegExp) expect(found).toThrow(expected);
    else expect(found()).toBe(expected && join(dir, expected));
  });
});

describe("isMappingRow: the mapping file's ingest row is no input's warning", () => {
  test.each<[string, {status: string; reason: string}, boolean]>([
    ["found", {status: "ok", reason: mappingRowReason("found", true)}, true],
    ["given", {status: "ok", reason: mappingRowReason("given", false)}, true],
    ["an input's warning", {status: "ok", reason: "mixed encoding"}, false],
    ["a rejected input", {status: "rejected", reason: "column mapping (x)"}, false]
  ])("%s", (_name, row, expected) => expect(isMappingRow(row)).toBe(expected));
});

const tsx = join("node_modules", ".bin", "tsx");
const run = (...args: string[]) => spawnAsync(tsx, ["loaders/io/cli.ts", "--no-parquet", "--no-cache", ...args], {...process.env, CI: "true"});

/** [files, extra arguments (paths relative to the folder), the input folder, ingest rows as [file relative, status, reason start]] */
describe("extract CLI: a mapping.yaml in the input folder applies without --mapping, and ingest.csv says which was used", () => {
  test.each<[string, Record<string, string>, string[], [string, string, string][]]>([
    ["found at the top", {"artikel/mapping.yaml": MAPPING, "artikel/export.csv": CSV}, [], [
      ["artikel/mapping.yaml", "ok", "column mapping (found in the input folder) for the CSV, TSV, JSONL and JSON inputs in its folder and below"],
      ["artikel/export.csv#1", "ok", ""]
    ]],
    ["--mapping wins; the folder's own is not read: a warning row, no rejection", {"artikel/mapping.yaml": "text: nichts\n", "artikel/export.csv": CSV, "m.yaml": MAPPING}, ["--mapping", "m.yaml"], [
      ["artikel/mapping.yaml", "ok", "a mapping file that is not read"],
      ["m.yaml", "ok", "column mapping (--mapping) for every CSV, TSV, JSONL and JSON input"],
      ["artikel/export.csv#1", "ok", ""]
    ]],
    ["in a subfolder: not read (a warning row), and the export is rejected naming its columns", {"artikel/sub/mapping.yaml": MAPPING, "artikel/sub/export.csv": CSV}, [], [
      ["artikel/sub/mapping.yaml", "ok", "a mapping file that is not read"],
      ["artikel/sub/export.csv", "rejected", "no text column"]
    ]]
  ])("%s", async (_name, files, extra, expected) => {
    const dir = folder(files);
    const out = join(dir, "out");
    const {status} = await run("--out", out, ...extra.map((a) => (a.endsWith(".yaml") ? join(dir, a) : a)), join(dir, "artikel"));
    // a mapping file that is not read is a warning, not a rejected input: the run fails only for a rejected input
    expect(status).toBe(expected.some((e) => e[1] === "rejected") ? 1 : 0);
    const rows = csvParse(readFileSync(join(out, "ingest.csv"), "utf8"));
    expect(rows.map((r) => [r.file!.slice(dir.length + 1), r.status, r.reason!.slice(0, expected.find((e) => e[0] === r.file!.slice(dir.length + 1))?.[2].length ?? 0)])).toEqual(expected);
  }, 120_000);
});
