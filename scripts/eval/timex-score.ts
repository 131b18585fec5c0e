/**
 * Scorer for TIMEX3 spans: strict (exact span) and relaxed (overlap,
 * one-to-one) matching, value and type accuracy over relaxed matches.
 */
import {type Score, score} from "./types.js";

/** A TIMEX3 span with its value and type (gold or system). */
export interface TimexSpan {
  start: number;
  end: number;
  value: string;
  type: string;
}

/** Counts for one document or a sum of documents. */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export const zeroCounts = (): TimexCounts => ({gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0});

/** Normalises quirks of written values ("T20.30" → "T20:30"). */
export function normaliseValue(v: string): string {
  return v.trim().replace(/T(\d{1,2})\.(\d{2})$/, "T$1:$2").replace(/T(\d):/, "T0$1:");
}

/** Matches one document's system spans against its gold spans; `pairs` receives relaxed matches. */
export function countDocument(gold: TimexSpan[], system: TimexSpan[], pairs?: [TimexSpan, TimexSpan][]): TimexCounts {
  const c = zeroCounts();
  c.gold = gold.length;
  c.system = system.length;
  const g = [...gold].sort((a, b) => a.start - b.start);
  const s = [...system].sort((a, b) => a.start - b.start);
  const strictKeys = new Set(g.map((t) => `${t.start}:${t.end}`));
  for (const t of s) if (strictKeys.delete(`${t.start}:${t.end}`)) c.strict++;
  const used = new Uint8Array(s.length);
  let from = 0;
  for (const t of g) {
    while (from < s.length && s[from].end <= t.start && used[from]) from++;
    // prefer an exact match, then the first unused overlap
    let pick = -1;
    for (let j = from; j < s.length && s[j].start < t.end; j++) {
      if (used[j] || s[j].end <= t.start) continue;
      if (s[j].start === t.start && s[j].end === t.end) {
        pick = j;
        break;
      }
      if (pick < 0) pick = j;
    }
    if (pick < 0) continue;
    used[pick] = 1;
    c.relaxed++;
    if (normaliseValue(s[pick].value) === normaliseValue(t.value)) c.value++;
    if (s[pick].type === t.type) c.type++;
    pairs?.push([t, s[pick]]);
  }
  return c;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed, value: a.value + b.value, type: a.type + b.type};
}

/** Scores from counts: strict and relaxed P/R/F1, value and type accuracy over relaxed matches. */
export function timexScores(c: TimexCounts): {strict: Score; relaxed: Score; value: number; type: number} {
  const acc = (n: number) => (c.relaxed ? Math.round((n / c.relaxed) * 10000) / 10000 : 0);
  return {strict: score(c.strict, c.system, c.gold), relaxed: score(c.relaxed, c.system, c.gold), value: acc(c.value), type: acc(c.type)};
}
