import * as Plot from "npm:@observablehq/plot";
import {labelMargin, shorten} from "./labels.js";

/** Colours of the part labels, fixed so every chart reads the same. */
export const PART_COLORS = {
  domain: ["title", "body", "faq", "comments", "boilerplate"],
  range: ["#4e79a7", "#59a14f", "#edc948", "#e15759", "#bab0ac"]
};

export interface PartDatum {
  source: string;
  label: string;
  chars: number;
}

/** The longest source name the y axis shows whole; longer ones are cut (the tip shows them whole). */
const SOURCE_CHARS = 40;

/**
 * Characters per part label for each article: what was kept (title, body) and
 * what was set aside (FAQ, comments, boilerplate). The left margin fits the longest source name
 * ("(no outlet) 004_9ffa6b3be26fc3b5.txt"), up to a third of the width.
 */
export function partsBar(data: PartDatum[], {width, ...options}: {width: number} & Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const left = labelMargin(new Set(data.map((d) => d.source)), width, {maxChars: SOURCE_CHARS, least: 80, share: 0.35, axisLabel: 8});
  return Plot.plot({
    width,
    marginLeft: left.margin,
    x: {label: "characters", grid: true},
    y: {label: null, tickFormat: (s: string) => shorten(s, left.chars)},
    color: {...PART_COLORS, legend: true},
    ariaLabel: "Characters per part of each source",
    ariaDescription: "Stacked bars: for each source, characters kept as title or body and set aside as FAQ, comments or boilerplate.",
    marks: [
      Plot.barX(data, {x: "chars", y: "source", fill: "label", tip: true, sort: {y: "-x"}, order: PART_COLORS.domain}),
      Plot.ruleX([0])
    ],
    ...options
  });
}
