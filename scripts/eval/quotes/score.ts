import {score, type Score} from "../types.js";

/** One quotation as token ids: the quote span and its speaker, with its type. */
export interface TokenGroup {
  quote: number[];
  speaker: number[];
  type: string;
}

/** Token-overlap F1 of two id lists. */
export function overlapF1(a: number[], b: number[]): number {
  const set = new Set(a);
  let both = 0;
  for (const x of b) if (set.has(x)) both++;
  if (!both) return 0;
  const p = both / b.length;
  const r = both / a.length;
  return (2 * p * r) / (p + r);
}

/** Running counts of true positives, system and gold tokens per role. */
export class TokenCounts {
  tp = 0;
  system = 0;
  gold = 0;
  add(gold: number[], system: number[]): void {
    const set = new Set(gold);
    for (const x of new Set(system)) if (set.has(x)) this.tp++;
    this.system += new Set(system).size;
    this.gold += set.size;
  }
  score(): Score {
    return score(this.tp, this.system, this.gold);
  }
}

/** One-to-one pairs of gold and system quotations, and the indexes left unpaired on each side. */
export interface Alignment {
  pairs: [gold: number, system: number][];
  goldLeft: number[];
  systemLeft: number[];
}

/**
 * Aligns gold and system quotations one-to-one by token overlap of the quote span, with a small
 * bonus when the type agrees (`sameType`, by default equal type names). The corpus scorer aligns
 * with the Hungarian algorithm; this aligns greedily by descending score, which gives the same
 * pairs unless overlaps conflict.
 */
export function alignGroups<G extends TokenGroup, S extends TokenGroup>(gold: G[], system: S[], sameType = (g: G, s: S) => g.type === s.type): Alignment {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, i) => system.forEach((s, j) => {
    const o = overlapF1(g.quote, s.quote);
    if (o > 0) candidates.push([o + (sameType(g, s) ? 0.01 : 0), i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0]);
  const goldUsed = new Set<number>();
  const systemUsed = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (goldUsed.has(i) || systemUsed.has(j)) continue;
    goldUsed.add(i);
    systemUsed.add(j);
    pairs.push([i, j]);
  }
  return {pairs, goldLeft: gold.flatMap((_, i) => (goldUsed.has(i) ? [] : [i])), systemLeft: system.flatMap((_, j) => (systemUsed.has(j) ? [] : [j]))};
}

/**
 * Scores one document the way the corpus scorer does: system and gold quotations are aligned
 * ({@link alignGroups}), then quote and speaker tokens are counted as true positives, false
 * positives (system only) and false negatives (gold only); unaligned quotations count wholly as
 * false positives or negatives.
 */
export function scoreDocument(gold: TokenGroup[], system: TokenGroup[], quote: TokenCounts, speaker: TokenCounts): void {
  const {pairs, goldLeft, systemLeft} = alignGroups(gold, system);
  for (const [i, j] of pairs) {
    quote.add(gold[i].quote, system[j].quote);
    speaker.add(gold[i].speaker, system[j].speaker);
  }
  for (const i of goldLeft) {
    quote.add(gold[i].quote, []);
    speaker.add(gold[i].speaker, []);
  }
  for (const j of systemLeft) {
    quote.add([], system[j].quote);
    speaker.add([], system[j].speaker);
  }
}
