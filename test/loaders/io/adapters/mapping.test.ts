import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {describe, expect, test} from "vitest";
import {type ColumnMapping, resolveMapping} from "../../../../loaders/io/adapters/mapping.js";
import {adapterOptions} from "../../../../loaders/io/adapters/options.js";
import {optionsFor, unusedEntries} from "../../../../loaders/io/adapters/perFile.js";
import {listInputs} from "../../../../loaders/io/inputs.js";
import {runExtract} from "../../../../loaders/io/runSync.js";
import {readUnits} from "../../../../loaders/io/units.js";

const root = mkdtempSync(join(tmpdir(), "pressespiegel-mapping-"));
let n = 0;

/** Writes `files` (paths relative to a new folder) and returns the folder. */
function folder(files: Record<string, string>): string {
  const dir = join(root, `case${n++}`);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), {recursive: true});
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe("resolveMapping: only the text column is required", () => {
  const cases: [string, string[], ColumnMapping, Record<string, number> | RegExp, RegExp?][] = [
    ["default names", ["Titel", "text", "date"], {}, {text: 1, published: 2}],
    ["mapped names, case-insensitive", ["Medium", "Datum", "Artikeltext"], {text: "artikeltext", outlet: "Medium", published: "datum"}, {text: 2, outlet: 0, published: 1}],
    ["a missing mapped url is a warning, the field left empty", ["volltext", "quelle"], {text: "volltext", outlet: "quelle", url: "link"}, {text: 0, outlet: 1}, /no column "link" for url: left empty.*columns: volltext, quelle/],
    ["two missing mapped columns in one warning", ["body"], {text: "body", id: "nr", title: "kopf"}, {text: 0}, /no column "kopf" for title, "nr" for id/],
    ["a field not mapped still finds its default name", ["inhalt", "title"], {text: "inhalt"}, {text: 0, title: 1}],
    ["a missing mapped text column rejects the file", ["text", "title"], {text: "volltext"}, /no column "volltext" for text \(columns: text, title\)/],
    ["no text column at all", ["kopf", "datum"], {}, /no text column.*columns: kopf, datum/]
  ];
  test.each(cases)("%s", (_name, header, mapping, expected, warning) => {
    const warnings: string[] = [];
    if (expected instanceof RegExp) return void expect(() => resolveMapping(header, mapping, warnings)).toThrow(expected);
    expect(resolveMapping(header, mapping, warnings)).toEqual(expected);
    expect(warnings).toEqual(warning ? [expect.stringMatching(warning)] : []);
  });
});

// two exports of one story with their own column names, and a CSV with the default names
const JSONL = `${JSON.stringify({blatt: "Hafenbote", tag: "2031-04-02", kopf: "Fähre fällt aus", inhalt: "Die Fähre nach Süderoog fällt am Montag aus."})}\n`;
const TSV = "Zeitung\tErschienen\tArtikel\nInselkurier\t03.04.2031\tDer Fährbetrieb ruht bis Mittwoch.\n";
const PLAIN = "title,text\nDeich,Der Deich hält.\n";
const JSONL_MAP = "{text: inhalt, outlet: blatt, published: tag, title: kopf}";
const TSV_MAP = "{text: Artikel, outlet: Zeitung, published: Erschienen}";

/** What readUnits makes of each input: `ok: outlet` or the problem, and the warnings. */
function outcomes(dir: string, mappingFile: string, inputs = [join(dir, "in")]): Record<string, string> {
  const options = adapterOptions({mapping: mappingFile}, inputs);
  const out: Record<string, string> = {};
  for (const unit of readUnits(listInputs(inputs, undefined, [mappingFile]), options)) {
    const name = unit.file.slice(dir.length + 1);
    const warnings = unit.warnings?.length ? ` (${unit.warnings.join("; ")})` : "";
    out[name] = "problem" in unit ? `rejected: ${unit.problem}` : "raw" in unit ? `ok: ${unit.raw.given.outlet ?? "-"}${warnings}` : `ok${warnings}`;
  }
  return out;
}

