import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {runExtract} from "../../../loaders/io/runSync.js";
import {writeTables} from "../../../loaders/io/write.js";

const ROWS = {columns: ["label", "text"], delimiter: ";", quote: "'"};

/** Every file written by writeTables, name → bytes. */
function files(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).filter((n) => /\.(csv|parquet)$/.test(n)).sort().map((n) => [n, readFileSync(join(dir, n))]));
}

/** Extracts and writes as the CLI does (cached: tables unchanged since the last write into `out` kept, parts per input file). */
async function extractTo(out: string, paths: string[], cacheDir?: string): Promise<Record<string, Buffer>> {
  const result = runExtract({paths, adapters: ROWS, cacheDir});
  await writeTables(out, result.tables, {manifestDir: result.runCacheDir, fragments: result.fragments, contentKeys: result.contentKeys});
  return files(out);
}

/** Made-up articles: people with roles, direct and reported quotes, dated events, several per CSV file. */
const article = (i: number, outlet: string) =>
  `${outlet};'Linz – Die Bürgermeisterin Mira Talberg hat am ${i + 2}. Mai 2024 ein Treffen mit dem Verkehrsverbund angekündigt. ` +
  `''Wir brauchen bis zum Herbst einen neuen Fahrplan für alle Linien'', sagte Talberg. Der Sprecher des Verbunds, Jonas Wendt, sagte, man sei zu Gesprächen bereit. ` +
  `Dies ist Meldung ${i} aus ${outlet}.'`;

/** Added one at a time, each followed by a cached re-run: [case, file, text]. */
const ADDED: [string, string, string][] = [
  ["an existing person by a new spelling", "a1.txt", "Linz – Die Bürgermeisterin Mira Thalberg sagte am 9. Mai 2024, der Fahrplan komme im Herbst."],
  ["a new person", "a2.txt", "Linz – Der Landesrat Pavel Orsini hat am 10. Mai 2024 neue Busse bestellt. Orsini sagte, die Busse kämen im Sommer."],
  ["a quote by a known speaker, carried by other outlets", "a3.txt", "Linz – „Wir brauchen bis zum Herbst einen neuen Fahrplan für alle Linien“, sagte die Bürgermeisterin Mira Talberg am 11. Mai 2024."]
];

describe("a cached re-run after adding an article writes a --no-cache run's bytes, reusing other files' parts", () => {
  let dir: string;
  let input: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pressespiegel-incremental-"));
    input = join(dir, "in");
    mkdirSync(input);
    for (const [name, outlet] of [["one.csv", "Tagblatt"], ["two.csv", "Rundschau"]]) {
      writeFileSync(join(input, name), Array.from({length: 4}, (_, i) => article(i, outlet)).join("\r\n") + "\r\n");
    }
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test("the first run", async () => {
    const first = await extractTo(join(dir, "out"), [input], join(dir, "cache"));
    expect(first["quotes.csv"].toString()).toMatch(/neuen Fahrplan/);
    expect(first["statements.csv"].toString().split("\n").length).toBeGreaterThan(2);
  });

  test.each(ADDED)("after adding %s", async (_, name, text) => {
    const parts = () => {
      const run = readdirSync(join(dir, "cache", "articles"))[0];
      const kept = (sub: string) => readdirSync(join(dir, "cache", "articles", run, sub)).map((n) => `${sub}/${n} ${statSync(join(dir, "cache", "articles", run, sub, n)).mtimeMs}`);
      return [...kept("csv"), ...kept("arrow")].filter((n) => /^(csv|arrow)\/(mentions|quotes)-/.test(n));
    };
    const before = parts();
    writeFileSync(join(input, name), text);
    const cached = await extractTo(join(dir, "out"), [input], join(dir, "cache"));
    const fresh = await extractTo(join(dir, `fresh-${name}`), [input]);
    expect(Object.keys(cached)).toHaveLength(28);
    expect(cached).toEqual(fresh);
    // the CSV files' parts of the tables the people step rewrote are used again, not made anew (same names, same times)
    expect(before.length).toBe(8);
    expect(parts()).toEqual(before);
  });
});
