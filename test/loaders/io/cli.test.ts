import {mkdtempSync, readFileSync, writeFileSync, mkdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {spawnAsync} from "../../helpers/spawn.js";
import {beforeAll, describe, expect, test} from "vitest";

const tsx = join("node_modules", ".bin", "tsx");
const run = (...args: string[]) => spawnAsync(tsx, ["loaders/io/cli.ts", ...args], {...process.env, CI: "true"});

describe("extract CLI", () => {
  let dir: string;
  let out: string;
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pressespiegel-"));
    out = join(dir, "out");
    const input = join(dir, "in");
    mkdirSync(join(input, "nested"), {recursive: true});
    writeFileSync(join(input, "good.txt"), "Titel der Meldung\n\nBerlin – Am 12. Februar telefonierten Trump und Putin. Das Gespräch dauerte lange.");
    writeFileSync(join(input, "nested", "copy.txt"), readFileSync(join(input, "good.txt")));
    writeFileSync(join(input, "front.md"), "---\noutlet: Beispielblatt\npublished: 2025-02-13\n---\nDer Kreml bestätigte das Gespräch am Donnerstag.");
    writeFileSync(join(input, "page.html"), "<html lang=de><head><title>Gipfel</title><meta property='og:site_name' content='Netzblatt'></head><body><nav>Menü</nav><article><h1>Gipfel in Sicht</h1><p>Die beiden Präsidenten wollen sich bald treffen, sagte ein Sprecher am Mittwoch in Moskau.</p><p>Ein Termin steht noch nicht fest, hieß es weiter aus Regierungskreisen.</p></article></body></html>");
    writeFileSync(join(input, "latin1.txt"), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x61, 0x75, 0x73, 0x20, 0x4b, 0xf6, 0x6c, 0x6e, 0x2e]));
    writeFileSync(join(input, "empty.txt"), "   \n\n");
    writeFileSync(join(input, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(input, "undecodable.txt"), Buffer.from([0x41, 0x81, 0x8d, 0x41]));
    writeFileSync(join(input, "broken.md"), "---\noutlet: [offen\n---\nText.");
    writeFileSync(join(input, "huge.txt"), "a".repeat(5 * 1024 * 1024 + 1));
    writeFileSync(join(input, "notes.pdf"), "%PDF");
    result = await run("--out", out, input, join(dir, "missing.txt"));
  });

  test("exits 1 when some inputs are rejected, without stack traces", async () => {
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("ingest.csv accounts for every input with a reason", async () => {
    const ingest = csvParse(readFileSync(join(out, "ingest.csv"), "utf8"));
    const byFile = Object.fromEntries(ingest.map((r) => [r.file.split("/").pop(), r]));
    expect(ingest).toHaveLength(12);
    expect(byFile["good.txt"].status).toBe("ok");
    expect(byFile["front.md"].status).toBe("ok");
    expect(byFile["page.html"].status).toBe("ok");
    expect(byFile["latin1.txt"].status).toBe("ok");
    expect(byFile["copy.txt"]).toMatchObject({status: "duplicate"});
    expect(byFile["copy.txt"].reason).toMatch(/same text as .*good\.txt/);
    for (const [file, reason] of [["empty.txt", /empty/], ["binary.txt", /binary/], ["undecodable.txt", /cannot be decoded/], ["broken.md", /front matter/], ["huge.txt", /larger than/], ["notes.pdf", /unsupported/], ["missing.txt", /not found/]] as const) {
      expect(byFile[file], file).toMatchObject({status: "rejected"});
      expect(byFile[file].reason, file).toMatch(reason);
      expect(result.stderr).toContain(file);
    }
  });

  test("inputs outside the project are named by their absolute path, typed relative or absolute", async () => {
    const ingest = csvParse(readFileSync(join(out, "ingest.csv"), "utf8"));
    expect(ingest.find((r) => r.file.endsWith("good.txt"))!.file).toBe(join(dir, "in", "good.txt"));
    expect(result.stderr).toContain(`rejected ${join(dir, "missing.txt")}: file not found`);
    // typed relative to the folder npm was run in (INIT_CWD), outside the project
    const again = await spawnAsync(tsx, ["loaders/io/cli.ts", "--out", "out-relative", "--no-parquet", join("in", "good.txt"), "gone.txt"], {...process.env, CI: "true", INIT_CWD: dir});
    const named = csvParse(readFileSync(join(dir, "out-relative", "ingest.csv"), "utf8")).map((r) => r.file);
    expect(named).toEqual([join(dir, "in", "good.txt"), join(dir, "gone.txt")]);
    expect(again.stderr).toContain(`rejected ${join(dir, "gone.txt")}: file not found`);
    expect(again.stderr).toContain(`→ ${join(dir, "out-relative")}`);
    expect(again.stderr).not.toContain("../");
  });

  test("articles.csv carries metadata with provenance", async () => {
    const articles = csvParse(readFileSync(join(out, "articles.csv"), "utf8"));
    expect(articles).toHaveLength(4);
    const front = articles.find((a) => a.file.endsWith("front.md"))!;
    expect(front).toMatchObject({outlet: "Beispielblatt", outlet_source: "given", published: "2025-02-13"});
    const html = articles.find((a) => a.file.endsWith("page.html"))!;
    expect(html.outlet).toBe("Netzblatt");
    expect(html.outlet_source).toMatch(/og:site_name/);
    const latin = articles.find((a) => a.file.endsWith("latin1.txt"))!;
    expect(Number(latin.chars)).toBe(15);
  });

  test("usage errors exit 2", async () => {
    expect((await run("seeds")).status).toBe(2);
    expect((await run("--out", join(dir, "x"))).status).toBe(2);
    expect((await run("--bogus")).status).toBe(2);
  });

  test("--out naming a file is an error naming it, before any extraction", async () => {
    const file = join(dir, "taken.csv");
    writeFileSync(file, "x");
    const r = await run("--out", file, "seeds");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--out ${file}: is a file, not a folder`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("the seeds extract cleanly with exit 0", async () => {
    const r = await run("--out", join(dir, "seeds"), "seeds");
    expect(r.status).toBe(0);
    expect(csvParse(readFileSync(join(dir, "seeds", "articles.csv"), "utf8"))).toHaveLength(5);
  });
});
