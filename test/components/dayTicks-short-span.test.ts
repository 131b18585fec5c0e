import {describe, expect, test} from "vitest";
import {dayTicks} from "../../src/components/timeline.js";

const iso = (ticks: Date[]) => ticks.map((d) => d.toISOString().slice(0, 10));

describe("dayTicks gives a short span on a narrow chart both its ends, never a single tick", () => {
  test.each<[string, string, number, string[]]>([
    // one Sunday inside the span (10 May) would be the only weekly tick
    ["2026-05-04", "2026-05-15", 150, ["2026-05-04", "2026-05-15"]],
    ["2026-05-04", "2026-05-15", 300, ["2026-05-05", "2026-05-09", "2026-05-13"]],
    // a span too narrow for two labels keeps its one tick
    ["2026-05-04", "2026-05-06", 40, ["2026-05-05"]]
  ])("%s to %s at %i px", (from, to, width, expected) => {
    expect(iso(dayTicks([new Date(`${from}T00:00Z`), new Date(`${to}T00:00Z`)], width))).toEqual(expected);
  });
});
