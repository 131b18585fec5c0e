import {csvFormatBody} from "d3-dsv";
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {CsvParts} from "../../../loaders/io/csvParts.js";
import type {ArticleFragments} from "../../../loaders/io/keysFingerprint.js";

const columns = ["article_id", "text", "start"];
const row = (article: string, text: string, start: number) => ({article_id: article, text, start});

/** Five articles: three from one CSV file (keys a, b, c), one from a text file (d), two from another CSV file (e, f; f has no rows). */
function corpus(): {rows: object[]; fragments: ArticleFragments & {groups: string[]}} {
  const tables: {dates: object[]}[] = [
    {dates: [row("a", "am 3. März", 0), row("a", "„gestern“, sagte er", 10)]},
    {dates: [row("b", "Komma, und \"Zitat\"", 4)]},
    {dates: [row("c", "Zeile\nzwei", 7)]},
    {dates: [row("d", "allein", 1)]},
    {dates: [row("e", "ö ü ß", 2)]},
    {dates: []}
  ];
  return {
    rows: tables.flatMap((t) => t.dates),
    fragments: {keys: ["ka", "kb", "kc", "kd", "ke", "kf"], tables: tables as unknown as ArticleFragments["tables"], groups: ["x.csv", "x.csv", "x.csv", "d.txt", "y.csv", "y.csv"]}
  };
}

const expected = (rows: object[]) => csvFormatBody(rows as any[], columns);

/** The pieces joined into one string, each decoded before the next is taken (a part's bytes live only until then). */
function body(parts: CsvParts, ...args: Parameters<CsvParts["pieces"]>): string | undefined {
  const pieces = parts.pieces(...args);
  if (!pieces) return undefined;
  let text = "";
  for (const piece of pieces) text += typeof piece === "string" ? piece : Buffer.from(piece).toString("utf8");
  return text;
}

describe("CsvParts: a per-article table's CSV body from cached parts per input file", () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), "pressespiegel-csvparts-"))));
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  test("the body is csvFormatBody's, when the parts are made and when they are read back", () => {
    const {rows, fragments} = corpus();
    expect(body(new CsvParts(dir), rows, columns, "dates", fragments)).toBe(expected(rows));
    // one part per file of two or more articles with rows: x.csv and y.csv, not the text file
    expect(readdirSync(dir).sort()).toHaveLength(2);
    // read back: the parts are used (a changed part would show)
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), readFileSync(join(dir, name), "utf8").replace("März", "Mörz"));
    expect(body(new CsvParts(dir), rows, columns, "dates", fragments)).toBe(expected(rows).replace("März", "Mörz"));
  });

  test("read back, the parts come as their bytes, to be written before the next piece is taken", () => {
    const {rows, fragments} = corpus();
    body(new CsvParts(dir), rows, columns, "dates", fragments);
    const pieces = [...new CsvParts(dir).pieces(rows, columns, "dates", fragments)!];
    expect(pieces.map((p) => (typeof p === "string" ? "text" : "bytes"))).toEqual(["bytes", "text", "text", "text", "bytes"]);
  });

  test("a file with a row a corpus step rewrote is formatted from its rows", () => {
    const {rows, fragments} = corpus();
    body(new CsvParts(dir), rows, columns, "dates", fragments);
    const rewritten = rows.map((r, i) => (i === 1 ? {...r, text: "umgeschrieben"} : r));
    expect(body(new CsvParts(dir), rewritten, columns, "dates", fragments)).toBe(expected(rewritten));
  });

  test("a file whose rows a corpus step rewrote keeps a part under the cells it rewrote: the same again reuse it, others make another", () => {
    const {rows, fragments} = corpus();
    const rewrite = (text: string) => rows.map((r, i) => (i === 1 ? {...r, text} : i === 2 ? {...r} : r)); // row 2: a copy with the same cells
    expect(body(new CsvParts(dir), rewrite("umgeschrieben"), columns, "dates", fragments)).toBe(expected(rewrite("umgeschrieben")));
    const kept = readdirSync(dir).sort();
    expect(kept).toHaveLength(2);
    // read back: the rewritten file's part is used (a changed part would show)
    for (const name of kept) writeFileSync(join(dir, name), readFileSync(join(dir, name), "utf8").replace("umgeschrieben", "umgeschriebem"));
    expect(body(new CsvParts(dir), rewrite("umgeschrieben"), columns, "dates", fragments)).toBe(expected(rewrite("umgeschriebem")));
    // other rewritten cells: another part, formatted from the rows
    expect(body(new CsvParts(dir), rewrite("anders"), columns, "dates", fragments)).toBe(expected(rewrite("anders")));
    expect(readdirSync(dir).filter((n) => !kept.includes(n))).toHaveLength(1);
  });

  test("a cell rewritten to NaN is formatted, not kept", () => {
    const {rows, fragments} = corpus();
    const rewritten = rows.map((r, i) => (i === 0 ? {...r, start: NaN} : r));
    expect(body(new CsvParts(dir), rewritten, columns, "dates", fragments)).toBe(expected(rewritten));
    expect(readdirSync(dir)).toHaveLength(1); // y.csv only
  });

  test("an article added to a file (a new key) makes a new part; the old one is removed", () => {
    const {rows, fragments} = corpus();
    body(new CsvParts(dir), rows, columns, "dates", fragments);
    const before = readdirSync(dir).sort();
    const tables = [...(fragments.tables as unknown as {dates: object[]}[]), {dates: [row("g", "neu", 3)]}];
    const more = {keys: [...fragments.keys, "kg"], tables: tables as unknown as ArticleFragments["tables"], groups: [...fragments.groups, "y.csv"]};
    const rowsMore = tables.flatMap((t) => t.dates);
    expect(body(new CsvParts(dir), rowsMore, columns, "dates", more)).toBe(expected(rowsMore));
    const after = readdirSync(dir).sort();
    expect(after).toHaveLength(2);
    expect(after.filter((n) => before.includes(n))).toHaveLength(1); // x.csv's part kept, y.csv's replaced
  });

  test.each([
    ["truncated", (text: string) => text.slice(0, -3)],
    ["with another name", (text: string) => text.replace(/^dates-/, "dates-0")],
    ["empty", () => ""]
  ])("a part %s is formatted again", (_, damage) => {
    const {rows, fragments} = corpus();
    body(new CsvParts(dir), rows, columns, "dates", fragments);
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), damage(readFileSync(join(dir, name), "utf8")));
    expect(body(new CsvParts(dir), rows, columns, "dates", fragments)).toBe(expected(rows));
  });

  test("rows that do not line up with the articles' rows (one dropped) give undefined", () => {
    const {rows, fragments} = corpus();
    expect(body(new CsvParts(dir), rows.slice(1), columns, "dates", fragments)).toBeUndefined();
  });

  test("articles without a cache key are formatted, not kept", () => {
    const {rows, fragments} = corpus();
    const keys = fragments.keys.map(() => undefined);
    expect(body(new CsvParts(dir), rows, columns, "dates", {...fragments, keys})).toBe(expected(rows));
    expect(readdirSync(dir)).toHaveLength(0);
  });

  test("only the parts of the table written are pruned", () => {
    const {rows, fragments} = corpus();
    writeFileSync(join(dir, "parts-0123.csv"), "x");
    writeFileSync(join(dir, "dates-old.csv"), "x");
    body(new CsvParts(dir), rows, columns, "dates", fragments);
    const names = readdirSync(dir);
    expect(names).toContain("parts-0123.csv");
    expect(names).not.toContain("dates-old.csv");
  });
});
