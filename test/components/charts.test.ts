import {describe, expect, test} from "vitest";
import {highlightMap} from "../../src/components/highlightMap.js";
import {mostQuoted, type SpeakerCountRow} from "../../src/components/mostQuoted.js";
import {partsBar} from "../../src/components/partsBar.js";
import {nameMargin, peopleBySource} from "../../src/components/peopleBySource.js";
import {countTicks, valueBars} from "../../src/components/valueBars.js";
import {serialise, testDocument} from "./render.js";

describe("small charts", () => {
  test("peopleBySource: a dot per person and outlet", async () => {
    const svg = peopleBySource([
      {name: "Wladimir Putin", source: "Alpha", mentions: 5, roles: "Präsident", spellings: "Putin | Wladimir Putin", affiliation: "Russland"},
      {name: "Wladimir Putin", source: "Beta", mentions: 2, roles: "", spellings: "Putin", affiliation: "Russland"},
      {name: "Marco Rubio", source: "Beta", mentions: 1, roles: "Außenminister", spellings: "Rubio", affiliation: "USA"}
    ], {width: 500, document: testDocument()}) as HTMLElement;
    expect(svg.querySelectorAll("g[aria-label='dot'] circle").length).toBe(3);
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/peopleBySource.svg");
  });

  test("peopleBySource: with a few people, the largest dots do not overlap the next row", () => {
    const rows = ["Anna Berg", "Jonas Wendt", "Lea Brandt", "Paul Renner"].flatMap((name, i) => ["Alpha", "Beta"].map((source) =>
      ({name, source, mentions: 2 + 3 * i, roles: "", spellings: name, affiliation: ""})));
    const svg = peopleBySource(rows, {width: 600, document: testDocument()}) as HTMLElement;
    const circles = [...svg.querySelectorAll("g[aria-label='dot'] circle")];
    const ys = [...new Set(circles.map((c) => Number(c.getAttribute("cy"))))].sort((a, b) => a - b);
    const maxR = Math.max(...circles.map((c) => Number(c.getAttribute("r"))));
    expect(ys).toHaveLength(4);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(2 * maxR);
  });

  test("peopleBySource: a long name is shown whole when the width allows, cut with an ellipsis when it does not", () => {
    const long = "Mohammed bin Abdulrahman Al Thani";
    const rows = [long, "Anna Berg"].map((name) => ({name, source: "Alpha", mentions: 2, roles: "", spellings: name, affiliation: ""}));
    const ticks = (width: number) => [...(peopleBySource(rows, {width, document: testDocument()}) as HTMLElement).querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks(900)).toContain(long);
    expect(ticks(320).some((t) => t!.endsWith("…") && long.startsWith(t!.slice(0, -1)))).toBe(true);
  });

  test.each<[string[], number, number, number]>([
    // [names, width, margin, characters shown]
    [["Anna Berg"], 900, 100, 10],
    [["Mohammed bin Abdulrahman Al Thani"], 900, 249, 33],
    [["Mohammed bin Abdulrahman Al Thani"], 320, 144, 16]
  ])("nameMargin(%j, %i) = %i px, %i characters", (names, width, margin, chars) => {
    expect(nameMargin(names, width)).toEqual({margin, chars});
  });

  test("valueBars: one bar per label", async () => {
    const svg = valueBars([{label: "Waffenruhe", value: 0.3}, {label: "Nato", value: 0.1}], {width: 400, title: "Topics", xLabel: "share", percent: true, document: testDocument()}) as HTMLElement;
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(2);
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/valueBars.svg");
  });

  test.each([
    // [largest count, ticks wanted, whole-number ticks]
    [1, 5, [0, 1]],
    [3, 5, [0, 1, 2, 3]],
    [4, 10, [0, 1, 2, 3, 4]],
    [7, 3, [0, 2, 4, 6]],
    [0, 5, [0, 1]],
    [120, 5, [0, 20, 40, 60, 80, 100, 120]]
  ])("countTicks(%d, %d) is %j", (max, count, expected) => {
    expect(countTicks(max, count)).toEqual(expected);
  });

  const tickLabels = (chart: Element) => [...chart.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent);

  test.each([0, 60, 133, 300])("valueBars: a card %i px wide gets no bar of negative width", (width) => {
    const svg = valueBars([{label: "Ein sehr langer Schlüsselbegriff", value: 3}, {label: "Nato", value: 1}], {width, title: "Terms", xLabel: "score", document: testDocument()}) as HTMLElement;
    const widths = [...svg.querySelectorAll("rect")].map((r) => Number(r.getAttribute("width") ?? 0));
    expect(widths).toHaveLength(2);
    expect(widths.filter((w) => !(w > 0))).toEqual([]);
  });

  test.each([[1], [2], [3]])("valueBars: a count axis up to %d has whole-number ticks only", (max) => {
    const svg = valueBars([{label: "Jana Roth", value: max}, {label: "Karl Berg", value: 1}], {width: 700, title: "Quotes", xLabel: "quotes", count: true, document: testDocument()}) as HTMLElement;
    const labels = tickLabels(svg);
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label, `tick labels ${labels.join(" ")}`).toMatch(/^\d+$/);
  });

  test("valueBars: a share axis shows percent with a % sign", () => {
    const svg = valueBars([{label: "Waffenruhe", value: 0.08}, {label: "Nato", value: 0.03}], {width: 500, title: "Topics", xLabel: "share of sentences", percent: true, document: testDocument()}) as HTMLElement;
    const labels = tickLabels(svg);
    expect(labels).toContain("0 %");
    for (const label of labels) expect(label).toMatch(/^\d+ %$/);
  });

  const axisLabel = (chart: Element) => chart.querySelector("g[aria-label='x-axis label'] text")?.textContent;

  test.each([
    // [options, axis label, tick labels]
    [{xLabel: "share of sentences", percent: true, width: 500}, "share of sentences →", ["0 %", "2 %", "4 %", "6 %", "8 %"]],
    // no width: 640 px, so (640 − 190) / 80 ≈ 6 ticks wanted
    [{xLabel: "quotes", count: true}, "quotes →", ["0", "2", "4", "6", "8"]],
    [{xLabel: "share", percent: true}, "share →", ["0 %", "2 %", "4 %", "6 %", "8 %"]]
  ] as const)("valueBars %j: axis label %j (no second \"%\"), ticks %j, also without a width", (options, label, ticks) => {
    const data = "count" in options ? [{label: "Jana Roth", value: 8}, {label: "Karl Berg", value: 3}] : [{label: "Waffenruhe", value: 0.08}, {label: "Nato", value: 0.03}];
    const svg = valueBars(data, {title: "T", ...options, document: testDocument()}) as HTMLElement;
    expect(axisLabel(svg)).toBe(label);
    expect(tickLabels(svg)).toEqual(ticks);
  });

  test("mostQuoted: people and organisations ranked apart, unranked speakers left out", async () => {
    const rows: SpeakerCountRow[] = [
      {kind: "person", speaker: "Jana Roth", quotes: 4}, {kind: "person", speaker: "Karl Berg", quotes: 2},
      {kind: "organisation", speaker: "Feuerwehr", quotes: 3}, {kind: "organisation", speaker: "Umweltministerium", quotes: 1},
      {kind: "unranked", speaker: "", quotes: 9}
    ];
    const div = mostQuoted(rows, {width: 1000, document: testDocument()});
    const charts = [...div.querySelectorAll("figure, svg")].filter((el) => !el.parentElement?.closest("figure, svg"));
    expect(charts).toHaveLength(2);
    const labels = (chart: Element) => [...chart.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(labels(charts[0])).toEqual(["Jana Roth", "Karl Berg"]);
    expect(labels(charts[1])).toEqual(["Feuerwehr", "Umweltministerium"]);
    expect(div.textContent).toContain("Most quoted organisations");
    await expect(serialise(div)).toMatchFileSnapshot("__snapshots__/mostQuoted.svg");
  });

  test("mostQuoted: a kind without rows is a sentence, not an empty chart", () => {
    const div = mostQuoted([{kind: "person", speaker: "Jana Roth", quotes: 1}, {kind: "unranked", speaker: "", quotes: 5}], {width: 600, document: testDocument()});
    expect(div.querySelectorAll("svg").length).toBeGreaterThan(0);
    expect(div.querySelector("p")?.textContent).toBe("Most quoted organisations: No quote was attributed to a named organisation.");
  });

  test("partsBar: stacked parts per article", async () => {
    const svg = partsBar([{source: "Alpha", label: "body", chars: 2000}, {source: "Alpha", label: "comments", chars: 800}, {source: "Beta", label: "body", chars: 1500}], {width: 500, document: testDocument()}) as HTMLElement;
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(3);
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/partsBar.svg");
  });

  test.each([
    // [width, source name, the axis shows it whole]
    [800, "(no outlet) 004_9ffa6b3be26fc3b5.txt", true],
    [300, "(no outlet) 004_9ffa6b3be26fc3b5.txt", false]
  ])("partsBar at width %i: the margin fits %j or cuts it", (width, source, whole) => {
    const svg = partsBar([{source, label: "body", chars: 2000}, {source: "Beta", label: "body", chars: 1500}], {width, document: testDocument()}) as HTMLElement;
    const ticks = [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(ticks.includes(source)).toBe(whole);
    if (!whole) expect(ticks.some((t) => t?.startsWith("(no outlet)") && t.endsWith("…"))).toBe(true);
  });

  test("highlightMap: a tick per highlight, a row per kind present", async () => {
    const svg = highlightMap([
      {kind: "quote", start: 10, end: 80, label: "direct quote"},
      {kind: "person", start: 90, end: 95, label: "person putin"},
      {kind: "date", start: 120, end: 130, label: "DATE 2025-02-12"}
    ], {width: 500, length: 400, document: testDocument()}) as HTMLElement;
    expect(svg.querySelectorAll("g[aria-label='bar'] rect").length).toBe(3);
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/highlightMap.svg");
  });
});
