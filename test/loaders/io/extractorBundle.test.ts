import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
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
});
