import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {tableIpc} from "../../../loaders/io/arrowWrite.js";
import {fromParquet, ipcToParquet} from "../../../loaders/io/parquet.js";
import {PARQUET_WRITER} from "../../../loaders/io/parquetSettings.js";
import {ParquetWorker} from "../../../loaders/io/parquetWorker.js";

const dir = mkdtempSync(join(tmpdir(), "parquet-worker-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const columns = ["article_id", "start", "surface", "score"];
const rows = (n: number) => Array.from({length: n}, (_, i) => ({article_id: `a${i % 7}`, start: i, surface: i % 5 ? `Wort ${i} äöü` : null, score: i / 3}));
const ipc = (n: number) => tableIpc(rows(n), columns).bytes;

describe("ParquetWorker", () => {
  test.each([0, 1, 2000])("writes the bytes ipcToParquet makes on this thread (%i rows)", async (n) => {
    const fallbacks: string[] = [];
    const worker = new ParquetWorker(ipcToParquet, (path) => fallbacks.push(path));
    const path = join(dir, `t${n}.parquet`);
    worker.write(path, ipc(n), () => ipc(n));
    await worker.close();
    expect(fallbacks).toEqual([]);
    expect(readFileSync(path)).toEqual(Buffer.from(ipcToParquet(ipc(n))));
  });

  test("the worker takes its writer settings from the one place ipcToParquet takes them (parquetSettings.ts)", async () => {
    const settings = {compression: "UNCOMPRESSED", dictionaryEnabled: true} as const;
    const worker = new ParquetWorker((bytes) => ipcToParquet(bytes, settings), undefined, settings);
    const path = join(dir, "settings.parquet");
    worker.write(path, ipc(200), () => ipc(200));
    await worker.close();
    expect(readFileSync(path)).toEqual(Buffer.from(ipcToParquet(ipc(200), settings)));
    expect(readFileSync(path)).not.toEqual(Buffer.from(ipcToParquet(ipc(200), PARQUET_WRITER)));
    expect(PARQUET_WRITER).toEqual({compression: "SNAPPY", dictionaryEnabled: false});
  });

  test("several files in flight each get their own bytes", async () => {
    const worker = new ParquetWorker(ipcToParquet);
    for (const n of [3, 30, 300]) worker.write(join(dir, `many${n}.parquet`), ipc(n), () => ipc(n));
    await worker.close();
    for (const n of [3, 30, 300]) expect(fromParquet(readFileSync(join(dir, `many${n}.parquet`))).numRows).toBe(n);
  });

  test("a write the worker fails on is done on this thread from the stream made again", async () => {
    const fallbacks: string[] = [];
    const worker = new ParquetWorker(ipcToParquet, (path, reason) => fallbacks.push(`${path}: ${reason}`));
    const path = join(dir, "bad.parquet");
    worker.write(path, new Uint8Array([1, 2, 3, 4]), () => ipc(10));
    await worker.close();
    expect(fallbacks).toHaveLength(1);
    expect(fallbacks[0]).toContain("bad.parquet");
    expect(readFileSync(path)).toEqual(Buffer.from(ipcToParquet(ipc(10))));
  });

  test("after close, writes are done on this thread", async () => {
    const fallbacks: string[] = [];
    const worker = new ParquetWorker(ipcToParquet, (path) => fallbacks.push(path));
    await worker.close();
    const path = join(dir, "late.parquet");
    worker.write(path, ipc(5), () => ipc(5));
    await worker.close();
    expect(fallbacks).toEqual([path]);
    expect(readFileSync(path)).toEqual(Buffer.from(ipcToParquet(ipc(5))));
  });
});
