import {describe, expect, it} from "vitest";
import {lowerBound} from "../../../loaders/text/lower-bound.js";

describe("lowerBound", () => {
  const sorted = [1, 3, 3, 5, 9];
  /** [sought value, first index whose item is not below it] */
  const cases: [number, number][] = [
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 3],
    [9, 4],
    [10, 5]
  ];
  it.each(cases)("first item not below %d is at %d", (value, expected) => {
    expect(lowerBound(sorted.length, (i) => sorted[i] < value)).toBe(expected);
  });

  it("is 0 on an empty range", () => {
    expect(lowerBound(0, () => true)).toBe(0);
  });
});
