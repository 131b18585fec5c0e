import {describe, expect, test} from "vitest";
import {topicHeatmap, type CoverageCell} from "../../src/components/topicHeatmap.js";
import {serialise, testDocument} from "./render.js";

const cells: CoverageCell[] = [
  {source: "Alpha", label: "Ceasefire", share: 0.4, topic_sentences: 4, sentences: 10},
  {source: "Alpha", label: "Sanctions", share: 0, topic_sentences: 0, sentences: 10},
  {source: "Beta", label: "Ceasefire", share: 0.125, topic_sentences: 1, sentences: 8},
  {source: "Beta", label: "Sanctions", share: 0.25, topic_sentences: 2, sentences: 8}
];

describe("topicHeatmap", () => {
  test("draws one cell per outlet and topic", async () => {
    const svg = topicHeatmap(cells, {width: 480, document: testDocument()}) as HTMLElement;
    expect(svg.querySelectorAll("[aria-label='cell'] rect").length).toBe(4);
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/topicHeatmap.svg");
  });

  test("a selected topic outlines only its cells and fades the rest", async () => {
    const svg = topicHeatmap(cells, {width: 480, topic: "Sanctions", document: testDocument()}) as HTMLElement;
    const cellGroups = svg.querySelectorAll("[aria-label='cell']");
    expect(cellGroups.length).toBe(2);
    expect(cellGroups[1].querySelectorAll("rect").length).toBe(2);
    const opacities = [...cellGroups[0].querySelectorAll("rect")].map((r) => r.getAttribute("fill-opacity"));
    expect(opacities.filter((o) => o === "0.2").length).toBe(2);
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/topicHeatmap-selected.svg");
  });

  // seven outlets with long names and long topic labels in a narrow card (as on the overview page)
  const outlets = ["Küstenblatt", "Inselfunk", "Vorpommersche Abendzeitung", "Hafen-Echo", "Haffwelle", "Boddenbote", "Greifswalder Morgenblatt"];
  const topicLabels = ["Fährverkehr und Inselversorgung", "Deichbau und Küstenschutz im Winter", "Hafen"];
  const wide = outlets.flatMap((source, i) => topicLabels.map((label, j) => ({source, label, share: ((i + j) % 4) / 10, topic_sentences: (i + j) % 4, sentences: 10})));
  test("narrow columns get upright, whole outlet names; long topics take two lines inside the left margin", async () => {
    const svg = topicHeatmap(wide, {width: 380, document: testDocument()}) as HTMLElement;
    const xLabels = [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")];
    expect(xLabels.map((t) => t.textContent)).toEqual([...outlets].sort());
    expect(xLabels.every((t) => /rotate\(-90\)/.test(t.getAttribute("transform") ?? ""))).toBe(true);
    const yLabels = [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")];
    // each topic whole, its words on one or two lines
    expect(yLabels.map((t) => [...t.querySelectorAll("tspan")].map((l) => l.textContent).join(" ") || t.textContent)).toEqual([...topicLabels].sort());
    await expect(serialise(svg)).toMatchFileSnapshot("__snapshots__/topicHeatmap-narrow.svg");
  });
});

