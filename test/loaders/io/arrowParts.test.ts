import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {arrow} from "../../../loaders/io/arrowLib.js";
import {ArrowParts} from "../../../loaders/io/arrowParts.js";
import {rowsToArrow} from "../../../loaders/io/arrowRows.js";
import type {FileSpan} from "../../../loaders/io/fileSpans.js";
import {fromParquet, ipcToParquet} from "../../../loaders/io/parquet.js";

const columns = ["article_id", "text", "start", "score", "note", "end"];
type Row = Record<string, unknown>;
const row = (article: string, text: string | null, start: number | null, score: number | null, note?: string): Row => ({article_id: article, text, start, score, note, end: null});

/** Rows of three files (spans of 3, 5 and 2 rows, the second with nulls at bit offsets that are not whole bytes); ids for the first two. */
function corpus(): {rows: Row[]; spans: FileSpan[]} {
  const rows = [
    row("a", "am 3. März", 0, 1), row("a", null, 10, 2), row("b", "Komma, und \"Zitat\"", 4, null),
    row("c", "ö ü ß – „“", null, 1.5, "x"), row("c", "", 7, 2), row("d", null, 8, null), row("d", "zwei\nZeilen", 9, 3, "y"), row("d", "😀", 11, 4),
    row("e", "neu", 12, 5), row("e", "neu auch", 13, 6)
  ];
  return {rows, spans: [{start: 0, length: 3, id: "one"}, {start: 3, length: 5, id: "two"}, {start: 8, length: 2}]};
}

/** The stream without a cache: every batch encoded. */
const fresh = (rows: Row[], spans: FileSpan[]) => Buffer.from(new ArrowParts().tableIpc(rows, columns, "dates", spans)!.bytes);

/** The rows an IPC stream holds, nulls as null. */
function decoded(bytes: Uint8Array): Row[] {
  return arrow.tableFromIPC(bytes).toArray().map((r: {toJSON(): Row}) => r.toJSON());
}

const plain = (rows: Row[]) => rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));

