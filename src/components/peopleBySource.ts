import * as Plot from "npm:@observablehq/plot";
import type {PersonSourceRow} from "../../loaders/report/people.js";
import {labelMargin, rotatedLabelsMargin, shorten} from "./labels.js";

/** Mentions of one person by one source (rows made by loaders/report/people.ts). */
export type PersonSource = Pick<PersonSourceRow, "name" | "source" | "mentions" | "roles" | "spellings" | "affiliation">;

/** Pixels per person row: the largest dot (radius ROW / 2 - 1) fits its row without touching the next. */
const ROW = 26;
const MARGIN_TOP = 20;
/** Characters of an outlet name shown under a column (the tip shows it whole), and their rotation. */
const OUTLET_CHARS = 22;
const ROTATE = -30;
/** Characters of a person's name shown at its row (the tip shows it whole), the least left margin, and the room for the axis label left of the names. */
const PERSON_CHARS = 36;
const MIN_MARGIN_LEFT = 100;
const AXIS_LABEL = 34;

/**
 * The left margin that holds the longest name (cut to PERSON_CHARS: "Mohammed bin Abdulrahman Al Thani" whole), but
 * never more than 45 % of the width, and how many characters of a name fit in it.
 */
export function nameMargin(names: Iterable<string>, width: number): {margin: number; chars: number} {
  return labelMargin(names, width, {maxChars: PERSON_CHARS, least: MIN_MARGIN_LEFT, axisLabel: AXIS_LABEL});
}

/**
 * Who is named by which outlet: people × outlets, dot size = mentions, colour = affiliation.
 * The height grows by ROW per person on top of the margins (the outlet names below are rotated),
 * so a few people do not share a strip a few pixels high. The left margin grows with the longest name (nameMargin).
 */
export function peopleBySource(data: PersonSource[], {width, ...options}: {width: number} & Plot.PlotOptions): SVGSVGElement | HTMLElement {
  const names = new Set(data.map((d) => d.name));
  const people = names.size;
  const left = nameMargin(names, width);
  const marginBottom = rotatedLabelsMargin(new Set(data.map((d) => d.source)), OUTLET_CHARS, ROTATE);
  return Plot.plot({
    width,
    height: MARGIN_TOP + marginBottom + ROW * Math.max(2, people),
    marginLeft: left.margin,
    marginTop: MARGIN_TOP,
    marginBottom,
    title: "Who is named by which outlet",
    marginRight: 30,
    x: {label: "outlet", tickRotate: ROTATE, tickFormat: (s: string) => shorten(s, OUTLET_CHARS)},
    y: {label: "person", tickFormat: (s: string) => shorten(s, left.chars)},
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
