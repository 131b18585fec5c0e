import * as Plot from "npm:@observablehq/plot";
import {HIGHLIGHT_COLORS} from "./highlightLegend.js";

/** A highlight's kind and position in the article. */
export interface HighlightPosition {
  kind: string;
  start: number;
  end: number;
  label: string;
}

/** Where the highlights fall along one article: a tick per highlight, a row per kind. */
export function highlightMap(data: HighlightPosition[], {width, length, ...options}: {width: number; length: number} & Plot.PlotOptions): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 60 + 22 * new Set(data.map((d) => d.kind)).size,
    marginLeft: 70,
    title: "Map of the article",
    x: {label: "character offset", domain: [0, Math.max(1, length)]},
    y: {label: null, domain: HIGHLIGHT_COLORS.domain.filter((k) => data.some((d) => d.kind === k))},
    color: {domain: HIGHLIGHT_COLORS.domain, range: HIGHLIGHT_COLORS.range.map((c) => c.replace(/[\d.]+\)$/, "1)"))},
    ariaLabel: "Positions of the highlights in the article",
    ariaDescription: "One row per kind of highlight (quote, speaker, person, date, topic); each tick is one highlight at its character offset.",
    marks: [
      Plot.barX(data, {x1: "start", x2: (d: HighlightPosition) => Math.max(d.end, d.start + length / 400), y: "kind", fill: "kind", title: (d: HighlightPosition) => `${d.label} (${d.start}–${d.end})`, tip: true}),
      Plot.ruleX([0])
    ],
    ...options
  });
}
