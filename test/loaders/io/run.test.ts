import {appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {runExtractParallel} from "../../../loaders/io/run.js";
import {runExtract} from "../../../loaders/io/runSync.js";

const GNAD = {columns: ["label", "text"], delimiter: ";", quote: "'"};

/** A small corpus: text files, a duplicate, a rejected file and a 10kGNAD-style CSV with a bad row. */
function corpus(dir: string): void {
  mkdirSync(join(dir, "nested"), {recursive: true});
  for (let i = 0; i < 12; i++) {
    writeFileSync(join(dir, `a${String(i).padStart(2, "0")}.txt`), `Meldung ${i}\n\nBerlin – Am ${i + 1}. Februar sprach Kanzler Scholz mit Präsident Macron. Das Gespräch dauerte ${i + 2} Stunden.`);
  }
  writeFileSync(join(dir, "nested", "copy.txt"), `Meldung 3\n\nBerlin – Am 4. Februar sprach Kanzler Scholz mit Präsident Macron. Das Gespräch dauerte 5 Stunden.`);
  writeFileSync(join(dir, "empty.txt"), "  \n");
  const rows = Array.from({length: 20}, (_, i) => `Sport;'Wien – Rapid gewann ${i}:0; der Trainer sagte: ''Gut.'''`);
  writeFileSync(join(dir, "rows.csv"), [...rows, "Web", "Kultur;Ein Film über Wien."].join("\r\n") + "\r\n");
}

describe("runExtractParallel", () => {
  let input: string;
  let data: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "pressespiegel-run-"));
    input = join(dir, "in");
    data = join(dir, "data");
    corpus(input);
    cpSync("data", data, {recursive: true});
  });

  test("ingest accounts for every file and row, in input order", () => {
    const {tables, inputs, rejected, duplicates} = runExtract({paths: [input], data, adapters: GNAD});
    expect(inputs).toBe(12 + 1 + 1 + 22);
    expect(tables.ingest).toHaveLength(inputs);
    expect(rejected).toBe(2);
    expect(duplicates).toBe(1);
    const files = tables.ingest.map((r) => r.file.split("/in/").pop());
    expect(files.slice(0, 12)).toEqual(Array.from({length: 12}, (_, i) => `a${String(i).padStart(2, "0")}.txt`));
    expect(files.slice(12, 14)).toEqual(["empty.txt", "nested/copy.txt"]);
    expect(files.slice(14)).toEqual(Array.from({length: 22}, (_, i) => `rows.csv#${i + 1}`));
    expect(tables.ingest.find((r) => r.file.endsWith("rows.csv#21"))).toMatchObject({status: "rejected", reason: expect.stringMatching(/fields, expected 2/)});
    expect(tables.ingest.find((r) => r.file.endsWith("copy.txt"))).toMatchObject({status: "duplicate", reason: expect.stringMatching(/a03\.txt/)});
    expect(tables.articles.find((a) => a.file.endsWith("rows.csv#1"))?.chars).toBe("Wien – Rapid gewann 0:0; der Trainer sagte: 'Gut.'".length);
  });

  test("the worker pool yields the same tables as one thread", async () => {
    const single = runExtract({paths: [input], data, adapters: GNAD});
    const pooled = await runExtractParallel({paths: [input], data, adapters: GNAD, jobs: 2, inlineFirst: 0});
    expect(pooled.tables).toEqual(single.tables);
    expect(pooled.extracted).toEqual({inline: 0, workers: single.inputs - single.rejected + 1}); // rows rejected by the adapter never reach a worker, the empty file does
    const mixed = await runExtractParallel({paths: [input], data, adapters: GNAD, jobs: 2, inlineFirst: 5});
    expect(mixed.tables).toEqual(single.tables);
    expect(mixed.extracted.inline).toBeGreaterThanOrEqual(5);
  }, 60_000);

  test("the cache: a second run reads it, editing data/ invalidates it, no cacheDir bypasses it", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "pressespiegel-cache-"));
    const first = runExtract({paths: [input], data, adapters: GNAD, cacheDir});
    const ok = first.extracted.inline; // every input that reached extraction (rejected ones too) is cached
    expect(first.cached).toBe(0);
    const second = runExtract({paths: [input], data, adapters: GNAD, cacheDir});
    expect(second.cached).toBe(ok);
    expect(second.tables).toEqual(first.tables);
    const pooled = await runExtractParallel({paths: [input], data, adapters: GNAD, cacheDir, jobs: 2, inlineFirst: 0});
    expect(pooled.cached).toBe(ok);
    expect(pooled.tables).toEqual(first.tables);

    writeFileSync(join(input, "zz-new.txt"), "Ein neuer Artikel über den Gipfel in Riad am 18. Februar.");
    const added = runExtract({paths: [input], data, adapters: GNAD, cacheDir});
    expect(added.cached).toBe(ok);
    expect(added.tables.articles).toHaveLength(first.tables.articles.length + 1);

    appendFileSync(join(data, readdirSync(data).find((f) => f.endsWith(".yaml"))!), "\n# edited\n");
    const edited = runExtract({paths: [input], data, adapters: GNAD, cacheDir});
    expect(edited.cached).toBe(0);
    expect(readdirSync(join(cacheDir, "articles"))).toHaveLength(1); // entries of the old key pruned

    const bypass = runExtract({paths: [input], data, adapters: GNAD});
    expect(bypass.cached).toBe(0);
  }, 60_000);
});

describe("runExtractParallel file memo", () => {
  test("unchanged files are replayed from the cache without reading; a touched file is read again", () => {
    const dir = mkdtempSync(join(tmpdir(), "pressespiegel-memo-"));
    const input = join(dir, "in");
    corpus(input);
    const cacheDir = join(dir, "cache");
    const first = runExtract({paths: [input], adapters: GNAD, cacheDir});
    const second = runExtract({paths: [input], adapters: GNAD, cacheDir});
    expect(second.tables).toEqual(first.tables);
    expect(second.extracted.inline).toBe(0);
    // other adapter options: the file is read again (here every row becomes one text column)
    const other = runExtract({paths: [input], adapters: {...GNAD, columns: ["text"], delimiter: "|"}, cacheDir});
    expect(other.tables.articles.find((a) => a.file.endsWith("rows.csv#1"))!.chars).toBeGreaterThan(first.tables.articles.find((a) => a.file.endsWith("rows.csv#1"))!.chars);
    // same size, new content and modification time: must be read and extracted again
    const csv = join(input, "rows.csv");
    const text = readFileSync(csv, "utf8").replace("gewann 0:0", "gewann 9:0");
    writeFileSync(csv, text);
    utimesSync(csv, new Date(), new Date(Date.now() + 5000));
    const third = runExtract({paths: [input], adapters: GNAD, cacheDir});
    expect(third.extracted.inline).toBe(1);
    expect(third.tables.articles.find((a) => a.file.endsWith("rows.csv#1"))!.article_id).not.toBe(first.tables.articles.find((a) => a.file.endsWith("rows.csv#1"))!.article_id);
  });
});
