import {describe, expect, test} from "vitest";
import {cellsFingerprint} from "../../../loaders/io/fingerprint.js";

const cols = ["a", "b"];

describe("cellsFingerprint", () => {
  // [what differs, rows one, rows two]: different cells must give different fingerprints
  const different: [string, object[], object[]][] = [
    ["string vs number", [{a: "1", b: "x"}], [{a: 1, b: "x"}]],
    ["empty string vs null", [{a: "", b: "x"}], [{a: null, b: "x"}]],
    ["-0 vs 0", [{a: -0, b: 1.5}], [{a: 0, b: 1.5}]],
    ["split of a string", [{a: "ab", b: "c"}], [{a: "a", b: "bc"}]],
    ["split across rows", [{a: "ab", b: ""}, {a: "c", b: ""}], [{a: "a", b: ""}, {a: "bc", b: ""}]],
    ["true vs false", [{a: true, b: "x"}], [{a: false, b: "x"}]],
    ["one more row", [{a: "x", b: "y"}], [{a: "x", b: "y"}, {a: "x", b: "y"}]],
    ["values swapped between columns", [{a: "x", b: "y"}], [{a: "y", b: "x"}]],
    ["lone surrogate vs replacement character", [{a: "\uD800", b: ""}], [{a: "\uFFFD", b: ""}]],
    ["long strings", [{a: "x".repeat(600_000), b: "y"}], [{a: "x".repeat(600_001), b: "y"}]]
  ];
  test.each(different)("%s", (_, one, two) => {
    expect(cellsFingerprint(one, cols)).not.toBe(cellsFingerprint(two, cols));
  });

  // [what is alike, rows one, rows two]: equal cells give the same fingerprint
  const alike: [string, object[], object[]][] = [
    ["null and undefined (both empty cells and nulls)", [{a: null, b: "x"}], [{b: "x"}]],
    ["keys not in the columns", [{a: "x", b: "y", c: 1}], [{a: "x", b: "y", c: 2}]],
    ["key order", [{a: "x", b: 2}], [{b: 2, a: "x"}]]
  ];
  test.each(alike)("%s", (_, one, two) => {
    expect(cellsFingerprint(one, cols)).toBe(cellsFingerprint(two, cols));
  });

  test("column names are part of it", () => {
    expect(cellsFingerprint([{a: "x", b: "y"}], ["a", "b"])).not.toBe(cellsFingerprint([{a: "x", b: "y"}], ["a", "bb"]));
  });

  // [cell, reason]: no fingerprint, the caller falls back to the Arrow stream or writes the table
  const none: [unknown, string][] = [
    [Number.NaN, "NaN is a null in Parquet but NaN in CSV"],
    [new Date(0), "an object"],
    [[1, 2], "an array"]
  ];
  test.each(none)("%s: none (%s)", (value) => {
    expect(cellsFingerprint([{a: "x", b: value}], cols)).toBeUndefined();
  });
});
