/**
 * Event types that can report one happening: a trip during which two people
 * met is a visit in one sentence ("bei seinem Besuch in Kairo") and a meeting
 * in another ("ist am Mittwoch in Kairo mit X zusammengetroffen"), and one
 * sentence may hold both cues ("besuchte am Dienstag Lyon und traf dort X").
 * Clustering merges only mentions of one type; this pass then merges events of
 * kindred types that lie on the same day, name compatible people and either
 * share a sentence or name the same place. The event keeps the most specific
 * type: the first of its group below (a summit is a meeting of leaders, a
 * meeting says who met whom where a visit only says who went where).
 */
import {actorsCompatible, type Cluster, clusterDate} from "./cluster.js";

/**
 * Groups of kindred event types, the most specific first. Plain data. A type may stand in several groups, which are
 * merged in this order: talks and a meeting of their sides on their day ("Die Schlichtung begann am Montag in Hannover"
 * and "Die Schlichter trafen sich am Montag in Hannover mit beiden Seiten") are one negotiation.
 */
export const kinTypes: readonly (readonly string[])[] = [["summit", "meeting", "visit"], ["negotiation", "meeting"]];

/** Per type: each group it belongs to and its place in it (0: the most specific). */
const RANK = new Map<string, {group: number; rank: number}[]>();
kinTypes.forEach((types, group) => types.forEach((type, rank) => RANK.set(type, [...(RANK.get(type) ?? []), {group, rank}])));
/** The place of `type` in group `group`. */
const rankIn = (type: string, group: number) => RANK.get(type)!.find((k) => k.group === group)!.rank;

/** Whether a type belongs to a group of kindred types (only then does its mention need its places). */
export function hasKin(type: string): boolean {
  return RANK.has(type);
}

/** The sentences (article and span) and the places named in a cluster's members. */
function siteOf(c: Cluster): {sentences: Set<string>; places: Set<string>} {
  const sentences = new Set<string>();
  const places = new Set<string>();
  for (const m of c.members) {
    sentences.add(`${m.article_id}:${m.start}`);
    for (const p of m.places ?? []) places.add(p);
  }
  return {sentences, places};
}

function meets(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Merges each day-dated event of a kindred type into an event of a more specific type of its group on the same
 * day, with compatible people (see `actorsCompatible`; neither side empty), that shares a sentence with it or
 * names one of its places. Clusters of types outside every group, or without a day, are returned as they are.
 * Linear in the clusters apart from those of one group on one day.
 */
export function mergeKin(clusters: Cluster[]): Cluster[] {
  // per group and day, in the order of the groups (a cluster may stand in several)
  const byDay = new Map<string, {group: number; list: Cluster[]}>();
  for (const c of clusters) {
    const kin = RANK.get(c.type);
    if (!kin) continue;
    const {date, granularity} = clusterDate(c);
    if (granularity !== "day") continue;
    for (const {group} of kin) {
      const key = `${group}\0${date}`;
      const entry = byDay.get(key);
      if (entry) entry.list.push(c);
      else byDay.set(key, {group, list: [c]});
    }
  }
  const merged = new Set<Cluster>();
  for (const {group, list: all} of [...byDay.values()].sort((a, b) => a.group - b.group)) {
    // a cluster already merged into another group's event is gone
    const list = all.filter((c) => !merged.has(c));
    if (new Set(list.map((c) => c.type)).size < 2) continue;
    // the most specific first, each kept event taking in the less specific ones that fit it
    const ordered = [...list].sort((a, b) => rankIn(a.type, group) - rankIn(b.type, group));
    const kept: {cluster: Cluster; site: ReturnType<typeof siteOf>}[] = [];
    for (const c of ordered) {
      const site = siteOf(c);
      const into = kept.find((k) => k.cluster.type !== c.type && actorsCompatible(k.cluster.actors, c.actors, false) &&
        (meets(k.site.sentences, site.sentences) || meets(k.site.places, site.places)));
      if (!into) {
        kept.push({cluster: c, site});
        continue;
      }
      into.cluster.members.push(...c.members);
      into.cluster.dates.push(...c.dates);
      for (const a of c.actors) into.cluster.actors.add(a);
      for (const s of site.sentences) into.site.sentences.add(s);
      for (const p of site.places) into.site.places.add(p);
      merged.add(c);
    }
  }
  return merged.size ? clusters.filter((c) => !merged.has(c)) : clusters;
}
