import * as Plot from "npm:@observablehq/plot";
import {CHAR_WIDTH, longestLabel, shorten} from "./labels.js";
import {type DotLabel, type LabelledDot, dotLabels, dotRadius, entryBrief} from "./dotLabels.js";
import {utcDay, utcFormat, utcTicks} from "npm:d3";

/** The fields of a timeline entry this chart draws (see loaders/report/chronology.ts). */
export interface TimelineDatum {
  id: string;
  date: string;
  granularity: string;
  start: string;
  end: string;
  label: string;
  outlets: string[];
  topics: string[];
  conflicts: unknown[];
  /** An event's type and the canonical names of its people, first first (loaders/report/chronology.ts); a date has no `people`. */
  type?: string;
  people?: string[];
}

export interface TimelineOptions extends Plot.PlotOptions {
  width: number;
  /** Visible period [start, end) as ISO days; entries outside it are left out, spans are clipped. */
  period?: [string, string];
  /** Topic id to highlight: entries whose evidence touches it stay opaque. */
  topic?: string | null;
  /** Outlet to highlight: entries it reports stay opaque. */
  source?: string | null;
  title?: string;
}

/** Colours per granularity, so a year band never looks like a day. */
export const GRANULARITY_COLORS = {domain: ["year", "month", "week", "day"], range: ["#bab0ac", "#76b7b2", "#edc948", "#e15759"]};

/** What the chart draws: one outlet's entries over one span (a day's mark is a labelled dot at its middle); ids and briefs in the order of `labels`. */
interface Mark extends Omit<LabelledDot, "x"> {
  granularity: string;
  date: string;
  x1: Date;
  x2: Date;
  labels: string[];
}

/**
 * Room for the outlet names on the left (at least MARGIN_LEFT, more for long names: see outletMargin),
 * and for the last tick's label on the right: a month's view ends on the first of the next month,
 * labelled "Dec 2026" (about 50 px at Plot's 10 px sans-serif), and half of it lies right of the tick.
 */
const MARGIN_LEFT = 140;
const MARGIN_RIGHT = 32;
/** Pixels kept between a day's mark (dot or conflict ring, with its stroke) and the plot's edge (see edgeInsets). */
const EDGE_GAP = 4;

/** Characters of an outlet name shown at its row (the tip shows it whole). */
const OUTLET_CHARS = 28;

