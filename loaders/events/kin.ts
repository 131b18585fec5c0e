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

/** Groups of kindred event types, the most specific first. Plain data. */
const kinTypes: readonly (readonly string[])[] = [["summit", "meeting", "visit"]];

/** Per type of a group: its group and its place in it (0: the most specific). */
const RANK = new Map<string, {group: number; rank: number}>(kinTypes.flatMap((types, group) => types.map((type, rank) => [type, {group, rank}] as const)));

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
  const byDay = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const kin = RANK.get(c.type);
    if (!kin) continue;
    const {date, granularity} = clusterDate(c);
    if (granularity !== "day") continue;
    const key = `${kin.group}\0${date}`;
    const list = byDay.get(key);
    if (list) list.push(c);
    else byDay.set(key, [c]);
  }
  const merged = new Set<Cluster>();
  for (const list of byDay.values()) {
    if (new Set(list.map((c) => c.type)).size < 2) continue;
    // the most specific first, each kept event taking in the less specific ones that fit it
    const ordered = [...list].sort((a, b) => RANK.get(a.type)!.rank - RANK.get(b.type)!.rank);
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
