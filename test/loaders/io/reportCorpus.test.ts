import {mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";

// the report's cache folder is read when report.ts loads: set it first
const cache = mkdtempSync(join(tmpdir(), "pressespiegel-report-cache-"));
process.env.PRESSESPIEGEL_CACHE = cache;
delete process.env.PRESSESPIEGEL_INPUT;
delete process.env.PRESSESPIEGEL_MAPPING;
const {reportCorpus} = await import("../../../loaders/io/reportCorpus.js");

describe("reportCorpus", () => {
  test("keeps the articles' texts and sentences beside the tables and reads them back unchanged", async () => {
    const first = await reportCorpus();
    expect(first.docs.size).toBe(first.tables.articles.length);
    const docsFiles = readdirSync(cache).filter((f) => /^docs-[0-9a-f]+\.json$/.test(f));
    expect(docsFiles).toHaveLength(1);
    const second = await reportCorpus();
    expect(second.docs).toEqual(first.docs);
    const [id, doc] = [...second.docs][0];
    expect(doc.sentences.length).toBeGreaterThan(0);
    expect(doc.sentences.every((s) => s.start < s.end && s.end <= doc.text.length && typeof s.part === "string")).toBe(true);
    expect(first.tables.articles.some((a) => a.article_id === id)).toBe(true);

    writeFileSync(join(cache, docsFiles[0]), "{damaged");
    const third = await reportCorpus();
    expect(third.docs).toEqual(first.docs);
  }, 60_000);
});
