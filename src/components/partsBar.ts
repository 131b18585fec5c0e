import * as Plot from "npm:@observablehq/plot";

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

/**
 * Characters per part label for each article: what was kept (title, body) and
 * what was set aside (FAQ, comments, boilerplate).
 */
export function partsBar(data: PartDatum[], {width, ...options}: {width: number} & Plot.PlotOptions): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    marginLeft: 160,
    x: {label: "characters", grid: true},
    y: {label: null},
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
