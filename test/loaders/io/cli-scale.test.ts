import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {spawnAsync} from "../../helpers/spawn.js";
import {beforeAll, describe, expect, test} from "vitest";
import {fromParquet} from "../../../loaders/io/parquet.js";

const tsx = join("node_modules", ".bin", "tsx");
const run = (...args: string[]) => spawnAsync(tsx, ["loaders/io/cli.ts", ...args], {...process.env, CI: "true"});
const GNAD = ["--columns", "label,text", "--delimiter", ";", "--quote", "'"];

describe("extract CLI at scale", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pressespiegel-scale-"));
    input = join(dir, "in");
    mkdirSync(input);
    const rows = Array.from({length: 40}, (_, i) => `Inland;'Linz – Der Landtag beschloss am ${i + 1}. März ein Paket; Kanzler Gramoll sagte: ''Das hilft.'''`);
    writeFileSync(join(input, "gnad.csv"), rows.join("\r\n") + "\r\n");
    writeFileSync(join(input, "one.txt"), "Berlin – Der Bundestag tagte am Donnerstag.");
  });

  test("reads 10kGNAD-style CSV rows with the worker pool, writes CSV and Parquet, exit 0", async () => {
    const out = join(dir, "out");
    const r = await run("--out", out, ...GNAD, input);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/41 articles in [\d.]+ s: [\d.]+ articles\/s, [\d.]+ MB\/s \(0 from the cache/);
    const ingest = csvParse(readFileSync(join(out, "ingest.csv"), "utf8"));
    expect(ingest.map((row) => row.file.split("/").pop())).toEqual([...Array.from({length: 40}, (_, i) => `gnad.csv#${i + 1}`), "one.txt"]);
    const parquet = fromParquet(readFileSync(join(out, "articles.parquet")));
    expect(parquet.numRows).toBe(41);
    expect(parquet.toArray().map((row) => row.article_id)).toEqual(csvParse(readFileSync(join(out, "articles.csv"), "utf8")).map((row) => row.article_id));
    for (const name of readdirSync(out).filter((f) => f.endsWith(".csv"))) expect(existsSync(join(out, name.replace(/csv$/, "parquet"))), name).toBe(true);

    const again = await run("--out", out, ...GNAD, input);
    expect(again.stderr).toMatch(/\(41 from the cache/);
    const bypass = await run("--no-cache", "--out", out, ...GNAD, input);
    expect(bypass.stderr).toMatch(/\(0 from the cache/);
  }, 60_000);

  test("bad rows are rejected with exit 1, the rest are written", async () => {
    const bad = join(dir, "bad");
    mkdirSync(bad);
    writeFileSync(join(bad, "rows.csv"), "Sport;Gut.\r\nNurLabel\r\nWeb;'offen\r\n");
    writeFileSync(join(bad, "wrong.jsonl"), '{"title": "x"}\n');
    const out = join(dir, "out-bad");
    const r = await run("--out", out, ...GNAD, bad);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const ingest = csvParse(readFileSync(join(out, "ingest.csv"), "utf8"));
    expect(ingest.map((row) => [row.file.split("/").pop(), row.status])).toEqual([
      ["rows.csv#1", "ok"], ["rows.csv#2", "rejected"], ["rows.csv#3", "rejected"], ["wrong.jsonl#1", "rejected"]
    ]);
    expect(r.stderr).toMatch(/rows\.csv#2: line 2 has 1 fields/);
  });

  test("usage errors exit 2", async () => {
    expect((await run("--out", join(dir, "x"), "--jobs", "zwei", input)).status).toBe(2);
    writeFileSync(join(dir, "mapping.yaml"), "texte: body\n");
    const r = await run("--out", join(dir, "x"), "--mapping", join(dir, "mapping.yaml"), input);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown key "texte"/);
  });

  test("report data loaders share a cache, so only the first one extracts", async () => {
    const cache = join(dir, "report-cache");
    const env = {...process.env, PRESSESPIEGEL_INPUT: "seeds", PRESSESPIEGEL_CACHE: cache};
    const file = join(dir, "articles.csv.mts");
    writeFileSync(file, `import {reportTables, writeTableCsv} from ${JSON.stringify(join(process.cwd(), "loaders", "io", "report.ts"))};\nwriteTableCsv("articles", reportTables().articles);\n`);
    const loader = () => spawnAsync(tsx, [file], env);
    const first = await loader();
    expect(first.status, first.stderr).toBe(0);
    expect(csvParse(first.stdout)).toHaveLength(5);
    const cached = readdirSync(cache).filter((f) => /^tables-.*\.json$/.test(f));
    expect(cached).toHaveLength(1);
    const written = statSync(join(cache, cached[0])).mtimeMs;
    const second = await loader();
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(join(cache, cached[0])).mtimeMs).toBe(written); // read, not extracted and written again
  }, 60_000);

  test("a data loader can extract with the worker pool (TypeScript workers under tsx)", async () => {
    const loader = join(dir, "rows.csv.mts");
    writeFileSync(loader, `import {reportTablesParallel, writeTableCsv} from ${JSON.stringify(join(process.cwd(), "loaders", "io", "report.ts"))};\nconst tables = await reportTablesParallel();\nwriteTableCsv("ingest", tables.ingest);\n`);
    writeFileSync(join(dir, "gnad-mapping.yaml"), "columns: [label, text]\ndelimiter: ';'\nquote: \"'\"\n");
    const env = {...process.env, PRESSESPIEGEL_INPUT: input, PRESSESPIEGEL_CACHE: join(dir, "report-cache-parallel"), PRESSESPIEGEL_MAPPING: join(dir, "gnad-mapping.yaml")};
    const r = await spawnAsync(tsx, [loader], env);
    expect(r.status, r.stderr).toBe(0);
    const rows = csvParse(r.stdout);
    // 41 inputs and the row naming the column mapping the run used
    expect(rows.map((row) => row.status)).toEqual(Array(42).fill("ok"));
    expect(rows.filter((row) => row.reason?.startsWith("column mapping (--mapping)"))).toHaveLength(1);
  }, 60_000);
});
