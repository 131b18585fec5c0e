import * as Plot from "npm:@observablehq/plot";
import {shorten} from "./labels.js";

/** A labelled value, e.g. a topic's share or a key term's score. */
export interface LabelledValue {
  label: string;
  value: number;
}

export interface ValueBarsOptions extends Plot.PlotOptions {
  width: number;
  title: string;
  /** Axis label of the values. */
  xLabel: string;
  percent?: boolean;
}

/** Horizontal bars, largest first: a small profile chart (topics of an outlet, its key terms). */
export function valueBars(data: LabelledValue[], {width, title, xLabel, percent = false, ...options}: ValueBarsOptions): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: Math.max(100, 50 + 22 * data.length),
    marginLeft: 190,
    title,
    x: {label: xLabel, grid: true, percent},
    y: {label: null, tickFormat: (s: string) => shorten(s, 28)},
    ariaLabel: title,
    ariaDescription: `Bars of ${xLabel}, one per label, largest first.`,
    marks: [
      Plot.barX(data, {x: "value", y: "label", fill: "currentColor", fillOpacity: 0.6, sort: {y: "-x"}, tip: true}),
      Plot.ruleX([0])
    ],
    ...options
  });
}
