import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test, vi} from "vitest";
import {treeDigestKept} from "../../../loaders/io/treeHash.mjs";
import {runKey} from "../../../loaders/io/cache.js";
import {loadConfig} from "../../../loaders/io/config.js";
import {bundledRunJob} from "../../../loaders/io/extractorBundle.js";
import {type Job, runJob} from "../../../loaders/io/process.js";

const config = loadConfig("data");
const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt"));

describe("the extractors' bundle", () => {
  test("gives the rows (and reasons) of the extractors loaded module by module", async () => {
    const bundled = await bundledRunJob(runKey("data"));
    expect(bundled).toBeTypeOf("function");
    expect(bundled).not.toBe(runJob);
    const jobs: Job[] = [
      ...seeds.map((file): Job => ({file, path: join("seeds", file), bytes: readFileSync(join("seeds", file)), given: {outlet: "Testblatt"}})),
      {file: "empty.txt", path: "empty.txt", bytes: new Uint8Array(), given: {}},
      {file: "row.csv#1", raw: {file: "row.csv#1", text: "Wien – Kanzler Karl Nehammer sagte am 1. März: „Wir verhandeln weiter.“ Die Gespräche dauern an.", given: {}}}
    ];
    for (const job of jobs) expect(bundled!(job, config), job.file).toEqual(runJob(job, config));
    expect(jobs.map((job) => bundled!(job, config).ok)).toContain(false); // the empty file is rejected alike
  }, 60_000);

  test.each([
    // [whether loaders/ is edited after the run's key was taken, whether the bundle is used and kept]
    [false, true],
    [true, false]
  ])("edited during the run: %s → bundle used and kept: %s", async (edited, kept) => {
    const loaders = join(mkdtempSync(join(tmpdir(), "pressespiegel-extractors-")), "loaders");
    mkdirSync(join(loaders, "io"), {recursive: true});
    const entry = join(loaders, "io", "entry.ts");
    writeFileSync(entry, `export const runJob = () => 1;\n`);
    const dir = join(loaders, "..", "bundles");
    const key = treeDigestKept(loaders); // as the launcher does when the run starts
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    try {
      const beforeBuild = () => void (edited && writeFileSync(entry, `export const runJob = () => 2;\n`));
      const job = await bundledRunJob(key, {entry, dir, beforeBuild});
      expect(job === undefined).toBe(!kept);
      expect(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".mjs")).length : 0).toBe(kept ? 1 : 0);
      if (!kept) expect(String(warn.mock.calls[0]?.[0])).toMatch(/loaders\/ changed since the run started/);
    } finally {
      warn.mockRestore();
    }
  });
});
