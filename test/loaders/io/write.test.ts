import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {emptyTables} from "../../../loaders/pipeline.js";
import type {Tables} from "../../../loaders/types.js";
import {startParquetWorker, writeTables} from "../../../loaders/io/write.js";

const dir = mkdtempSync(join(tmpdir(), "write-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

function tables(dates: object[]): Tables {
  const t = emptyTables();
  t.dates = dates as Tables["dates"];
  t.ingest = [{file: "a.txt", status: "ok", reason: "", article_id: "a1"}];
  return t;
}

const date = (value: unknown, start = 3) => ({article_id: "a1", start, end: 9, surface: "12. Februar", value, type: "date", note: "", rule: "de.date.x"});
const bytes = (out: string) => Object.fromEntries(readdirSync(out).filter((n) => /\.(csv|parquet)$/.test(n)).sort().map((n) => [n, readFileSync(join(out, n))]));
const mtimes = (out: string) => Object.fromEntries(readdirSync(out).filter((n) => /\.(csv|parquet)$/.test(n)).map((n) => [n, statSync(join(out, n)).mtimeMs]));

/** Writes with a manifest into `out`, and without one into a fresh folder; returns both folders' files. */
async function both(out: string, t: Tables) {
  await writeTables(out, t, {manifestDir: join(out, ".cache")});
  const plain = mkdtempSync(join(dir, "plain-"));
  await writeTables(plain, t);
  return {kept: bytes(out), plain: bytes(plain)};
}

describe("writeTables with a manifest", () => {
  test("unchanged tables are not written again; changed ones are, with the bytes of a plain write", async () => {
    const out = join(dir, "out");
    let r = await both(out, tables([date("2025-02-12")]));
    expect(r.kept).toEqual(r.plain);
    const before = mtimes(out);
    await new Promise((resolve) => setTimeout(resolve, 20));

    r = await both(out, tables([date("2025-02-12")]));
    expect(r.kept).toEqual(r.plain);
    expect(mtimes(out)).toEqual(before);

    // one row added to dates: only the dates files change
    r = await both(out, tables([date("2025-02-12"), date("2025-02-13", 20)]));
    expect(r.kept).toEqual(r.plain);
    const after = mtimes(out);
    for (const name of Object.keys(before)) expect(after[name] !== before[name], name).toBe(name.startsWith("dates."));
  });

  test.each<[string, unknown, unknown]>([
    ["an empty string and a null (same CSV, different Parquet)", "", null],
    ["a number and its text (same CSV, different Parquet)", 5, "5"]
  ])("%s are told apart", async (name, a, b) => {
    const out = join(dir, `types-${name.length}`);
    await both(out, tables([date(a)]));
    const r = await both(out, tables([date(b)]));
    expect(r.kept).toEqual(r.plain);
  });

  test("a NaN value (null in Parquet, NaN in CSV) is always written", async () => {
    const out = join(dir, "nan");
    await both(out, tables([{...date("x"), start: NaN}]));
    const r = await both(out, tables([{...date("x"), start: null}]));
    expect(r.kept).toEqual(r.plain);
    expect(r.kept["dates.csv"].toString()).not.toContain("NaN");
  });

  test("with the articles' cache keys: kept while the rows are those extracted, written when a step rewrote one", async () => {
    const out = join(dir, "keys");
    const extracted = [date("2025-02-12"), date("2025-02-13", 20)];
    const fragments = {keys: ["key-a1"], tables: [{dates: extracted as Tables["dates"]}]};
    const write = async (t: Tables) => {
      await writeTables(out, t, {manifestDir: join(out, ".cache"), fragments});
      const plain = mkdtempSync(join(dir, "plain-"));
      await writeTables(plain, t);
      return {kept: bytes(out), plain: bytes(plain)};
    };
    await write(tables(extracted));
    const before = mtimes(out);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await write(tables(extracted))).kept).toEqual(bytes(out));
    expect(mtimes(out)).toEqual(before);
    // a corpus step rewrote the second row (a copy with another value): only the dates files change
    const r = await write(tables([extracted[0], {...extracted[1], value: "2025-02-14"}]));
    expect(r.kept).toEqual(r.plain);
    const after = mtimes(out);
    for (const name of Object.keys(before)) expect(after[name] !== before[name], name).toBe(name.startsWith("dates."));
  });

  test("per-article tables put together from the CSV parts of several input files have the bytes of a plain write", async () => {
    const out = join(dir, "parts");
    // four articles from two input files (two each): one CSV part per file, read back in turn
    const perArticle = ["a1", "a2", "b1", "b2"].map((id, i) => [{...date(`2025-02-1${i}`), article_id: id}, {...date("", 20 + i), article_id: id}]);
    const fragments = {keys: perArticle.map((_, i) => `key-${i}`), tables: perArticle.map((rows) => ({dates: rows as Tables["dates"]})), groups: ["input 0", "input 0", "input 1", "input 1"]};
    const t = tables(perArticle.flat());
    const plain = mkdtempSync(join(dir, "plain-"));
    await writeTables(plain, t);
    await writeTables(out, t, {manifestDir: join(out, ".cache"), fragments});
    expect(readdirSync(join(out, ".cache", "csv"))).toHaveLength(2);
    // written again from the parts (the table's files removed, so it is not kept)
    rmSync(join(out, "dates.csv"));
    await writeTables(out, t, {manifestDir: join(out, ".cache"), fragments});
    expect(bytes(out)).toEqual(bytes(plain));
  });

  test("a file changed by hand is written again", async () => {
    const out = join(dir, "hand");
    await both(out, tables([date("2025-02-12")]));
    writeFileSync(join(out, "dates.csv"), "edited\n");
    const r = await both(out, tables([date("2025-02-12")]));
    expect(r.kept).toEqual(r.plain);
  });
});

/** The worker's thread; undefined once the ParquetWorker is closed. */
const threadOf = (worker: object) => (worker as {worker?: unknown}).worker;

describe("writeTables with a Parquet worker started ahead (startParquetWorker)", () => {
  test("writes the bytes of a plain write, and closes the worker", async () => {
    const t = tables([date("2025-02-12")]);
    const early = mkdtempSync(join(dir, "early-"));
    const worker = startParquetWorker();
    await writeTables(early, t, {parquetWorker: worker});
    const plain = mkdtempSync(join(dir, "plain-"));
    await writeTables(plain, t);
    expect(bytes(early)).toEqual(bytes(plain));
    expect(threadOf(worker)).toBeUndefined(); // closed by writeTables
    await worker.close(); // a second close resolves
  });

  test("without Parquet the worker is closed unused", async () => {
    const worker = startParquetWorker();
    const out = mkdtempSync(join(dir, "noparquet-"));
    await writeTables(out, tables([date("2025-02-12")]), {parquet: false, parquetWorker: worker});
    expect(readdirSync(out).filter((n) => n.endsWith(".parquet"))).toEqual([]);
    expect(threadOf(worker)).toBeUndefined();
    await worker.close(); // a second close resolves
  });
});