/** The left margin that holds the longest outlet name (cut to OUTLET_CHARS) and, left of it, the axis label. */
export function outletMargin(outlets: Iterable<string>): number {
  return Math.max(MARGIN_LEFT, Math.ceil(longestLabel(outlets, OUTLET_CHARS) * CHAR_WIDTH) + 34);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Chronology with honest granularity: one row per outlet; a dated day is a dot,
 * a week, month or year is a band over its whole span. Entries with conflicting
 * facts between outlets get a ring. Highlighting fades what does not match.
 */
export function timeline(data: TimelineDatum[], {width, period, topic = null, source = null, title = "Chronology", ...options}: TimelineOptions): SVGSVGElement | HTMLElement {
  const [from, to] = period ? period.map(day) : [undefined, undefined];
  // one mark per outlet and span: entries on the same day (or year) share it, and its tip lists them all
  const marks = new Map<string, Mark>();
  for (const d of data) {
    if (period && !(d.start < period[1] && d.end > period[0])) continue;
    const lit = (!topic || d.topics.includes(topic)) && (!source || d.outlets.includes(source));
    const brief = entryBrief(d);
    for (const outlet of d.outlets) {
      const key = `${outlet}\u0000${d.start}\u0000${d.end}`;
      const m = marks.get(key) ?? {outlet, granularity: d.granularity, date: d.date, x1: from && day(d.start) < from ? from : day(d.start), x2: to && day(d.end) > to ? to : day(d.end), labels: [], ids: [], briefs: [], entries: 0, conflicts: 0, lit: false};
      m.labels.push(d.label);
      m.ids.push(d.id);
      m.briefs.push(brief);
      m.entries += 1;
      m.conflicts += d.conflicts.length;
      m.lit ||= lit;
      marks.set(key, m);
    }
  }
  const rows = [...marks.values()];
  const spans = rows.filter((d) => d.granularity !== "day");
  const days = rows.filter((d) => d.granularity === "day").map((d) => ({...d, x: new Date((+d.x1 + +d.x2) / 2)}));
  const domain = period ? ([from, to] as [Date, Date]) : dateDomain(rows);
  const tip = (d: Mark) => `${d.date} (${d.granularity}) in ${d.outlet}\n${d.labels.slice(0, 5).join("\n")}${d.labels.length > 5 ? `\n… ${d.labels.length - 5} more` : ""}${d.conflicts ? `\n${d.conflicts} conflicting fact(s)` : ""}`;
  const opacity = (d: Mark) => (d.lit ? 0.9 : 0.15);
  const marginLeft = outletMargin(new Set(rows.map((d) => d.outlet)));
  // a narrow container (a card laid out before it has its width) still gets a plot area, never a negative one
  width = Math.max(width, marginLeft + MARGIN_RIGHT + MIN_PLOT_WIDTH);
  // the dates' pixels: the plot area less its insets, which keep a first day's dot off the outlet names (edgeInsets)
  const insets = edgeInsets(days, domain, width - marginLeft - MARGIN_RIGHT);
  const plotWidth = width - marginLeft - MARGIN_RIGHT - insets.left - insets.right;
  const texts = dotLabels(days, domain, plotWidth);
  return Plot.plot({
    width,
    marginLeft,
    marginRight: MARGIN_RIGHT,
    marginBottom: 44,
    height: Math.max(120, 40 + 28 * new Set(rows.map((d) => d.outlet)).size),
    title,
    x: {type: "utc", label: "date", labelAnchor: "center", labelOffset: 34, domain, insetLeft: insets.left, insetRight: insets.right, ticks: dayTicks(domain, plotWidth), tickFormat: dateLabel, grid: true},
    y: {label: "outlet", padding: 0.2, tickFormat: (s: string) => shorten(s, OUTLET_CHARS)},
    r: {type: "identity"},
    color: {...GRANULARITY_COLORS, legend: true, label: "granularity"},
    ariaLabel: `${title}: dated entries by outlet`,
    ariaDescription: "Each row is an outlet. Dots are single days (larger when several entries share the day); bands cover a week, month or year as the text gives it. Rings mark entries with conflicting facts.",
    marks: [
      Plot.barX(spans, {x1: "x1", x2: "x2", y: "outlet", fill: "granularity", fillOpacity: (d: Mark) => (d.lit ? 0.45 : 0.08), stroke: "granularity", strokeOpacity: opacity, title: tip, tip: true}),
      Plot.dot(days, {x: "x", y: "outlet", fill: "granularity", fillOpacity: opacity, r: (d: Mark) => dotRadius(d.entries), title: tip, tip: true}),
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(texts.filter((d) => d.anchor === anchor), {x: "x", y: "outlet", text: "text", textAnchor: anchor, fontSize: 10, fillOpacity: (d: DotLabel) => (d.lit ? 1 : 0.3), pointerEvents: "none"})),
      Plot.dot(rows.filter((d) => d.conflicts), {x: (d: Mark) => new Date((+d.x1 + +d.x2) / 2), y: "outlet", r: 11, stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "2,2", strokeOpacity: opacity})
    ],
    ...options
  });
}

/**
 * How far the x range is inset from the plot's edges (0 when no mark comes near one): as much as makes the day
 * marks nearest the edges (a dot of dotRadius, a conflict ring of radius 11) stay EDGE_GAP px inside, so the
 * first day's dot does not sit on the outlet names' ticks and labels. `plotWidth` is the width between the margins.
 */
