import * as Plot from "npm:@observablehq/plot";

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

/** What the chart draws: one outlet's entries over one span. */
interface Mark {
  outlet: string;
  granularity: string;
  date: string;
  x1: Date;
  x2: Date;
  labels: string[];
  entries: number;
  conflicts: number;
  lit: boolean;
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
    for (const outlet of d.outlets) {
      const key = `${outlet}\u0000${d.start}\u0000${d.end}`;
      const m = marks.get(key) ?? {outlet, granularity: d.granularity, date: d.date, x1: from && day(d.start) < from ? from : day(d.start), x2: to && day(d.end) > to ? to : day(d.end), labels: [], entries: 0, conflicts: 0, lit: false};
      m.labels.push(d.label);
      m.entries += 1;
      m.conflicts += d.conflicts.length;
      m.lit ||= lit;
      marks.set(key, m);
    }
  }
  const rows = [...marks.values()];
  const spans = rows.filter((d) => d.granularity !== "day");
  const days = rows.filter((d) => d.granularity === "day").map((d) => ({...d, x: new Date((+d.x1 + +d.x2) / 2)}));
  const tip = (d: Mark) => `${d.date} (${d.granularity}) in ${d.outlet}\n${d.labels.slice(0, 5).join("\n")}${d.labels.length > 5 ? `\n… ${d.labels.length - 5} more` : ""}${d.conflicts ? `\n${d.conflicts} conflicting fact(s)` : ""}`;
  const opacity = (d: Mark) => (d.lit ? 0.9 : 0.15);
  return Plot.plot({
    width,
    marginLeft: 140,
    marginBottom: 44,
    height: Math.max(120, 40 + 28 * new Set(rows.map((d) => d.outlet)).size),
    title,
    x: {type: "utc", label: "date", labelAnchor: "center", labelOffset: 34, domain: period ? [from, to] : undefined, grid: true},
    y: {label: "outlet", padding: 0.2},
    r: {type: "identity"},
    color: {...GRANULARITY_COLORS, legend: true, label: "granularity"},
    ariaLabel: `${title}: dated entries by outlet`,
    ariaDescription: "Each row is an outlet. Dots are single days (larger when several entries share the day); bands cover a week, month or year as the text gives it. Rings mark entries with conflicting facts.",
    marks: [
      Plot.barX(spans, {x1: "x1", x2: "x2", y: "outlet", fill: "granularity", fillOpacity: (d: Mark) => (d.lit ? 0.45 : 0.08), stroke: "granularity", strokeOpacity: opacity, title: tip, tip: true}),
      Plot.dot(days, {x: "x", y: "outlet", fill: "granularity", fillOpacity: opacity, r: (d: Mark) => 4 + 1.5 * Math.min(4, d.entries - 1), title: tip, tip: true}),
      Plot.dot(rows.filter((d) => d.conflicts), {x: (d: Mark) => new Date((+d.x1 + +d.x2) / 2), y: "outlet", r: 11, stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "2,2", strokeOpacity: opacity})
    ],
    ...options
  });
}

/** The calendar month [first day, first day of next month) containing an ISO day. */
export function monthPeriod(iso: string): [string, string] {
  const [y, m] = iso.split("-").map(Number);
  return [`${iso.slice(0, 7)}-01`, new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10)];
}

/** The month of the latest single-day entry: where the story's days are. */
export function focusMonth(data: readonly Pick<TimelineDatum, "granularity" | "start">[]): [string, string] | null {
  const days = data.filter((d) => d.granularity === "day").map((d) => d.start).sort();
  return days.length ? monthPeriod(days[days.length - 1]) : null;
}
