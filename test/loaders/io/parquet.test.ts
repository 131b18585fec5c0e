import {describe, expect, test} from "vitest";
import {fromParquet, toParquet} from "../../../loaders/io/parquet.js";
import {COLUMNS} from "../../../loaders/io/columns.js";
import type {PersonRow, QuoteRow} from "../../../loaders/types.js";

describe("Parquet", () => {
  test("rows survive a round trip with their types", () => {
    const rows: QuoteRow[] = [
      {quote_id: "q1", article_id: "a", start: 10, end: 42, text: "„Wir werden verhandeln“", type: "direct", speaker_id: "p1", speaker: "Trump", speaker_start: 50, speaker_end: 55, cue: "sagte", cue_start: 44, cue_end: 49, rule: "direct.colon", sentence: "…"},
      {quote_id: "q2", article_id: "b", start: 0, end: 5, text: "Ümlaut ß 😀", type: "reported", speaker_id: "", speaker: "", speaker_start: null, speaker_end: null, cue: "", cue_start: null, cue_end: null, rule: "x", sentence: ""}
    ];
    const table = fromParquet(toParquet(rows, COLUMNS.quotes));
    expect(table.schema.fields.map((f) => f.name)).toEqual(COLUMNS.quotes);
    expect(String(table.schema.fields.find((f) => f.name === "start")!.type)).toBe("Int32");
    expect(table.toArray().map((r) => r.toJSON())).toEqual(rows);
  });

  test("booleans, floats and empty tables", () => {
    const people = [{person_id: "p", name: "Putin", aliases: "", roles: "", affiliation: "", negotiator: true, mediator: false, sources: "", mentions: 3, evidence: ""}] satisfies PersonRow[];
    const back = fromParquet(toParquet(people, COLUMNS.people)).toArray().map((r) => r.toJSON());
    expect(back).toEqual(people);
    const topics = fromParquet(toParquet([{share: 0.25, hits: 2}], ["share", "hits"])).toArray().map((r) => r.toJSON());
    expect(topics).toEqual([{share: 0.25, hits: 2}]);
    const empty = fromParquet(toParquet([], COLUMNS.dates));
    expect(empty.numRows).toBe(0);
    expect(String(empty.schema.fields.find((f) => f.name === "start")!.type)).toBe("Int32");
    expect(String(empty.schema.fields.find((f) => f.name === "surface")!.type)).toBe("Utf8");
  });
});