export function edgeInsets(days: readonly {x: Date; entries: number; conflicts: number}[], [start, end]: [Date, Date], plotWidth: number): {left: number; right: number} {
  const span = +end - +start || 1;
  let left = 0;
  let right = 0;
  for (const d of days) {
    const r = (d.conflicts ? 11.75 : dotRadius(d.entries)) + EDGE_GAP;
    const x = ((+d.x - +start) / span) * plotWidth;
    left = Math.max(left, r - x);
    right = Math.max(right, r - (plotWidth - x));
  }
  // at most a quarter of the plot each, so a narrow chart keeps its dates
  const most = plotWidth / 4;
  return {left: Math.ceil(Math.min(most, left)), right: Math.ceil(Math.min(most, right))};
}

/** The narrowest plot area (pixels between the margins): a narrower container scrolls instead of drawing bands of negative width. */
const MIN_PLOT_WIDTH = 120;

/** The shortest span the chart shows: a single day (one event, or events on one day) gets the week around it. */
const MIN_DAYS = 7;

/**
 * The x domain without a period: from the first entry's start to the last one's end, widened
 * evenly to at least MIN_DAYS whole days (a lone day would be a domain of one point or one
 * day, which the axis marks in hours). The empty chart gets the week from today.
 */
export function dateDomain(rows: readonly {x1: Date; x2: Date}[]): [Date, Date] {
  const start = rows.length ? new Date(Math.min(...rows.map((d) => +d.x1))) : utcDay.floor(new Date());
  const end = rows.length ? new Date(Math.max(...rows.map((d) => +d.x2))) : start;
  const days = Math.round((+end - +start) / 864e5);
  if (days >= MIN_DAYS) return [start, end];
  const before = Math.floor((MIN_DAYS - days) / 2);
  return [utcDay.offset(start, -before), utcDay.offset(end, MIN_DAYS - days - before)];
}

/** Pixels between two neighbouring tick labels. */
const LABEL_GAP = 8;

/** True when the tick labels, centred on their ticks over `width` pixels, do not overlap. */
export function labelsFit(ticks: Date[], [start, end]: [Date, Date], width: number): boolean {
  const x = (t: Date) => ((+t - +start) / (+end - +start || 1)) * width;
  for (let i = 1; i < ticks.length; i++) {
    const room = ((dateLabel(ticks[i - 1], i - 1).length + dateLabel(ticks[i], i).length) / 2) * CHAR_WIDTH + LABEL_GAP;
    if (x(ticks[i]) - x(ticks[i - 1]) < room) return false;
  }
  return true;
}

/**
 * Ticks at midnight (UTC) only, about one per 80 pixels of the plot's `width` (as Plot's default): a date has no
 * time of day on this axis. d3 may return more ticks than asked for (every second day of a month), so the count
 * is lowered until the labels do not overlap. d3 has no fortnight between a week and a month, so weekly ticks
 * that do not fit are thinned to every second or third week before the axis falls back to one tick a month.
 */
export function dayTicks(domain: [Date, Date], width: number): Date[] {
  let ticks: Date[] = [];
  for (let count = Math.max(2, Math.round(width / 80)); count >= 1; count--) {
    ticks = utcTicks(domain[0], domain[1], count).filter((t) => +utcDay.floor(t) === +t);
    for (let step = 1; step <= 3; step++) {
      const thinned = ticks.filter((_, i) => i % step === 0);
      if ((step === 1 || thinned.length >= 2) && labelsFit(thinned, domain, width)) return atLeastTwo(thinned, domain, width);
    }
  }
  return atLeastTwo(ticks, domain, width);
}

/**
 * `ticks` when they are two or more; else the span's first and last whole days when their labels fit (a short span on a
 * narrow chart, 9 to 20 March, gets "9 Mar" and "20 Mar", not one Sunday's tick that tells neither end), else the one tick.
 */
function atLeastTwo(ticks: Date[], domain: [Date, Date], width: number): Date[] {
  if (ticks.length >= 2) return ticks;
  const ends = [utcDay.ceil(domain[0]), utcDay.floor(domain[1])];
  if (+ends[1] > +ends[0] && labelsFit(ends, domain, width)) return ends;
  return ticks.length ? ticks : [utcDay.ceil(domain[0])];
}

