import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test, vi} from "vitest";
import {runExtract} from "../../../loaders/io/runSync.js";
import {writeTables} from "../../../loaders/io/write.js";
import {KeyTermCounts} from "../../../loaders/topics/keytermCounts.js";

const GNAD = {columns: ["label", "text"], delimiter: ";", quote: "'"};

/** Every file written by writeTables, name → bytes. */
function files(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).filter((n) => /\.(csv|parquet)$/.test(n)).sort().map((n) => [n, readFileSync(join(dir, n))]));
}

/** Extracts and writes CSV + Parquet as the CLI does; the files, articles from the cache, and how many key-term blocks were read. */
async function extractTo(out: string, paths: string[], data: string, cacheDir?: string) {
  const blocks = vi.spyOn(KeyTermCounts.prototype, "addBlock");
  try {
    const result = runExtract({paths, data, adapters: GNAD, cacheDir});
    await writeTables(out, result.tables, {manifestDir: result.runCacheDir, fragments: result.fragments});
    return {files: files(out), cached: result.cached, blocks: blocks.mock.calls.length};
  } finally {
    blocks.mockRestore();
  }
}

/** Sentences of my own on a few themes, so that each file (its own source) has terms of its own and terms shared with others. */
const THEMES: Record<string, string[]> = {
  bahn: ["Die Bahn erhöht die Preise für Fahrkarten.", "Pendler ärgern sich über verspätete Züge.", "Der Bahnhof wird bis Herbst umgebaut."],
  schule: ["Die Schule bekommt neue Lehrer.", "Eltern fordern kleinere Klassen.", "Der Unterricht beginnt im Herbst später."],
  wetter: ["Ein Sturm zieht über das Land.", "Die Feuerwehr räumt umgestürzte Bäume.", "Im Herbst bringt der Sturm viel Regen."]
};

/** A CSV file of `n` rows in 10kGNAD's dialect, each row two sentences of a theme and one shared one, numbered so that rows differ. */
function csv(theme: string, n: number, from = 0): string {
  const s = THEMES[theme];
  return Array.from({length: n}, (_, i) => `${theme};'${s[(i + from) % 3]} ${s[(i + from + 1) % 3]} Der Gemeinderat berät am ${(i + from) % 28 + 1}. März darüber.'`).join("\r\n") + "\r\n";
}

describe("key terms from the shards' sums: cached re-runs write the same bytes as --no-cache runs", () => {
  let dir: string;
  let input: string;
  let data: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pressespiegel-keyterms-"));
    input = join(dir, "in");
    data = join(dir, "data");
    mkdirSync(input);
    cpSync("data", data, {recursive: true});
    writeFileSync(join(input, "a-bahn.csv"), csv("bahn", 8));
    writeFileSync(join(input, "b-schule.csv"), csv("schule", 7));
    writeFileSync(join(input, "c-wetter.csv"), csv("wetter", 6));
    writeFileSync(join(input, "d-single.txt"), "Der Sturm trifft den Bahnhof. Die Bahn stellt wegen des Sturms Züge ab. Die Feuerwehr hilft.");
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test("adding and removing an input file, and a duplicate across files", async () => {
    const cacheDir = join(dir, "cache");
    const out = join(dir, "cached");
    const first = await extractTo(out, [input], data, cacheDir);
    expect(first.cached).toBe(0);
    const sources = new Set(first.files["keyterms.csv"].toString().trim().split("\n").slice(1).map((l) => l.split(",")[0]));
    expect([...sources].sort()).toEqual(["a-bahn", "b-schule", "c-wetter", "d-single"].map((f) => `(no outlet) ${f}`));

    const same = async (name: string) => {
      const cached = await extractTo(out, [input], data, cacheDir);
      const fresh = await extractTo(join(dir, `fresh-${name}`), [input], data);
      expect(cached.cached, name).toBeGreaterThan(0);
      expect(cached.blocks, name).toBeGreaterThan(0); // some files' counts came as blocks of sums
      expect(cached.files, name).toEqual(fresh.files);
      return cached;
    };

    // a CSV file added (a new source among those read from shards)
    writeFileSync(join(input, "e-mehr.csv"), csv("bahn", 5, 10).replace(/^bahn;/gm, "mehr;"));
    const added = await same("added");
    expect(added.files["keyterms.csv"].toString()).toMatch(/^\(no outlet\) e-mehr,/m);
    // all cached: every CSV file's counts come from its shard
    expect((await same("again")).blocks).toBe(4);

    // a file removed
    rmSync(join(input, "b-schule.csv"));
    const removed = await same("removed");
    expect(removed.files["keyterms.csv"].toString()).not.toMatch(/^\(no outlet\) b-schule,/m);

    // a row of a later CSV file repeats one of an earlier CSV file (both read from shards)
    writeFileSync(join(input, "c-wetter.csv"), csv("wetter", 6) + csv("bahn", 2).split("\r\n")[1] + "\r\n");
    await extractTo(out, [input], data, cacheDir); // the edited file gets its shard
    const dup = await same("duplicate");
    expect(dup.files["ingest.csv"].toString()).toMatch(/c-wetter\.csv#7,duplicate/);
  }, 120_000);
});
