import {appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {runExtractParallel, type RunOptions} from "../../../loaders/io/run.js";
import {runExtract} from "../../../loaders/io/runSync.js";
import {writeTables} from "../../../loaders/io/write.js";

const GNAD = {columns: ["label", "text"], delimiter: ";", quote: "'"};

/** Every file written by writeTables, name → bytes. */
function files(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).filter((n) => /\.(csv|parquet)$/.test(n)).sort().map((n) => [n, readFileSync(join(dir, n))]));
}

/**
 * Extracts and writes CSV + Parquet; returns the files, how many articles came
 * from the cache and the corpus steps taken from their memo (stepMemo.ts).
 */
async function extractTo(out: string, options: RunOptions, parallel = false): Promise<{files: Record<string, Buffer>; cached: number; kept: string[]}> {
  const kept: string[] = [];
  const onPhase = (name: string) => void (/^corpus step .* \(kept\)$/.test(name) && kept.push(name.split(" ")[2]));
  const result = parallel ? await runExtractParallel({...options, jobs: 2, inlineFirst: 0, onPhase}) : runExtract({...options, onPhase});
  // as the CLI does: tables unchanged since the last write into `out` are kept
  await writeTables(out, result.tables, {manifestDir: result.runCacheDir, fragments: result.fragments, contentKeys: result.contentKeys});
  return {files: files(out), cached: result.cached, kept};
}

/** Seeds, several outlets' versions of the same call (shared quotes, people, events), and CSV rows. */
function corpus(dir: string): void {
  cpSync("seeds", dir, {recursive: true});
  const outlets = ["Kurier", "Standard", "Presse"];
  outlets.forEach((outlet, i) => {
    writeFileSync(
      join(dir, `call-${i}.txt`),
      `---\noutlet: ${outlet}\npublished: 2025-02-1${i + 3}\n---\nTrump und Putin telefonieren\n\nWashington – US-Präsident Donald Trump hat am 12. Februar mit Kremlchef Wladimir Putin telefoniert. ` +
        `„Wir haben vereinbart, dass unsere Teams sofort mit Verhandlungen beginnen“, sagte Trump nach dem Gespräch. ` +
        `Das Telefonat dauerte ${60 + i * 30} Minuten, teilte Kremlsprecher Dmitri Peskow mit. Der ukrainische Präsident Wolodymyr Selenskyj sagte, er wolle an allen Gesprächen beteiligt werden.`
    );
  });
  const rows = Array.from({length: 6}, (_, i) => `Politik;'Wien – Bundeskanzler Karl Nehammer sagte am ${i + 1}. März: ''Wir verhandeln weiter.'' Die Gespräche dauern an.'`);
  writeFileSync(join(dir, "rows.csv"), rows.join("\r\n") + "\r\n");
}

