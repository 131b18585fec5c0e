import {describe, expect, test} from "vitest";
import {dateDomain, dateLabel, dayTicks, edgeInsets, focusPeriod, labelsFit, leavesOut, monthPeriod, outletMargin, periodChoices, timeline, type TimelineDatum} from "../../src/components/timeline.js";
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

  test.each([600, 760, 900, 1200])("a month's view %i px wide leaves room right of its last tick for half its label", (width) => {
    const svg = timeline(entries, {width, period: ["2026-11-01", "2026-12-01"], document: testDocument()}) as HTMLElement;
    const ticks = [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")];
    const last = ticks[ticks.length - 1];
    const x = Number(/translate\(([\d.]+)/.exec(last.getAttribute("transform") ?? "")?.[1]);
    // about 6.5 px a character in Plot's 10 px sans-serif; the label is centred on its tick
    expect(width - x).toBeGreaterThanOrEqual((last.textContent ?? "").length * 6.5 / 2);
  });

  test("entries of one outlet on the same day share one larger dot", () => {
    const sameDay = {...entries[2], id: "d", label: "Meeting", conflicts: []};
    const svg = timeline([entries[2], sameDay], {width: 600, document: testDocument()}) as HTMLElement;
    const dots = svg.querySelectorAll("g[aria-label='dot']")[0].querySelectorAll("circle");
    expect(dots.length).toBe(1);
    expect(Number(dots[0].getAttribute("r"))).toBeGreaterThan(4);
  });

  const tickLabels = (svg: HTMLElement) => [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent);
  const sameDayOther = {...entries[2], id: "e", label: "Statement", outlets: ["Alpha"], conflicts: []};
  test.each<[string, TimelineDatum[], number, string[]]>([
    ["one dated event", [entries[2]], 600, ["9 Feb 2025", "10 Feb", "11 Feb", "12 Feb", "13 Feb", "14 Feb", "15 Feb", "16 Feb"]],
    ["one dated event, wide", [entries[2]], 1400, ["9 Feb 2025", "10 Feb", "11 Feb", "12 Feb", "13 Feb", "14 Feb", "15 Feb", "16 Feb"]],
    ["events of two outlets on one day", [entries[2], sameDayOther], 600, ["9 Feb 2025", "10 Feb", "11 Feb", "12 Feb", "13 Feb", "14 Feb", "15 Feb", "16 Feb"]],
    ["one event in a week's period", [entries[2]], 1400, ["10 Feb 2025", "11 Feb", "12 Feb", "13 Feb", "14 Feb", "15 Feb", "16 Feb", "17 Feb"]]
  ])("%s: the ticks are whole days, labelled with the date only", async (name, data, width, labels) => {
    const period: [string, string] | undefined = name.includes("period") ? ["2025-02-10", "2025-02-17"] : undefined;
    const svg = timeline(data, {width, period, document: testDocument()}) as HTMLElement;
    expect(tickLabels(svg)).toEqual(labels);
    if (name === "one dated event") await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/timeline-one-day.svg");
  });

  test.each<[string, string, string]>([
    ["2025-02-12", "2025-02-13", "2025-02-09/2025-02-16"],
    ["2025-02-12", "2025-02-15", "2025-02-10/2025-02-17"],
    ["2025-02-01", "2025-03-01", "2025-02-01/2025-03-01"]
  ])("dateDomain of entries from %s to %s is at least a week: %s", (x1, x2, expected) => {
    const [start, end] = dateDomain([{x1: new Date(`${x1}T00:00Z`), x2: new Date(`${x2}T00:00Z`)}]);
    expect(`${start.toISOString().slice(0, 10)}/${end.toISOString().slice(0, 10)}`).toBe(expected);
  });

  test.each<[string, number, string]>([
    ["2025-01-01", 3, "2025"],
    ["2025-03-01", 3, "Mar 2025"],
    ["2025-03-12", 0, "12 Mar 2025"],
    ["2025-03-12", 2, "12 Mar"]
  ])("dateLabel(%s, tick %i) → %s", (iso, index, label) => expect(dateLabel(new Date(`${iso}T00:00Z`), index)).toBe(label));

  test("dayTicks never falls between midnights, even for a day on a wide axis", () => {
    const ticks = dayTicks([new Date("2025-02-12T00:00Z"), new Date("2025-02-13T00:00Z")], 2000);
    expect(ticks.map((t) => t.toISOString())).toEqual(["2025-02-12T00:00:00.000Z", "2025-02-13T00:00:00.000Z"]);
  });

  test.each([300, 400, 640, 760, 800, 900, 1200])("dayTicks leaves the labels of a month room at width %i", (width) => {
    const month: [Date, Date] = [new Date("2026-03-01T00:00Z"), new Date("2026-04-01T00:00Z")];
    const ticks = dayTicks(month, width);
    expect(ticks.length).toBeGreaterThan(1);
    expect(labelsFit(ticks, month, width)).toBe(true);
  });

  test.each([220, 260, 300])("dayTicks thins weekly ticks of a four-week span before giving one a month (width %i)", (width) => {
    const weeks: [Date, Date] = [new Date("2026-01-08T00:00Z"), new Date("2026-02-06T00:00Z")];
    const ticks = dayTicks(weeks, width);
    expect(ticks.length).toBeGreaterThan(1);
    expect(labelsFit(ticks, weeks, width)).toBe(true);
  });

  test("labelsFit sees a long first label run into the next", () => {
    const month: [Date, Date] = [new Date("2026-03-01T00:00Z"), new Date("2026-04-01T00:00Z")];
    const everyOtherDay = [2, 4, 6].map((d) => new Date(Date.UTC(2026, 2, d)));
    expect(labelsFit(everyOtherDay, month, 400)).toBe(false);
    expect(labelsFit(everyOtherDay, month, 2000)).toBe(true);
  });

  test.each([
    ["2025-02-12", ["2025-02-01", "2025-03-01"]],
    ["2024-12-31", ["2024-12-01", "2025-01-01"]]
  ])("monthPeriod(%s)", (day, period) => expect(monthPeriod(day)).toEqual(period));

  test.each([0, 60, 200])("a container %i px wide gets no band of negative width", (width) => {
    const svg = timeline(entries, {width, document: testDocument()}) as HTMLElement;
    const widths = [...svg.querySelectorAll("rect")].map((r) => Number(r.getAttribute("width") ?? 0));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((w) => w < 0)).toEqual([]);
  });

  test.each<[string, string[], [string, string] | null]>([
    // background days years before stay outside; the stretch with most days wins
    ["the stretch with most days", ["2014-03-18", "2025-02-10", "2025-02-12", "2025-02-20"], ["2025-02-10", "2025-02-21"]],
    // a stretch runs on while no more than three weeks lie between its days, across a month's end
    ["across a month's end", ["2026-01-10", "2026-01-20", "2026-02-04"], ["2026-01-10", "2026-02-05"]],
    // equal stretches: the latest; a lone day gets the week around it
    ["the latest of equals", ["2026-12-10", "2027-01-14"], ["2027-01-11", "2027-01-18"]],
    ["no single day", [], null]
  ])("focusPeriod: %s", (_, days, expected) => {
    expect(focusPeriod(days.map((start) => ({granularity: "day", start})))).toEqual(expected);
  });

  test("leavesOut: a close-up that cuts off an entry", () => {
    expect(leavesOut(entries, ["2025-02-09", "2025-02-16"])).toBe(true);
    expect(leavesOut(entries.slice(2), ["2025-02-09", "2025-02-16"])).toBe(false);
  });

  test.each<[string, Pick<TimelineDatum, "granularity" | "start" | "end">[], string]>([
    ["the story's days", entries, "the story's days, 2025-02-09 to 2025-02-15"],
    // every entry within the story's days: nothing to leave out, so everything
    ["a story with days only", [["2026-01-10", "2026-01-11"], ["2026-01-20", "2026-01-21"], ["2026-02-04", "2026-02-05"]].map(([start, end]) => ({granularity: "day" as const, start, end})), "everything"],
    ["no single day: everything", entries.slice(0, 2), "everything"]
  ])("periodChoices shows first %s", (_, data, expected) => {
    expect(periodChoices(data).initial.label).toBe(expected);
  });
});

