import * as Plot from "npm:@observablehq/plot";
import type {PersonSourceRow} from "../../loaders/report/people.js";
import {rotatedLabelsMargin, shorten} from "./labels.js";

/** Mentions of one person by one source (rows made by loaders/report/people.ts). */
export type PersonSource = Pick<PersonSourceRow, "name" | "source" | "mentions" | "roles" | "spellings" | "affiliation">;

/** Pixels per person row: the largest dot (radius ROW / 2 - 1) fits its row without touching the next. */
const ROW = 26;
const MARGIN_TOP = 20;
/** Characters of an outlet name shown under a column (the tip shows it whole), and their rotation. */
const OUTLET_CHARS = 22;
const ROTATE = -30;

/**
 * Who is named by which outlet: people × outlets, dot size = mentions, colour = affiliation.
 * The height grows by ROW per person on top of the margins (the outlet names below are rotated),
 * so a few people do not share a strip a few pixels high.
 */
export function peopleBySource(data: PersonSource[], {width, ...options}: {width: number} & Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const people = new Set(data.map((d) => d.name)).size;
  const marginBottom = rotatedLabelsMargin(new Set(data.map((d) => d.source)), OUTLET_CHARS, ROTATE);
  return Plot.plot({
    width,
    height: MARGIN_TOP + marginBottom + ROW * Math.max(2, people),
    marginLeft: 170,
    marginTop: MARGIN_TOP,
    marginBottom,
    title: "Who is named by which outlet",
    marginRight: 30,
    x: {label: "outlet", tickRotate: ROTATE, tickFormat: (s: string) => shorten(s, OUTLET_CHARS)},
    y: {label: "person"},
    r: {label: "mentions", range: [3, ROW / 2 - 1]},
    color: {legend: true, label: "affiliation", unknown: "#999"},
    ariaLabel: "People named by each outlet",
    ariaDescription: "Rows are people, columns are outlets; the dot grows with the number of mentions and is coloured by the person's affiliation.",
    marks: [
      Plot.dot(data, {x: "source", y: "name", r: "mentions", fill: (d: PersonSource) => d.affiliation || "not given", stroke: "currentColor", strokeOpacity: 0.4, tip: true,
        sort: {y: "-r", reduce: "sum"},
        title: (d: PersonSource) => `${d.name} in ${d.source}: ${d.mentions} mention(s)${d.roles ? `\nroles: ${d.roles}` : ""}\nspelled: ${d.spellings}`})
    ],
    ...options
  });
}
