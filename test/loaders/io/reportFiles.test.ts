import {describe, expect, test} from "vitest";
import {MUST_HAVE_ROWS, reportFiles} from "../../../loaders/io/reportFiles.js";
import {DOCS, fixtureTables} from "../report/fixture.js";

describe("reportFiles", () => {
  test("every table as CSV, the page files and one file per reader shard", () => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}];
    const files = reportFiles({tables: t, docs: DOCS}, "fixture");
    expect(files["quotes.csv"]).toContain("Wir reden über Frieden.");
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["coverage.csv", "timeline.json", "sources.csv", "reader-index.csv", "rules.csv"]));
    expect(Object.keys(files).filter((f) => /^reader-\d+\.json$/.test(f)).length).toBe(16);
  });

  test.each(MUST_HAVE_ROWS.map((name) => [name]))("an empty %s table is an error naming it", (name) => {
    const t = fixtureTables();
    t.ingest = [{file: "a1.txt", status: "ok", reason: "", article_id: "a1"}];
    t[name] = [] as never;
    expect(() => reportFiles({tables: t, docs: DOCS}, "fixture")).toThrow(`${name}: no rows extracted from fixture`);
  });
});
