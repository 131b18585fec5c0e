import {describe, expect, test, vi} from "vitest";
import {fromParquet} from "../../../loaders/io/parquet.js";
import {buildWarnings, corpusStatus, inputsSummary, MAY_BE_EMPTY, MUST_HAVE_ROWS, PARQUET_TABLES, reportFiles, smallestFirst} from "../../../loaders/io/reportFiles.js";
import {DOCS, fixtureTables} from "../report/fixture.js";
import {mappingRowReason} from "../../../loaders/io/folderMapping.js";
import type {Tables} from "../../../loaders/types.js";

describe("reportFiles", () => {
  test("every table as CSV, the page files and one file per reader shard", () => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}];
    const files = reportFiles({tables: t, docs: DOCS}, "fixture");
    expect(files["quotes.csv"]).toContain("Wir reden über Frieden.");
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["coverage.csv", "timeline.json", "sources.csv", "reader-index.csv", "rules.csv", "speakers.csv"]));
    expect(files["speakers.csv"]).toBe("kind,speaker,speaker_id,quotes,rule\nperson,Donald Trump,trump,1,report.speaker-kind.resolved-person\n");
    expect(Object.keys(files).filter((f) => /^reader-\d+\.json$/.test(f)).length).toBe(16);
  });

  test("members come smallest first (Framework reads the archive from its start to each member)", () => {
    expect(Object.keys(smallestFirst({"big.csv": "x".repeat(30), "b.json": new Uint8Array(5), "ä.csv": "ää", "same.csv": "abcd"}))).toEqual(["ä.csv", "same.csv", "b.json", "big.csv"]);
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}];
    const sizes = Object.values(reportFiles({tables: t, docs: DOCS}, "fixture")).map((c) => (typeof c === "string" ? Buffer.byteLength(c) : c.byteLength));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });

  test("the large tables also as Parquet, with the same rows", () => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}];
    const files = reportFiles({tables: t, docs: DOCS}, "fixture");
    for (const name of PARQUET_TABLES) expect(fromParquet(files[`${name}.parquet`] as Uint8Array).numRows, name).toBe(t[name].length);
  });

  test.each(MUST_HAVE_ROWS.map((name) => [name]))("an empty %s table is an error naming it", (name) => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}];
    t[name] = [] as never;
    expect(() => reportFiles({tables: t, docs: DOCS}, "fixture")).toThrow(`${name}: no rows extracted from fixture`);
  });

  test.each([
    [[{file: "weg.txt", status: "rejected", reason: "file not found"}], "articles: no rows extracted from fixture; rejected: weg.txt: file not found"],
    [[{file: "leer.txt", status: "rejected", reason: "empty file"}, {file: "x.bin", status: "rejected", reason: "binary data"}], "; rejected: leer.txt: empty file; x.bin: binary data"],
    [[], "articles: no rows extracted from fixture (no input files found)"]
  ])("when no article is read, the error names every rejected input and why (%j)", (ingest, message) => {
    const t = fixtureTables();
    t.ingest = ingest.map((row) => ({...row, article_id: ""})) as never;
    t.articles = [];
    expect(() => reportFiles({tables: t, docs: DOCS}, "fixture")).toThrow(message);
  });

  test.each(Object.keys(MAY_BE_EMPTY).map((name) => [name]))("an empty %s table still makes the report, with a warning naming it", (name) => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}];
    (t as any)[name] = [];
    const files = reportFiles({tables: t, docs: DOCS}, "fixture");
    expect(files[`${name}.csv`]).toBeDefined();
    expect(buildWarnings(t, "fixture")).toContainEqual(expect.stringMatching(new RegExp(`^warning: ${name}: no rows extracted from fixture: `)));
  });

  test("an input read with warnings is named in the build log with them, after the rejected ones", () => {
    const t = fixtureTables();
    t.ingest = [
      {file: "seeds/sources.yaml", status: "ok", reason: 'entry "weg.txt" matches no file', article_id: ""},
      {file: "a1.txt", status: "ok", reason: "", article_id: "a1"},
      {file: "leer.txt", status: "rejected", reason: "empty file", article_id: ""}
    ];
    expect(buildWarnings(t, "fixture").slice(0, 2)).toEqual([
      "warning: rejected leer.txt: empty file (see the corpus page)",
      'warning: seeds/sources.yaml: entry "weg.txt" matches no file (see the corpus page)'
    ]);
  });

  test("the warnings start on a line of their own, after Framework's unfinished 'load … →' line", () => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}, {file: "leer.txt", status: "rejected", reason: "empty file", article_id: ""}];
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      reportFiles({tables: t, docs: DOCS}, "fixture");
      const written = write.mock.calls.map((c) => String(c[0])).join("");
      expect(written).toMatch(/^\nwarning: rejected leer.txt: empty file/);
      expect(written.endsWith("\n")).toBe(true);
    } finally {
      write.mockRestore();
    }
  });

  test("a rejected input is a warning naming the file and the reason", () => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}, {file: "leer.txt", status: "rejected", reason: "empty file", article_id: ""}];
    expect(buildWarnings(t, "fixture")).toContain("warning: rejected leer.txt: empty file (see the corpus page)");
  });

  test.each<[string, {data: string; mapping?: string}, string]>([
    ["a story with its data and mapping", {data: "/story/data", mapping: "/story/mapping.yaml"},
      "report: 3 inputs: 2 read (1 with warnings), 0 duplicate, 1 rejected from /story/artikel (data: /story/data, mapping: /story/mapping.yaml)"],
    ["no mapping", {data: "data"}, "report: 3 inputs: 2 read (1 with warnings), 0 duplicate, 1 rejected from /story/artikel (data: data, mapping: none)"]
  ])("the build log's line on what was read: %s", (_name, settings, expected) => {
    const ingest = [
      {file: "/story/artikel/sources.yaml", status: "ok" as const, reason: 'entry "weg.txt" matches no file', article_id: ""},
      {file: "/story/artikel/a.txt", status: "ok" as const, reason: "", article_id: "a"},
      {file: "/story/artikel/export.jsonl#1", status: "ok" as const, reason: "mixed encoding", article_id: "b"},
      {file: "/story/artikel/leer.txt", status: "rejected" as const, reason: "empty file", article_id: ""}
    ];
    expect(inputsSummary({ingest}, "/story/artikel", settings)).toBe(expected);
  });

  test("with the report's settings, the line on what was read comes first in the build log", () => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}];
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      reportFiles({tables: t, docs: DOCS}, "fixture", {data: "data"});
      expect(write.mock.calls.map((c) => String(c[0])).join("")).toMatch(/^\nreport: 1 inputs: 1 read, 0 duplicate, 0 rejected from fixture \(data: data, mapping: none\)\n/);
    } finally {
      write.mockRestore();
    }
  });
});

describe("corpusStatus: what the corpus page reads instead of repeating the loaders' rules", () => {
  const article = (article_id: string, language: string) => ({article_id, language}) as Tables["articles"][number];
  const row = (file: string, status: string, reason: string) => ({file, status, reason, article_id: ""}) as Tables["ingest"][number];
  test.each<[string, Pick<Tables, "articles" | "ingest">, {not_analysed: string[]; no_input: string[]}]>([
    ["German, unknown and regional tags are analysed", {articles: [article("a", "de"), article("b", ""), article("c", "de-AT"), article("d", "Deutsch")], ingest: []}, {not_analysed: [], no_input: []}],
    ["English and French articles are not", {articles: [article("a", "en"), article("b", "fr-FR"), article("c", "de")], ingest: []}, {not_analysed: ["a", "b"], no_input: []}],
    ["the run's mapping row is no input; a warning row and a rejected row are inputs", {articles: [], ingest: [row("m.yaml", "ok", mappingRowReason("given", false)), row("x.csv#1", "ok", "mixed encoding"), row("y.txt", "rejected", "column mapping (x)")]}, {not_analysed: [], no_input: ["m.yaml"]}]
  ])("%s", (_, tables, expected) => expect(corpusStatus(tables)).toEqual(expected));
});
