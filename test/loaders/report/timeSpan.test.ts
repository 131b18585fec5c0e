import {describe, expect, test} from "vitest";
import {timeSpan} from "../../../loaders/report/timeSpan.js";

describe("timeSpan", () => {
  test.each([
    ["2025-02-12", {start: "2025-02-12", end: "2025-02-13", granularity: "day"}],
    ["2025-02-12T15:30", {start: "2025-02-12", end: "2025-02-13", granularity: "day"}],
    ["2022-02", {start: "2022-02-01", end: "2022-03-01", granularity: "month"}],
    ["2024-12", {start: "2024-12-01", end: "2025-01-01", granularity: "month"}],
    ["2013", {start: "2013-01-01", end: "2014-01-01", granularity: "year"}],
    ["2025-W07", {start: "2025-02-10", end: "2025-02-17", granularity: "week"}],
    ["2020-W01", {start: "2019-12-30", end: "2020-01-06", granularity: "week"}],
    ["P1W", undefined],
    ["PRESENT_REF", undefined],
    ["", undefined],
    ["2025-02-30", undefined],
    ["2025-13", undefined]
  ])("%s", (value, expected) => expect(timeSpan(value)).toEqual(expected));
});
