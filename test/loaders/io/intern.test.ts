import {describe, expect, it} from "vitest";
import {StringPool} from "../../../loaders/io/intern.js";

describe("StringPool", () => {
  it("keeps every value and every key of the rows", () => {
    const tables = {
      keyterms: [{source: "a", term: "Regierung", count: 2, score: 0.5, empty: "", none: null}],
      quotes: [{text: "Er sagte, es gehe.", sentence: "Er sagte, es gehe.", start: 0}]
    };
    const expected = structuredClone(tables);
    new StringPool().rows(tables);
    expect(tables).toEqual(expected);
    expect(Object.keys(tables.keyterms[0])).toEqual(Object.keys(expected.keyterms[0]));
  });

  const cases: [string, boolean, number, string][] = [
    // [what, fresh, maxShared, value]
    ["short strings from a worker", true, 64, "Bundesregierung"],
    ["short strings made on this thread", false, 64, "Bundesregierung"],
    ["long strings made on this thread", false, 4, "Bundesregierung"]
  ];
  it.each(cases)("leaves the values of rows with repeated strings unchanged (%s; sharing itself is not observable from JS)", (_what, fresh, maxShared, value) => {
    const pool = new StringPool(maxShared);
    const first = {rows: [{term: value.slice(0)}]};
    const second = {rows: [{term: [...value].join("")}, {term: [...value].join("")}]};
    pool.rows(first, fresh);
    pool.rows(second, fresh);
    for (const row of second.rows) expect(row.term).toBe(value);
    expect(first.rows[0].term).toBe(value);
  });
});
