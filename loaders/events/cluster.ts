/**
 * Merging event mentions into events: first within an article, then across
 * outlets. Two mentions describe the same event when they have the same type,
 * compatible dates (equal, one more specific, or one missing) and compatible
 * actors (two shared, or the smaller set inside the larger).
 */

/** An event mention with what the events step resolved for it. */
export interface ResolvedMention {
  mention_id: string;
  article_id: string;
  type: string;
  /** TIMEX3 DATE value ("2025-02-12", "2022-02", "2013") or "". */
  date: string;
  actors: Set<string>;
  facts: string[];
  start: number;
  end: number;
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

/** Dates are compatible when one is a prefix of the other ("2025-02" and "2025-02-12") or one is missing. */
export function datesCompatible(a: string, b: string): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
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

/**
 * Within an article, compatible actors and dates suffice. Across outlets the
 * evidence must be stronger: two shared actors, or the same date and one shared
 * actor (or none named on one side), so one outlet's dated Munich meeting does not
 * absorb another outlet's undated "persönliches Treffen".
 */
function clusterCompatible(c: Cluster, m: {type: string; actors: Set<string>; dates: string[]}, withinArticle: boolean): boolean {
  if (c.type !== m.type) return false;
  if (!c.dates.every((d) => m.dates.every((e) => datesCompatible(d, e)))) return false;
  const sameDate = c.dates.length > 0 && m.dates.length > 0 && c.dates.some((d) => m.dates.includes(d));
  if (withinArticle) return actorsCompatible(c.core, m.actors, true);
  return shared(c.core, m.actors) >= 2 || (sameDate && actorsCompatible(c.core, m.actors, true));
}

/** Adds members to a cluster; `counts` (actor → members naming it) is the cluster's running tally. */
function add(c: Cluster, members: ResolvedMention[], dates: string[], counts: Map<string, number>): void {
  c.members.push(...members);
  for (const d of dates) if (d) c.dates.push(d);
  for (const m of members) for (const a of m.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
  c.actors = new Set([...c.core, ...[...counts].filter(([, n]) => n >= 2).map(([a]) => a)]);
}

/**
 * Greedy clustering: items with more actors and a date go first and seed
 * clusters; each later item joins the compatible cluster with the most
 * members, or starts its own. Only clusters of the item's type are compared
 * (no other can be compatible), so the work grows with the clusters per type.
 */
function greedy(items: {members: ResolvedMention[]; type: string; actors: Set<string>; dates: string[]}[], withinArticle: boolean): Cluster[] {
  const sorted = [...items].sort((a, b) => Number(b.dates.length > 0) - Number(a.dates.length > 0) || b.actors.size - a.actors.size);
  const clusters: Cluster[] = [];
  const ofType = new Map<string, Cluster[]>();
  const counts = new Map<Cluster, Map<string, number>>();
  for (const item of sorted) {
    let best: Cluster | undefined;
    let same = ofType.get(item.type);
    if (!same) ofType.set(item.type, (same = []));
    for (const c of same) if (clusterCompatible(c, item, withinArticle) && (!best || c.members.length > best.members.length)) best = c;
    if (!best) {
      clusters.push((best = {type: item.type, members: [], core: item.actors, actors: new Set(), dates: []}));
      same.push(best);
      counts.set(best, new Map());
    }
    add(best, item.members, item.dates, counts.get(best)!);
  }
  return clusters;
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
export function clusterDate(c: Cluster): {date: string; granularity: "day" | "month" | "year" | "unknown"} {
  if (!c.dates.length) return {date: "", granularity: "unknown"};
  const votes = new Map<string, number>();
  for (const d of c.dates) votes.set(d, (votes.get(d) ?? 0) + 1);
  const [date] = [...votes.entries()].sort((a, b) => b[0].length - a[0].length || b[1] - a[1])[0];
  const granularity = /^\d{4}-\d{2}-\d{2}/.test(date) ? "day" : /^\d{4}-\d{2}$/.test(date) ? "month" : /^\d{4}$/.test(date) ? "year" : "unknown";
  return {date: granularity === "day" ? date.slice(0, 10) : date, granularity};
}