describe("ArrowParts: a per-article table's Arrow stream of one record batch per input file, kept batches concatenated", () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "pressespiegel-arrowparts-"))));
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  test("the stream holds the rows, a batch per file, and has the same bytes when the parts are made and when they are read back", () => {
    const {rows, spans} = corpus();
    const made = Buffer.from(new ArrowParts(dir).tableIpc(rows, columns, "dates", spans)!.bytes);
    expect(made.equals(fresh(rows, spans))).toBe(true);
    expect(decoded(made)).toEqual(plain(rows));
    expect(arrow.tableFromIPC(made).batches.map((b: {numRows: number}) => b.numRows)).toEqual([3, 5, 2]);
    expect(readdirSync(dir)).toHaveLength(2); // the spans with an id
    // read back: the parts are used (a changed cell would show)
    const changed = rows.map((r, i) => (i === 0 ? {...r, text: "am 4. März"} : r));
    expect(Buffer.from(new ArrowParts(dir).tableIpc(changed, columns, "dates", spans)!.bytes).equals(made)).toBe(true);
  });

  test("the stream encodes as Parquet and reads back as the rows", () => {
    const {rows, spans} = corpus();
    const back = fromParquet(ipcToParquet(new ArrowParts(dir).tableIpc(rows, columns, "dates", spans)!.bytes));
    expect(back.toArray().map((r: {toJSON(): Row}) => r.toJSON())).toEqual(plain(rows));
  });

  test.each([
    ["int spans joined with a float one give floats", (rows: Row[]) => rows.map((r, i) => (i === 9 ? {...r, start: 0.5} : r))],
    ["an all-null column in one span takes the others' kind", (rows: Row[]) => rows.map((r, i) => (i < 3 ? {...r, score: null} : r))],
    ["a column null everywhere takes its name's kind", (rows: Row[]) => rows.map((r) => ({...r, start: null}))],
    ["no nulls at all", (rows: Row[]) => rows.map((r) => ({...r, text: r.text ?? "t", start: r.start ?? 1, score: r.score ?? 1, note: "n", end: 3}))]
  ])("%s, with kept parts made for other kinds before", (_, change) => {
    const {rows, spans} = corpus();
    const changed = change(rows);
    const parts = new ArrowParts(dir);
    parts.tableIpc(changed.slice(0, 8), columns, "dates", spans.slice(0, 2)); // parts kept under the first files' kinds alone
    for (let round = 0; round < 2; round++) {
      const bytes = Buffer.from(parts.tableIpc(changed, columns, "dates", spans)!.bytes);
      expect(bytes.equals(fresh(changed, spans))).toBe(true);
      expect(decoded(bytes)).toEqual(plain(changed));
    }
  });

  test.each([
    ["a NaN", (rows: Row[]) => rows.map((r, i) => (i === 4 ? {...r, score: NaN} : r))],
    ["a column of strings and numbers", (rows: Row[]) => rows.map((r, i) => (i === 9 ? {...r, start: "13"} : r))],
    ["a column of strings and booleans", (rows: Row[]) => rows.map((r, i) => (i === 9 ? {...r, note: true} : r))]
  ])("a table with %s is left to rowsToArrow (undefined)", (_, change) => {
    const {rows, spans} = corpus();
    expect(new ArrowParts(dir).tableIpc(change(rows), columns, "dates", spans)).toBeUndefined();
  });

  test.each([
    ["booleans with nulls", (rows: Row[]) => rows.map((r, i) => ({...r, end: i === 2 || i === 6 ? null : i % 3 === 0}))],
    ["booleans in the added file only", (rows: Row[]) => rows.map((r, i) => ({...r, end: i >= 8 ? true : null}))],
    ["booleans without nulls", (rows: Row[]) => rows.map((r, i) => ({...r, end: i % 2 === 1}))]
  ])("a column of %s: a batch per file, kept and fresh streams alike, and the same rows as rowsToArrow's table", (_, change) => {
    const {rows, spans} = corpus();
    const changed = change(rows);
    const made = Buffer.from(new ArrowParts(dir).tableIpc(changed, columns, "dates", spans)!.bytes);
    expect(made.equals(fresh(changed, spans))).toBe(true);
    expect(Buffer.from(new ArrowParts(dir).tableIpc(changed, columns, "dates", spans)!.bytes).equals(made)).toBe(true);
    expect(decoded(made)).toEqual(plain(changed));
    expect(String(arrow.tableFromIPC(made).schema.fields[5].type)).toBe("Bool");
    expect(decoded(arrow.tableToIPC(rowsToArrow(changed, columns), "stream"))).toEqual(decoded(made));
  });

  test.each([
    ["cut short", (bytes: Buffer) => bytes.subarray(0, 40)],
    ["its message cut short", (bytes: Buffer) => bytes.subarray(0, bytes.length - 16)],
    ["without a header line", (bytes: Buffer) => bytes.subarray(bytes.indexOf(10) + 1)]
  ])("a damaged part (%s) is encoded again", (_, damage) => {
    const {rows, spans} = corpus();
    new ArrowParts(dir).tableIpc(rows, columns, "dates", spans);
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), damage(readFileSync(join(dir, name))));
    expect(Buffer.from(new ArrowParts(dir).tableIpc(rows, columns, "dates", spans)!.bytes).equals(fresh(rows, spans))).toBe(true);
    expect(Buffer.from(new ArrowParts(dir).tableIpc(rows, columns, "dates", spans)!.bytes).equals(fresh(rows, spans))).toBe(true);
  });

  test("parts of the table this run did not use are removed, other tables' kept", () => {
    const {rows, spans} = corpus();
    writeFileSync(join(dir, "dates-old.arrow"), "x");
    writeFileSync(join(dir, "quotes-old.arrow"), "x");
    new ArrowParts(dir).tableIpc(rows, columns, "dates", spans);
    expect(readdirSync(dir)).toContain("quotes-old.arrow");
    expect(readdirSync(dir)).not.toContain("dates-old.arrow");
  });
});
