/**
 * Merging event mentions into events: first within an article, then across
 * outlets. Two mentions describe the same event when they have the same type,
 * compatible dates (equal, one more specific, or one missing) and compatible
 * actors (two shared, or the smaller set inside the larger). Across outlets a
 * month ("Mitte März") or a week ("vergangene Woche") joins the one event of its type dated by a day in it.
 */
import {timeSpan} from "../report/timeSpan.js";
import {isoWeek} from "../dates/timex.js";

/** An event mention with what the events step resolved for it. */
export interface ResolvedMention {
  mention_id: string;
  article_id: string;
  type: string;
  /** TIMEX3 DATE value ("2025-02-12", "2025-W07", "2022-02", "2013") or "". */
  date: string;
  actors: Set<string>;
  /** Those of `actors` named in the cue's own clause (not in "…, sagte X"): the actors of a cluster that has no other. */
  clauseActors?: Set<string>;
  facts: string[];
  start: number;
  end: number;
  /** Places its sentence names (lower case; only for types of a kindred group, see kin.ts). */
  places?: ReadonlySet<string>;
}

export interface Cluster {
  type: string;
  members: ResolvedMention[];
  /** Actors of the item that started the cluster: later items must be compatible with these. */
  core: Set<string>;
  /** Actors named in the core or in at least two members. */
  actors: Set<string>;
  dates: string[];
}

/**
 * Dates are compatible when one is missing or their calendar spans overlap: one is a prefix of
 * the other ("2025-02" and "2025-02-12"), or an ISO week overlaps the other ("2025-W07" and
 * "2025-02-12" or "2025-02").
 */
export function datesCompatible(a: string, b: string): boolean {
  if (!a || !b || a.startsWith(b) || b.startsWith(a)) return true;
  if (!a.includes("W") && !b.includes("W")) return false;
  const x = timeSpan(a);
  const y = timeSpan(b);
  return !!x && !!y && x.start < y.end && y.start < x.end;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Actor sets describe the same event: two shared actors, or the smaller (non-empty unless `allowEmpty`) set within the larger. */
export function actorsCompatible(a: Set<string>, b: Set<string>, allowEmpty: boolean): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const common = shared(small, large);
  if (common >= 2) return true;
  if (small.size === 0) return allowEmpty;
  return small.size === 1 && common === 1;
}