describe("cached re-runs write the same bytes as --no-cache runs", () => {
  let dir: string;
  let input: string;
  let data: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pressespiegel-identity-"));
    input = join(dir, "in");
    data = join(dir, "data");
    mkdirSync(input);
    corpus(input);
    cpSync("data", data, {recursive: true});
  });

  test("after adding an article, after editing data/, with the worker pool", async () => {
    const cacheDir = join(dir, "cache");
    const first = await extractTo(join(dir, "first"), {paths: [input], data, adapters: GNAD, cacheDir});
    expect(first.cached).toBe(0);
    expect(first.files["quotes.csv"].toString()).toMatch(/sofort mit Verhandlungen/);
    expect(first.files["statements.csv"].toString().split("\n").length).toBeGreaterThan(2); // a statement carried by several outlets
    // the CSV file of several articles got a shard (one blob of its rows), read back below
    const shards = readdirSync(cacheDir, {recursive: true}).filter((f) => /shards[/\\][0-9a-f]+\.shard$/.test(String(f)));
    expect(shards).toHaveLength(1);

    // an article added: all others from the cache, the tables equal to a run without cache
    writeFileSync(join(input, "added.txt"), "Moskau – Kremlsprecher Dmitri Peskow sagte am 13. Februar, Putin und Trump würden sich bald treffen.");
    const cached = await extractTo(join(dir, "cached"), {paths: [input], data, adapters: GNAD, cacheDir});
    const fresh = await extractTo(join(dir, "fresh"), {paths: [input], data, adapters: GNAD});
    expect(cached.cached).toBeGreaterThan(0);
    expect(fresh.cached).toBe(0);
    expect(Object.keys(cached.files)).toHaveLength(28);
    expect(cached.files).toEqual(fresh.files);
    expect(cached.files).not.toEqual(first.files);
    expect(cached.kept).toEqual([]); // the added article names people and is quoted: people and statements run again

    // the same through the worker pool, everything cached
    const pooled = await extractTo(join(dir, "pooled"), {paths: [input], data, adapters: GNAD, cacheDir}, true);
    expect(pooled.files).toEqual(fresh.files);
    expect(pooled.kept).toEqual(["people", "statements", "events"]);

    // again into the same folder, all cached: tables kept or rewritten, the bytes are those of a run without cache
    const again = await extractTo(join(dir, "cached"), {paths: [input], data, adapters: GNAD, cacheDir});
    expect(again.files).toEqual(fresh.files);
    // and into the folder of the first run (tables written before the article was added)
    const over = await extractTo(join(dir, "first"), {paths: [input], data, adapters: GNAD, cacheDir});
    expect(over.files).toEqual(fresh.files);

    // an article of the CSV file (read from its shard, which keeps the file's key-term counts as sums) becomes a
    // duplicate of an earlier file: its own rows are left out, the others' rows are read from their cache entries
    const row = (n: number) => `Wien – Bundeskanzler Karl Nehammer sagte am ${n}. März: 'Wir verhandeln weiter.' Die Gespräche dauern an.`;
    writeFileSync(join(input, "0-dup.txt"), row(1));
    const dup = await extractTo(join(dir, "cached"), {paths: [input], data, adapters: GNAD, cacheDir});
    const dupFresh = await extractTo(join(dir, "dup-fresh"), {paths: [input], data, adapters: GNAD});
    expect(dupFresh.files["ingest.csv"].toString()).toMatch(/rows\.csv#1,duplicate/);
    expect(dup.cached).toBeGreaterThan(0);
    expect(dup.files).toEqual(dupFresh.files);
    expect(dup.files["keyterms.csv"]).not.toEqual(fresh.files["keyterms.csv"]);
    expect(dup.kept).toEqual([]); // the duplicate row quoted Nehammer
    rmSync(join(input, "0-dup.txt"));
    // the memos are those of the last run (with the duplicate): the steps run again
    const back = await extractTo(join(dir, "cached"), {paths: [input], data, adapters: GNAD, cacheDir});
    expect(back.kept).toEqual([]);
    expect(back.files).toEqual(fresh.files);

    // an article that names nobody, quotes nobody and reports no event, sorting first: the memos kept, same bytes
    writeFileSync(join(input, "0-quiet.txt"), "Der Regen hält an. Am 14. Februar wird es kälter und windig.");
    const quiet = await extractTo(join(dir, "cached"), {paths: [input], data, adapters: GNAD, cacheDir});
    const quietFresh = await extractTo(join(dir, "quiet-fresh"), {paths: [input], data, adapters: GNAD});
    expect(quiet.kept).toEqual(["people", "statements", "events"]);
    expect(quiet.files).toEqual(quietFresh.files);
    expect(quiet.files["articles.csv"]).not.toEqual(fresh.files["articles.csv"]);
    // a damaged memo counts as none
    const steps = readdirSync(cacheDir, {recursive: true}).map(String).filter((f) => /steps[/\\]people\.json$/.test(f));
    expect(steps).toHaveLength(1);
    writeFileSync(join(cacheDir, steps[0]), "{\"key\": ");
    const damaged = await extractTo(join(dir, "cached"), {paths: [input], data, adapters: GNAD, cacheDir});
    expect(damaged.kept).toEqual(["statements", "events"]);
    expect(damaged.files).toEqual(quietFresh.files);
    rmSync(join(input, "0-quiet.txt"));

    // a register edited: nothing is taken from the cache, and the result equals a fresh run on the new data
    const people = readdirSync(data).find((f) => /^people\.ya?ml$/.test(f))!;
    appendFileSync(join(data, people), "\n- id: karl-nehammer\n  name: Karl Nehammer\n  affiliation: Österreich\n");
    const edited = await extractTo(join(dir, "edited"), {paths: [input], data, adapters: GNAD, cacheDir});
    const editedFresh = await extractTo(join(dir, "edited-fresh"), {paths: [input], data, adapters: GNAD});
    expect(edited.cached).toBe(0);
    expect(edited.kept).toEqual([]); // the memos are kept under the run key, which data/ changed
    expect(edited.files).toEqual(editedFresh.files);
    expect(edited.files["people.csv"]).not.toEqual(cached.files["people.csv"]);
  }, 240_000); // several extract runs with a worker pool: about 50 s alone, more on a loaded machine (a guard, not a timing)
});