describe("outletMargin: room left of the chronology for outlet names and the axis label", () => {
  test.each<[string[], number]>([
    [["taz", "Bild"], 140], // short names: the least margin
    [["Radio Wesel Nachrichten", "taz"], 184], // 23 characters: 150 px of name, 34 px for the label
    [["Mittelstädter Abendblatt und Anzeiger am Sonntag"], 216] // cut to 28 characters as the ticks are
  ])("%j", (outlets, expected) => {
    expect(outletMargin(outlets)).toBe(expected);
  });

  const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
  test.each<[string, {x: Date; entries: number; conflicts: number}[], {left: number; right: number}]>([
    ["no dots", [], {left: 0, right: 0}],
    ["a dot in the middle", [{x: at("2031-03-15"), entries: 1, conflicts: 0}], {left: 0, right: 0}],
    // the first day's dot at half a day (3.3 px of 200 px over 30 days): inset to its radius and a gap
    ["the first day's dot", [{x: at("2031-03-01"), entries: 1, conflicts: 0}], {left: 5, right: 0}],
    ["a larger dot and a ringed one at the end", [{x: at("2031-03-01"), entries: 5, conflicts: 0}, {x: at("2031-03-30"), entries: 1, conflicts: 1}], {left: 11, right: 13}]
  ])("edgeInsets: %s", (_name, days, expected) => {
    expect(edgeInsets(days, [new Date("2031-03-01T00:00:00Z"), new Date("2031-03-31T00:00:00Z")], 200)).toEqual(expected);
  });

  test("the first day's dot stays right of the outlet names' ticks", () => {
    const first = {id: "f", date: "2031-03-01", granularity: "day", start: "2031-03-01", end: "2031-03-02", label: "Wahl", outlets: ["Inselfunk"], topics: [], conflicts: [], type: "election", people: []};
    const later = {...first, id: "g", date: "2031-04-20", start: "2031-04-20", end: "2031-04-21"};
    const svg = timeline([first, later], {width: 420, document: testDocument()}) as HTMLElement;
    const left = Number(svg.querySelector("g[aria-label='y-axis tick'] path")?.getAttribute("transform")?.match(/translate\(([\d.]+)/)?.[1]);
    const dots = [...svg.querySelectorAll("g[aria-label='dot'] circle")].map((c) => Number(c.getAttribute("cx")) - Number(c.getAttribute("r")));
    expect(Math.min(...dots)).toBeGreaterThan(left);
  });
});