/** What greedy() keeps per cluster so that joining stays cheap on large corpora. */
interface ClusterState {
  /** Members per actor, in order of first appearance. */
  counts: Map<string, number>;
  /** The distinct values of `dates`. */
  dates: Set<string>;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;
/** A month ("2026-03") or an ISO week ("2026-W10"): a vague date that one day inside it may make precise. */
const VAGUE = /^\d{4}-(?:\d{2}|W\d{2})$/;

/** The ISO week of a day value ("2026-03-05" → "2026-W10"). */
export function isoWeekOf(day: string): string {
  return isoWeek({y: +day.slice(0, 4), m: +day.slice(5, 7), d: +day.slice(8, 10)});
}

/** The vague dates a value lies in, for finding the clusters it may join: a day's month and ISO week, a month or week itself; none for a year. */
function periodsOf(d: string): string[] {
  if (DAY.test(d)) return [d.slice(0, 7), isoWeekOf(d)];
  return VAGUE.test(d) ? [d] : [];
}

/**
 * Whether one side is dated only by months or weeks and the other names exactly one day inside such a period
 * ("Mitte März" and "am 12. März", "vergangene Woche" and "am Donnerstag" of that week): the vague date is the
 * day's, as far as the dates tell.
 */
export function dayInsidePeriod(a: Iterable<string>, b: Iterable<string>): boolean {
  const one = (vague: string[], days: string[]) =>
    vague.length > 0 && vague.every((d) => VAGUE.test(d)) && vague.some((p) => new Set(days.filter((d) => DAY.test(d) && (p.length === 7 ? d.startsWith(p) : isoWeekOf(d) === p)).map((d) => d.slice(0, 10))).size === 1);
  const [x, y] = [[...a], [...b]];
  return one(x, y) || one(y, x);
}

/**
 * How well an item fits a cluster: 0 not at all, 2 well, 1 only by a vague date (see below).
 * Within an article, compatible actors and dates suffice. Across outlets the
 * evidence must be stronger: two shared actors, or the same date and one shared
 * actor (or none named on one side), so one outlet's dated Munich meeting does not
 * absorb another outlet's undated "persönliches Treffen". A month- or week-dated item and
 * a cluster dated by one day in that period (or the other way round) fit with
 * compatible actors too, but only as 1: the caller joins them only when no other
 * cluster fits so (see greedy). (The caller matches the type.)
 */
function clusterCompatible(c: Cluster, state: ClusterState, m: {actors: Set<string>; dates: string[]}, withinArticle: boolean): 0 | 1 | 2 {
  for (const d of state.dates) for (const e of m.dates) if (!datesCompatible(d, e)) return 0;
  if (withinArticle) return actorsCompatible(c.core, m.actors, true) ? 2 : 0;
  const sameDate = state.dates.size > 0 && m.dates.some((d) => state.dates.has(d));
  if (shared(c.core, m.actors) >= 2 || (sameDate && actorsCompatible(c.core, m.actors, true))) return 2;
  return dayInsidePeriod(state.dates, m.dates) && actorsCompatible(c.core, m.actors, true) ? 1 : 0;
}

function add(c: Cluster, state: ClusterState, members: ResolvedMention[], dates: string[]): void {
  c.members.push(...members);
  for (const d of dates) if (d) c.dates.push(d), state.dates.add(d);
  for (const m of members) for (const a of m.actors) state.counts.set(a, (state.counts.get(a) ?? 0) + 1);
}

/**
 * The cluster's actors once it is complete: its core, then those named by at least two members (clustering itself reads
 * only the core); when that leaves none (the sentence that started it named no one), the people named in any member's
 * cue clause ("Am 12. März streikten die Fahrer." with "Gewerkschafterin X rief zum Streik auf.").
 */
function settle({cluster, state}: Entry): Cluster {
  cluster.actors = new Set([...cluster.core, ...[...state.counts].filter(([, n]) => n >= 2).map(([a]) => a)]);
  if (!cluster.actors.size) for (const m of cluster.members) for (const a of m.clauseActors ?? []) cluster.actors.add(a);
  return cluster;
}

/** A cluster under construction, with its creation index. */
interface Entry {
  cluster: Cluster;
  state: ClusterState;
  index: number;
}

/**
 * Greedy clustering: items with more actors and a date go first and seed
 * clusters; each later item joins the compatible cluster with the most
 * members (the earliest on a tie), or starts its own. Each cluster keeps its
 * actor counts and distinct dates. Across articles a compatible cluster shares
 * an actor of its core or a date with the item (see clusterCompatible), so only
 * those are looked at, found through an index by type and actor and by type
 * and date; the work grows with the candidates, not with all clusters.
 */
function greedy(items: {members: ResolvedMention[]; type: string; actors: Set<string>; dates: string[]}[], withinArticle: boolean): Cluster[] {
  const sorted = [...items].sort((a, b) => Number(b.dates.length > 0) - Number(a.dates.length > 0) || b.actors.size - a.actors.size);
  const entries: Entry[] = [];
  const byType = new Map<string, Entry[]>();
  const byKey = new Map<string, Entry[]>();
  const index = (key: string, entry: Entry) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  for (const item of sorted) {
    const periods = item.dates.flatMap(periodsOf);
    let candidates: Iterable<Entry>;
    if (withinArticle) candidates = byType.get(item.type) ?? [];
    else {
      const found = new Set<Entry>();
      for (const a of item.actors) for (const e of byKey.get(`${item.type}\0a\0${a}`) ?? []) found.add(e);
      for (const d of item.dates) for (const e of byKey.get(`${item.type}\0d\0${d}`) ?? []) found.add(e);
      for (const p of periods) for (const e of byKey.get(`${item.type}\0p\0${p}`) ?? []) found.add(e);
      candidates = [...found].sort((x, y) => x.index - y.index);
    }
    let best: Entry | undefined;
    // clusters the item fits only by a vague date: joined when there is exactly one (else the vague date could be either's)
    const vague: Entry[] = [];
    for (const entry of candidates) {
      if (best && entry.cluster.members.length <= best.cluster.members.length) continue;
      const fit = clusterCompatible(entry.cluster, entry.state, item, withinArticle);
      if (fit === 2) best = entry;
      else if (fit === 1) vague.push(entry);
    }
    if (!best && vague.length === 1) best = vague[0];
    if (!best) {
      best = {cluster: {type: item.type, members: [], core: item.actors, actors: new Set(), dates: []}, state: {counts: new Map(), dates: new Set()}, index: entries.length};
      entries.push(best);
      const ofType = byType.get(item.type);
      if (ofType) ofType.push(best);
      else byType.set(item.type, [best]);
      for (const a of item.actors) index(`${item.type}\0a\0${a}`, best);
    }
    add(best.cluster, best.state, item.members, item.dates);
    for (const d of item.dates) if (d) index(`${item.type}\0d\0${d}`, best);
    for (const p of periods) index(`${item.type}\0p\0${p}`, best);
  }
  return entries.map(settle);
}

/** Clusters mentions within each article, then the article clusters across articles. */
export function clusterMentions(mentions: ResolvedMention[]): Cluster[] {
  const byArticle = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.article_id);
    if (list) list.push(m);
    else byArticle.set(m.article_id, [m]);
  }
  const local: Cluster[] = [];
  for (const list of byArticle.values()) {
    local.push(...greedy(list.map((m) => ({members: [m], type: m.type, actors: m.actors, dates: m.date ? [m.date] : []})), true));
  }
  return greedy(local.map((c) => ({members: c.members, type: c.type, actors: c.core, dates: c.dates})), false);
}

/** The most specific date that most members agree with, and its granularity. */
export function clusterDate(c: Cluster): {date: string; granularity: "day" | "week" | "month" | "year" | "unknown"} {
  if (!c.dates.length) return {date: "", granularity: "unknown"};
  const votes = new Map<string, number>();
  for (const d of c.dates) votes.set(d, (votes.get(d) ?? 0) + 1);
  const [date] = [...votes.entries()].sort((a, b) => b[0].length - a[0].length || b[1] - a[1])[0];
  // the longest value is the most specific: day (10 characters), week (8), month (7), year (4)
  const granularity = /^\d{4}-\d{2}-\d{2}/.test(date) ? "day" : /^\d{4}-W\d{2}$/.test(date) ? "week" : /^\d{4}-\d{2}$/.test(date) ? "month" : /^\d{4}$/.test(date) ? "year" : "unknown";
  return {date: granularity === "day" ? date.slice(0, 10) : date, granularity};
}
