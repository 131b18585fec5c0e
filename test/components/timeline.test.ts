import {describe, expect, test} from "vitest";
import {focusMonth, monthPeriod, timeline, type TimelineDatum} from "../../src/components/timeline.js";
import {serialise, testDocument} from "./render.js";

const entries: TimelineDatum[] = [
  {id: "a", date: "2013", granularity: "year", start: "2013-01-01", end: "2014-01-01", label: "G20 in Moscow", outlets: ["Alpha"], topics: ["summit"], conflicts: []},
  {id: "b", date: "2022-02", granularity: "month", start: "2022-02-01", end: "2022-03-01", label: "Invasion", outlets: ["Alpha", "Beta"], topics: [], conflicts: []},
  {id: "c", date: "2025-02-12", granularity: "day", start: "2025-02-12", end: "2025-02-13", label: "Phone call", outlets: ["Beta"], topics: ["summit"], conflicts: [{fact: "duration"}]}
];

describe("timeline", () => {
  test("years and months are bands, days are dots, conflicts are ringed", async () => {
    const svg = timeline(entries, {width: 600, document: testDocument()}) as HTMLElement;
    const groups = [...svg.querySelectorAll("g[aria-label]")].map((g) => g.getAttribute("aria-label"));
    expect(groups).toContain("bar");
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(3); // 2013 for Alpha, 2022-02 for Alpha and Beta
    expect(svg.querySelectorAll("g[aria-label='dot'] circle").length).toBe(2); // the day, and its conflict ring
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/timeline.svg");
  });

  test("a period keeps only overlapping entries and clips them", async () => {
    const svg = timeline(entries, {width: 600, period: ["2025-02-01", "2025-03-01"], topic: "summit", document: testDocument()}) as HTMLElement;
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(0);
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/timeline-period.svg");
  });

  test("entries of one outlet on the same day share one larger dot", () => {
    const sameDay = {...entries[2], id: "d", label: "Meeting", conflicts: []};
    const svg = timeline([entries[2], sameDay], {width: 600, document: testDocument()}) as HTMLElement;
    const dots = svg.querySelectorAll("g[aria-label='dot']")[0].querySelectorAll("circle");
    expect(dots.length).toBe(1);
    expect(Number(dots[0].getAttribute("r"))).toBeGreaterThan(4);
  });

  test.each([
    ["2025-02-12", ["2025-02-01", "2025-03-01"]],
    ["2024-12-31", ["2024-12-01", "2025-01-01"]]
  ])("monthPeriod(%s)", (day, period) => expect(monthPeriod(day)).toEqual(period));

  test("focusMonth is the month of the latest day", () => {
    expect(focusMonth(entries)).toEqual(["2025-02-01", "2025-03-01"]);
    expect(focusMonth(entries.slice(0, 2))).toBeNull();
  });
});
