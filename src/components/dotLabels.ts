/**
 * Short text labels beside the chronology's day dots (timeline.ts): which dots get one, on which side, and what
 * it says. Pure functions of the marks and the plot's width, so they are tested without drawing.
 */
import {CHAR_WIDTH} from "./labels.js";

/** A day's dot as the labels read it: one outlet's entries of one day. */
export interface LabelledDot {
  outlet: string;
  x: Date;
  /** Ids of the entries the dot stands for. */
  ids: string[];
  /** Each entry's short text (see entryBrief), in the order of `ids`. */
  briefs: string[];
  entries: number;
  conflicts: number;
  lit: boolean;
}

/** A text label beside a day's dot. */
export interface DotLabel {
  x: Date;
  outlet: string;
  text: string;
  lit: boolean;
  /** The side of the dot the label reads from: "start" right of it, "end" left of it. */
  anchor: "start" | "end";
}

/** Characters of a dot's label; pixels between a label and the next dot or label. */
const LABEL_CHARS = 24;
const LABEL_SPACE = 6;

/** A dot's radius: larger when several entries share its day. */
export const dotRadius = (entries: number) => 4 + 1.5 * Math.min(4, entries - 1);

/**
 * The family name of a canonical name: its last word with the lower-case particles before it
 * ("Karin Weißhaupt" → "Weißhaupt", "Pieter van der Wiel" → "van der Wiel").
 */
export function familyName(name: string): string {
  const words = name.trim().split(/\s+/);
  let k = words.length - 1;
  while (k > 1 && /^\p{Ll}/u.test(words[k - 1])) k--;
  return words.slice(k).join(" ");
}

/**
 * The short text of one chronology entry: an event's type and its first person's family name ("negotiation · Berg"),
 * read from the entry's `type` and `people` (loaders/report/chronology.ts), never from its summary, whose sentence may
 * hold a dash or commas of its own; an entry without `people` (a date of dates.csv) by its label as written.
 */
export function entryBrief(entry: {label: string; type?: string; people?: readonly string[]}): string {
  if (!entry.people || !entry.type) return entry.label;
  return entry.people.length ? `${entry.type} · ${familyName(entry.people[0])}` : entry.type;
}

/** The label of a day's entries: the first one's brief (see entryBrief) cut to LABEL_CHARS, with "+N" for the day's other entries. */
export function shortLabel(briefs: readonly string[]): string {
  const text = briefs[0] ?? "";
  const more = briefs.length > 1 ? ` +${briefs.length - 1}` : "";
  const room = LABEL_CHARS - more.length;
  return (text.length > room ? `${text.slice(0, room - 1).trimEnd()}…` : text) + more;
}

/**
 * Labels for the day dots that have room: the most-reported first (more entries, then lit, then earlier), each placed right of its dot,
 * else left of it, only where it overlaps no other dot or label of its row and lies inside the plot; at most one per 100 px of plot width,
 * and one per entry (the same entries in several outlets' rows are labelled in one).
 */
export function dotLabels(days: readonly LabelledDot[], [start, end]: [Date, Date], plotWidth: number): DotLabel[] {
  const span = +end - +start || 1;
  const px = (t: Date) => ((+t - +start) / span) * plotWidth;
  // what each row holds already: its dots, then the labels placed
  const taken = new Map<string, {from: number; to: number; dot?: LabelledDot}[]>();
  for (const d of days) {
    const r = dotRadius(d.entries);
    (taken.get(d.outlet) ?? taken.set(d.outlet, []).get(d.outlet)!).push({from: px(d.x) - r, to: px(d.x) + r, dot: d});
  }
  const order = [...days].sort((a, b) => b.entries - a.entries || Number(b.lit) - Number(a.lit) || +a.x - +b.x);
  const placed: DotLabel[] = [];
  const most = Math.max(1, Math.floor(plotWidth / 100));
  // an entry several outlets report is labelled once, in the first row that has room
  const named = new Set<string>();
  for (const d of order) {
    if (placed.length >= most) break;
    const key = d.ids.join("\n");
    if (named.has(key)) continue;
    // right of the dot, or of its conflict ring (radius 11)
    const r = d.conflicts ? 11 : dotRadius(d.entries);
    const text = shortLabel(d.briefs);
    const row = taken.get(d.outlet)!;
    const free = (from: number, to: number) => from >= 0 && to <= plotWidth && !row.some((o) => o.dot !== d && o.from < to + LABEL_SPACE && o.to > from - LABEL_SPACE);
    const length = text.length * CHAR_WIDTH;
    const right = px(d.x) + r + 3;
    const left = px(d.x) - r - 3 - length;
    // right of the dot, else (near the plot's right end or a later dot) left of it
    const side = free(right, right + length) ? "start" : free(left, left + length) ? "end" : "";
    if (!side) continue;
    const from = side === "start" ? right : left;
    row.push({from, to: from + length});
    named.add(key);
    // the label's anchor is moved off the dot by its radius and a gap, in time
    const shift = (((r + 3) / plotWidth) * span) * (side === "start" ? 1 : -1);
    placed.push({x: new Date(+d.x + shift), outlet: d.outlet, text, lit: d.lit, anchor: side});
  }
  return placed;
}
