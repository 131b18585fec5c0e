import * as Plot from "npm:@observablehq/plot";
import {rotatedLabelsMargin, shorten} from "./labels.js";

/** One cell: the share of a source's body sentences that touch a topic (see loaders/report/coverage.ts). */
export interface CoverageCell {
  source: string;
  label: string;
  share: number;
  topic_sentences: number;
  sentences: number;
}

/** Characters of an outlet name shown under a column (the tip shows it whole). */
const OUTLET_CHARS = 22;

export interface HeatmapOptions extends Plot.PlotOptions {
  width: number;
  /** Topic label to highlight; other columns fade. */
  topic?: string | null;
  /** Source to highlight; other rows fade. */
  source?: string | null;
}

/**
 * Topic coverage by source: outlets × topics, fill = share of the outlet's
 * sentences touching the topic. A selected topic or source keeps full opacity.
 */
export function topicHeatmap(data: CoverageCell[], {width, topic = null, source = null, ...options}: HeatmapOptions): SVGSVGElement | HTMLElement {
  const lit = (d: CoverageCell) => (!topic || d.label === topic) && (!source || d.source === source);
  const sources = new Set(data.map((d) => d.source));
  // many outlets: upright labels, so they do not run into each other
  const rotate = sources.size > 12 ? -90 : -30;
  return Plot.plot({
    width,
    marginLeft: 210,
    marginBottom: rotatedLabelsMargin(sources, OUTLET_CHARS, rotate),
    padding: 0.04,
    title: "Topic coverage by source",
    subtitle: "Share of each outlet's body sentences that touch a topic",
    x: {label: "outlet", tickRotate: rotate, tickFormat: (s: string) => shorten(s, OUTLET_CHARS)},
    y: {label: "topic", tickFormat: (s: string) => shorten(s, 32)},
    color: {type: "linear", scheme: "blues", domain: [0, Math.max(0.01, ...data.map((d) => d.share))], label: "share of sentences", legend: true, tickFormat: "%"},
    ariaLabel: "Heatmap of topic coverage by outlet",
    ariaDescription: "Columns are outlets, rows are topics; darker cells mean a larger share of the outlet's sentences touch the topic.",
    marks: [
      Plot.cell(data, {x: "source", y: "label", fill: "share", fillOpacity: (d: CoverageCell) => (lit(d) ? 1 : 0.2), inset: 0.5, tip: true,
        title: (d: CoverageCell) => `${d.source} · ${d.label}\n${(d.share * 100).toFixed(1)} % of sentences (${d.topic_sentences} of ${d.sentences})`}),
      ...(topic || source ? [Plot.cell(data.filter(lit), {x: "source", y: "label", stroke: "currentColor", strokeWidth: 2, inset: 0.5})] : [])
    ],
    ...options
  });
}
