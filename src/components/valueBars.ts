import * as Plot from "npm:@observablehq/plot";
import {ticks} from "npm:d3";
import {shorten} from "./labels.js";

/** A labelled value, e.g. a topic's share or a key term's score. */
export interface LabelledValue {
  label: string;
  value: number;
}

export interface ValueBarsOptions extends Plot.PlotOptions {
  /** Width in px (default 640, Plot's own). */
  width?: number;
  title: string;
  /** Axis label of the values. */
  xLabel: string;
  /** Values are shares in [0, 1]: the axis shows them as percent, with a % sign. */
  percent?: boolean;
  /** Values are counts: the axis shows whole numbers only. */
  count?: boolean;
}

/** Left margin of the bars: room for labels of LABEL_CHARS characters. */
const MARGIN_LEFT = 190;
/** Characters of a label at the full margin; a narrower margin shortens labels in proportion. */
const LABEL_CHARS = 28;
/** Narrowest plot area: a narrower container gives the labels less room, then scrolls. */
const MIN_PLOT = 120;
/** Narrowest label margin. */
const MIN_MARGIN_LEFT = 40;

/**
 * Whole-number ticks from 0 to `max`, about `count` of them: a count axis has no
 * 0.5 (d3's ticks for 0–3 step by 0.5; the fractions are dropped).
 */
export function countTicks(max: number, count: number): number[] {
  return ticks(0, Math.max(1, max), Math.max(2, count)).filter(Number.isInteger);
}

/** Width when none is given: Plot's default. */
const DEFAULT_WIDTH = 640;

/**
 * Horizontal bars, largest first: a small profile chart (topics of an outlet,
 * its key terms). With `percent`, the ticks carry the % sign and the axis
 * label is `xLabel` as given (Plot adds "(%)" only to labels it makes itself).
 */
export function valueBars(data: LabelledValue[], {width: container = DEFAULT_WIDTH, title, xLabel, percent = false, count = false, ...options}: ValueBarsOptions): SVGSVGElement | HTMLElement {
  // a card narrower than the labels' margin gave bars of negative width: the labels give way first
  const marginLeft = Math.max(MIN_MARGIN_LEFT, Math.min(MARGIN_LEFT, container - MIN_PLOT));
  const width = Math.max(container, marginLeft + MIN_PLOT);
  const labelChars = Math.max(4, Math.floor((LABEL_CHARS * marginLeft) / MARGIN_LEFT));
  return Plot.plot({
    width,
    height: Math.max(100, 50 + 22 * data.length),
    marginLeft,
    title,
    x: {
      label: xLabel, grid: true, percent,
      ...(percent ? {tickFormat: (d: number) => `${d} %`} : {}),
      // Plot's default: a tick per 80 px
      ...(count ? {ticks: countTicks(Math.max(0, ...data.map((d) => d.value)), (width - marginLeft) / 80), tickFormat: "d"} : {})
    },
    y: {label: null, tickFormat: (s: string) => shorten(s, labelChars)},
    ariaLabel: title,
    ariaDescription: `Bars of ${xLabel}, one per label, largest first.`,
    marks: [
      Plot.barX(data, {x: "value", y: "label", fill: "currentColor", fillOpacity: 0.6, sort: {y: "-x"}, tip: true}),
      Plot.ruleX([0])
    ],
    ...options
  });
}
