import * as Plot from "npm:@observablehq/plot";
import {labelMargin, rotatedLabelsMargin, shorten, wrapLabel} from "./labels.js";

/** One cell: the share of a source's body sentences that touch a topic (see loaders/report/coverage.ts). */
export interface CoverageCell {
  source: string;
  label: string;
  share: number;
  topic_sentences: number;
  sentences: number;
}

/** Characters of an outlet name shown under a column (the tip shows it whole). */
const OUTLET_CHARS = 30;
/** Characters of a topic label considered for the left margin (on two lines at most, see wrapLabel), the least margin, and Plot's right margin. */
const TOPIC_CHARS = 40;
const MIN_MARGIN_LEFT = 120;
const MARGIN_RIGHT = 20;
/** Columns narrower than this get upright outlet names: names slanted by 30° would run into each other. */
const MIN_SLANTED_COLUMN = 40;
/** Pixels per topic row when a topic label takes two lines. */
const TWO_LINE_ROW = 28;

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
  const topics = new Set(data.map((d) => d.label));
  // the topics' margin grows with the longest label, as the people chart's names do (labelMargin); a longer label takes two lines
  const left = labelMargin(topics, width, {maxChars: TOPIC_CHARS, least: MIN_MARGIN_LEFT, share: 0.5});
  const wraps = [...topics].some((t) => t.length > left.chars);
  // many outlets or narrow columns: upright labels, so they do not run into each other
  const column = (width - left.margin - MARGIN_RIGHT) / Math.max(1, sources.size);
  const rotate = sources.size > 12 || column < MIN_SLANTED_COLUMN ? -90 : -30;
  const marginBottom = rotatedLabelsMargin(sources, OUTLET_CHARS, rotate);
  return Plot.plot({
    width,
    marginLeft: left.margin,
    marginRight: MARGIN_RIGHT,
    marginBottom,
    ...(wraps ? {height: 30 + marginBottom + TWO_LINE_ROW * topics.size} : {}),
    padding: 0.04,
    title: "Topic coverage by source",
    subtitle: "Share of each outlet's body sentences that touch a topic",
    x: {label: "outlet", tickRotate: rotate, tickFormat: (s: string) => shorten(s, OUTLET_CHARS)},
    y: {label: "topic", tickFormat: (s: string) => wrapLabel(s, left.chars)},
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