describe("a mapping file maps per file, per folder or for every file", () => {
  const cases: [string, Record<string, string>, string, Record<string, string | RegExp>][] = [
    ["entries per file: two exports with their own column names, the default names elsewhere",
      {"in/a.jsonl": JSONL, "in/b.tsv": TSV, "in/c.csv": PLAIN, "mapping.yaml": `a.jsonl: ${JSONL_MAP}\nb.tsv: ${TSV_MAP}\n`}, "mapping.yaml",
      {"in/a.jsonl#1": "ok: Hafenbote", "in/b.tsv#1": "ok: Inselkurier", "in/c.csv#1": "ok: -"}],
    ["a glob and a path relative to the mapping's folder",
      {"in/x/a.jsonl": JSONL, "in/y/b.tsv": TSV, "mapping.yaml": `"in/x/*.jsonl": ${JSONL_MAP}\n"**/*.tsv": ${TSV_MAP}\n`}, "mapping.yaml",
      {"in/x/a.jsonl#1": "ok: Hafenbote", "in/y/b.tsv#1": "ok: Inselkurier"}],
    ["the first entry naming a file wins",
      {"in/b.tsv": TSV, "mapping.yaml": `b.tsv: ${TSV_MAP}\n"*.tsv": {text: nichtda}\n`}, "mapping.yaml",
      {"in/b.tsv#1": "ok: Inselkurier"}],
    ["the flat form maps every tabular file (a file with other names is rejected, naming the column)",
      {"in/a.jsonl": JSONL, "in/b.tsv": TSV, "mapping.yaml": "text: inhalt\noutlet: blatt\n"}, "mapping.yaml",
      {"in/a.jsonl#1": "ok: Hafenbote", "in/b.tsv": /rejected: mapping file \S*mapping\.yaml: no column "inhalt" for text/}],
    ["top-level settings apply to the files no entry names; an entry is its file's whole mapping",
      {"in/a.jsonl": JSONL, "in/b.tsv": TSV, "mapping.yaml": `text: inhalt\noutlet: blatt\nb.tsv: ${TSV_MAP}\n`}, "mapping.yaml",
      {"in/a.jsonl#1": "ok: Hafenbote", "in/b.tsv#1": "ok: Inselkurier"}],
    ["a mapping lying in an input folder maps that folder only; files elsewhere keep the default names",
      {"in/export/a.jsonl": JSONL, "in/export/mapping.yaml": "text: inhalt\noutlet: blatt\n", "in/c.csv": PLAIN}, "in/export/mapping.yaml",
      {"in/c.csv#1": "ok: -", "in/export/a.jsonl#1": "ok: Hafenbote"}],
    ["a mapped column missing from the file: a warning on its first row, the rows are read",
      {"in/b.tsv": `${TSV}Inselkurier\t04.04.2031\tDie Fähre fährt wieder.\n`, "mapping.yaml": "b.tsv: {text: Artikel, outlet: Zeitung, url: Adresse, id: Nummer}\n"}, "mapping.yaml",
      {"in/b.tsv#1": /^ok: Inselkurier \(no column "Adresse" for url, "Nummer" for id: left empty in every row with these columns/, "in/b.tsv#2": "ok: Inselkurier"}],
    ["a JSONL row without the mapped title: a warning on that row",
      {"in/a.jsonl": `${JSONL}${JSON.stringify({inhalt: "Der Hafen ist gesperrt.", blatt: "Hafenbote"})}\n`, "mapping.yaml": `a.jsonl: ${JSONL_MAP}\n`}, "mapping.yaml",
      {"in/a.jsonl#1": "ok: Hafenbote", "in/a.jsonl#2": /^ok: Hafenbote \(no column "kopf" for title, "tag" for published/}],
    ["a rejected first row does not lose the missing column's warning: it goes on the first row read",
      {"in/b.tsv": "Zeitung\tErschienen\tArtikel\nzu\tviele\tFelder\thier\nInselkurier\t04.04.2031\tDie Fähre fährt wieder.\n", "mapping.yaml": "b.tsv: {text: Artikel, outlet: Zeitung, url: Adresse}\n"}, "mapping.yaml",
      {"in/b.tsv#1": /^rejected: line 2 has 4 fields/, "in/b.tsv#2": /^ok: Inselkurier \(no column "Adresse" for url/}],
    ["a text column an entry names that a JSONL file lacks: the rejection names the mapping file and the entry",
      {"in/a.jsonl": `${JSON.stringify({body2: "Der Hafen ist gesperrt.", tag: "2031-04-02"})}\n`, "mapping.yaml": `"*.jsonl": {text: body}\n`}, "mapping.yaml",
      {"in/a.jsonl#1": /^rejected: line 1: mapping file \S*mapping\.yaml: "\*\.jsonl": no column "body" for text \(columns: body2, tag\)/}],
    ["an entry without a text column for a file whose text column has another name: rejected, naming the columns",
      {"in/b.tsv": TSV, "mapping.yaml": "b.tsv: {outlet: Zeitung}\n"}, "mapping.yaml",
      {"in/b.tsv": /rejected: mapping file \S*mapping\.yaml: "b\.tsv": no text column.*columns: Zeitung, Erschienen, Artikel/}]
  ];
  test.each(cases)("%s", (_name, files, mapping, expected) => {
    const dir = folder(files);
    const got = outcomes(dir, join(dir, mapping));
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    for (const [file, want] of Object.entries(expected)) {
      if (want instanceof RegExp) expect(got[file]).toMatch(want);
      else expect(got[file]).toBe(want);
    }
  });

  test("flags win over an entry; optionsFor picks each file's options; an entry naming no input is found", () => {
    const dir = folder({"in/b.tsv": TSV, "mapping.yaml": `b.tsv: ${TSV_MAP}\ntippfehler.tsv: {text: Artikel}\n`});
    const options = adapterOptions({mapping: join(dir, "mapping.yaml"), "title-column": "Kopfzeile"}, [join(dir, "in")]);
    expect(optionsFor(options, join(dir, "in/b.tsv")).mapping).toEqual({text: "Artikel", outlet: "Zeitung", published: "Erschienen", title: "Kopfzeile"});
    expect(optionsFor(options, join(dir, "in/andere.csv"))).toEqual({mapping: {title: "Kopfzeile"}, source: `mapping file ${join(dir, "mapping.yaml")}`});
    expect(unusedEntries(options, [join(dir, "in/b.tsv")])).toEqual(["tippfehler.tsv"]);
  });
});

describe("a broken mapping file fails with the file and the key named", () => {
  const cases: [string, string, RegExp][] = [
    ["an unknown setting", "texte: body\n", /mapping file .*mapping\.yaml: unknown key "texte"/],
    ["a file entry that is one value", "export.csv: volltext\n", /mapping file .*: "export\.csv": expected the file's settings/],
    ["a file entry that is a list", "export.csv: [text, title]\n", /"export\.csv": expected the file's settings/],
    ["an unknown key in a file entry", "export.csv: {txt: volltext}\n", /mapping file .*: "export\.csv": unknown key "txt"/],
    ["an entry leaving the mapping's folder", "../export.csv: {text: volltext}\n", /"\.\.\/export\.csv": an entry names files in the mapping's folder or below/],
    ["a two-character delimiter in an entry", "export.csv: {text: a, delimiter: ';;'}\n", /"export\.csv": "delimiter" must be one character/],
    ["an empty column name", "export.csv: {text: ''}\n", /"export\.csv": "text" names no column/],
    ["a setting with a nested value", "text: {name: volltext}\n", /mapping file .*: "text" must be one value/],
    ["not YAML", "text: [volltext\n", /mapping file .*mapping\.yaml: /]
  ];
  test.each(cases)("%s", (_name, yaml, message) => {
    const dir = folder({"mapping.yaml": yaml});
    expect(() => adapterOptions({mapping: join(dir, "mapping.yaml")})).toThrow(message);
  });
});

describe("the cache covers each file's mapping", () => {
  test("a changed entry reads its file again, an unchanged file is replayed", () => {
    const dir = folder({"in/b.tsv": TSV, "in/c.csv": PLAIN, "mapping.yaml": "b.tsv: {text: Artikel, outlet: Zeitung}\n"});
    const mappingFile = join(dir, "mapping.yaml");
    const run = () => runExtract({paths: [join(dir, "in")], data: "data", cacheDir: join(dir, ".cache"), adapters: adapterOptions({mapping: mappingFile}, [join(dir, "in")]), mappingFile});
    const first = run();
    expect(first.tables.articles.map((a) => a.outlet)).toEqual(["Inselkurier", ""]);
    writeFileSync(mappingFile, "b.tsv: {text: Artikel, outlet: Erschienen}\n");
    const second = run();
    expect(second.tables.articles.map((a) => a.outlet)).toEqual(["03.04.2031", ""]);
  }, 60_000);
});