const formatYear = utcFormat("%Y");
const formatMonth = utcFormat("%b %Y");
const formatDay = utcFormat("%-d %b");
const formatDayYear = utcFormat("%-d %b %Y");

/** A tick's date, never a time: the year on 1 January, month and year on the 1st, else day and month (the first tick with its year). */
export function dateLabel(date: Date, index = 0): string {
  if (date.getUTCMonth() === 0 && date.getUTCDate() === 1) return formatYear(date);
  if (date.getUTCDate() === 1) return formatMonth(date);
  return index === 0 ? formatDayYear(date) : formatDay(date);
}

/** The calendar month [first day, first day of next month) containing an ISO day. */
export function monthPeriod(iso: string): [string, string] {
  const [y, m] = iso.split("-").map(Number);
  return [`${iso.slice(0, 7)}-01`, new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10)];
}

/** Days between two dated days beyond which they belong to different stretches of the story: three weeks. */
const STRETCH_GAP_DAYS = 21;

/**
 * Where the story's days are: the single-day entries split where more than STRETCH_GAP_DAYS lie between two
 * of them, and of these stretches the one with the most entries (the latest of equals), as [first day, day
 * after the last), at least MIN_DAYS long. Background dates years before (a war's start, an earlier summit) or
 * a lone later date stay outside. Null without single-day entries.
 */
export function focusPeriod(data: readonly Pick<TimelineDatum, "granularity" | "start">[]): [string, string] | null {
  const days = data.filter((d) => d.granularity === "day").map((d) => +day(d.start)).sort((a, b) => a - b);
  if (!days.length) return null;
  let best: [number, number, number] = [days[0], days[0], 0];
  for (let i = 0, first = 0; i < days.length; i++) {
    if (i > 0 && days[i] - days[i - 1] > STRETCH_GAP_DAYS * 864e5) first = i;
    if (i - first + 1 >= best[2]) best = [days[first], days[i], i - first + 1];
  }
  const [start, end] = dateDomain([{x1: new Date(best[0]), x2: utcDay.offset(new Date(best[1]), 1)}]);
  return [isoDay(start), isoDay(end)];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** True when some entry starts before `period` or ends after it: a close-up of the period leaves something out. */
export function leavesOut(data: readonly Pick<TimelineDatum, "start" | "end">[], period: [string, string]): boolean {
  return data.some((d) => d.start < period[0] || d.end > period[1]);
}

/** A choice of the chronology's period: everything (null), a year or a month, as [first day, day after). */
export interface PeriodChoice {
  label: string;
  period: [string, string] | null;
}

/**
 * The periods a reader may choose (everything, the story's days, each year, each month with a month or day
 * entry) and the one shown first: the story's days (`focusPeriod`) when a close-up of them leaves other
 * entries out, else everything.
 */
export function periodChoices(data: readonly Pick<TimelineDatum, "granularity" | "start" | "end">[]): {periods: PeriodChoice[]; initial: PeriodChoice} {
  const years = [...new Set(data.map((d) => d.start.slice(0, 4)))].sort();
  const months = [...new Set(data.filter((d) => d.granularity !== "year").map((d) => d.start.slice(0, 7)))].sort();
  const focus = focusPeriod(data);
  const story: PeriodChoice[] = focus && leavesOut(data, focus) ? [{label: `the story's days, ${focus[0]} to ${isoDay(utcDay.offset(day(focus[1]), -1))}`, period: focus}] : [];
  const periods: PeriodChoice[] = [
    {label: "everything", period: null},
    ...story,
    ...years.map((y): PeriodChoice => ({label: `year ${y}`, period: [`${y}-01-01`, `${+y + 1}-01-01`]})),
    ...months.map((m): PeriodChoice => ({label: `month ${m}`, period: monthPeriod(`${m}-01`)}))
  ];
  return {periods, initial: periods[story.length ? 1 : 0]};
}
