/**
 * Contribution of each quote rule to the all-types score (local tool, not part
 * of `npm run eval`): for every rule id, the all-types F1 with that rule's
 * quotes removed, and the number of system quotes it makes that align with no
 * gold quote.
 * With a rule id, the same per cue word of that rule (which speech verbs or
 * attribution words help or hurt).
 * Usage: npx tsx scripts/eval/quotes/rules.ts [rule-id]
 */
import {devDocs} from "./dev-split.js";
import {goldQuotes, systemQuotes} from "./groups.js";
import {alignGroups, scoreDocument, TokenCounts, type TokenGroup} from "./score.js";

const docs = devDocs();
interface Sys extends TokenGroup {
  rule: string;
  /** First word of the cue, lower case. */
  cue: string;
}
const prepared = docs.map((doc) => {
  const gold: TokenGroup[] = goldQuotes(doc);
  const sys: Sys[] = systemQuotes(doc).map((q) => ({quote: q.quote, speaker: [], type: q.type, rule: q.rule, cue: q.cue.split(" ")[0].toLowerCase()}));
  return {gold, sys};
});

function f1(keep: (s: Sys) => boolean): number {
  const all = new TokenCounts();
  const ignore = new TokenCounts();
  for (const d of prepared) scoreDocument(d.gold, d.sys.filter(keep), all, ignore);
  return all.score().f1;
}

const base = f1(() => true);
const only = process.argv[2];
if (only) {
  const cues = new Map<string, number>();
  for (const d of prepared) for (const s of d.sys) if (s.rule === only) cues.set(s.cue, (cues.get(s.cue) ?? 0) + 1);
  const rows = [...cues].map(([cue, n]) => ({cue, n, gain: base - f1((s) => !(s.rule === only && s.cue === cue))})).sort((a, b) => a.gain - b.gain);
  console.log(`all types F1 ${base.toFixed(4)}; ${only} by cue word (gain = F1 with minus F1 without)`);
  for (const r of rows) console.log(`${(r.cue || "(none)").padEnd(24)} n=${String(r.n).padStart(4)}  gain ${r.gain.toFixed(4)}`);
  process.exit(0);
}
const rules = [...new Set(prepared.flatMap((d) => d.sys.map((s) => s.rule)))].sort();
console.log(`all types F1 ${base.toFixed(4)}`);
for (const rule of rules) {
  const n = prepared.reduce((k, d) => k + d.sys.filter((s) => s.rule === rule).length, 0);
  const without = f1((s) => s.rule !== rule);
  console.log(`${rule.padEnd(48)} n=${String(n).padStart(4)}  F1 without ${without.toFixed(4)}  gain ${(base - without).toFixed(4)}`);
}

// token breakdown: per rule, the tokens of aligned quotes (true, extra, missing) and of unaligned quotes; per gold type, unaligned gold tokens
const byRule = new Map<string, {tp: number; extra: number; missing: number; spurious: number}>();
const missedByType = new Map<string, number>();
for (const d of prepared) {
  const {pairs, goldLeft, systemLeft} = alignGroups(d.gold, d.sys);
  for (const [i, j] of pairs) {
    const row = byRule.get(d.sys[j].rule) ?? {tp: 0, extra: 0, missing: 0, spurious: 0};
    const set = new Set(d.gold[i].quote);
    const both = new Set(d.sys[j].quote.filter((x) => set.has(x))).size;
    row.tp += both; row.extra += new Set(d.sys[j].quote).size - both; row.missing += set.size - both;
    byRule.set(d.sys[j].rule, row);
  }
  systemLeft.forEach((j) => { const s = d.sys[j]; const row = byRule.get(s.rule) ?? {tp: 0, extra: 0, missing: 0, spurious: 0}; row.spurious += new Set(s.quote).size; byRule.set(s.rule, row); });
  goldLeft.forEach((i) => { const g = d.gold[i]; missedByType.set(g.type, (missedByType.get(g.type) ?? 0) + new Set(g.quote).size); });
}
console.log("\nrule: aligned tp / extra / missing tokens, unaligned (spurious) tokens");
for (const [rule, r] of [...byRule].sort()) console.log(`${rule.padEnd(48)} tp ${r.tp}  extra ${r.extra}  missing ${r.missing}  spurious ${r.spurious}`);
console.log("\nunaligned gold tokens by type:", Object.fromEntries(missedByType));
