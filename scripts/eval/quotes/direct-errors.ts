/**
 * Direct-quote error listing for the Wikinews dev split (local tool, not part of `npm run eval`):
 * scores direct quotes the way `npm run eval -- quotes` does (gold Direct against system direct,
 * quotation marks included) and sorts the lost tokens (false negatives) and wasted tokens (false
 * positives) into classes, per half of the split (documents by file index parity).
 * Usage: npx tsx scripts/eval/quotes/direct-errors.ts [--dump <class>] [--half 0|1]
 */
import {findQuotePairs} from "../../../loaders/quotes/marks.js";
import {notSpeechRules} from "../../../loaders/lang/de/index.js";
import type {PairContext} from "../../../loaders/quotes/rule.js";
import {devDocs, option} from "./dev-split.js";
import {goldQuotes, systemQuotes} from "./groups.js";
import {alignGroups, overlapF1, TokenCounts} from "./score.js";

const docs = devDocs();
const MARKS = /[„“”"»«‚‘’]/;
const dump = option("dump");
const half = option("half");

// record which not-speech rule dropped which quotation (by the index of its opening mark)
const dropped = new Map<number, string>();
for (const rule of notSpeechRules) {
  const test = rule.test.bind(rule);
  (rule as {test: (pc: PairContext) => boolean}).test = (pc) => {
    const r = test(pc);
    if (r && !dropped.has(pc.pair.open)) dropped.set(pc.pair.open, rule.id);
    return r;
  };
}

const short = (s: string) => s.replace(/\s+/g, " ").slice(0, 240);

/** Lost (fn) and wasted (fp) tokens per class and half. */
const classes = new Map<string, {fn: number[]; fp: number[]; n: number[]}>();
const count = (cls: string, h: number, fn: number, fp: number) => {
  const c = classes.get(cls) ?? {fn: [0, 0], fp: [0, 0], n: [0, 0]};
  c.fn[h] += fn; c.fp[h] += fp; c.n[h]++;
  classes.set(cls, c);
};
const totals = [new TokenCounts(), new TokenCounts()];

docs.forEach((doc, n) => {
  const h = n % 2;
  if (half !== undefined && String(h) !== half) return;
  const text = doc.originalText;
  const byId = new Map(doc.tokens.map((t) => [t.id, t]));
  const words = (list: number[]) => list.map((i) => { const t = byId.get(i); return t ? text.slice(t.charBegin, t.charEnd) : "?"; }).join(" ");
  const goldAll = goldQuotes(doc);
  const gold = goldAll.filter((g) => g.type === "Direct");
  dropped.clear();
  const sysAll = systemQuotes(doc);
  const sys = sysAll.filter((s) => s.type === "Direct");
  const pairs = findQuotePairs(text);
  const {pairs: aligned, goldLeft, systemLeft} = alignGroups(gold, sys);
  const show = (cls: string, lines: string[]) => { if (dump === cls || dump === "all") console.log(`${cls}  ${doc.documentName}\n    ${lines.join("\n    ")}`); };
  const goldAligned = new Set(aligned.map(([i]) => i));
  for (const [i, j] of aligned) {
    const g = gold[i], s = sys[j];
    totals[h].add(g.quote, s.quote);
    const gs = new Set(g.quote), ss = new Set(s.quote);
    const fnIds = g.quote.filter((x) => !ss.has(x));
    const fpIds = s.quote.filter((x) => !gs.has(x));
    if (!fnIds.length && !fpIds.length) { count("exact", h, 0, 0); continue; }
    const cls = g.pieces > 1 ? "boundary: gold discontinuous" : fnIds.length && fpIds.length ? "boundary: shifted" : fnIds.length ? "boundary: system shorter" : "boundary: system longer";
    count(cls, h, fnIds.length, fpIds.length);
    show(cls, [`[${s.rule}] pieces=${g.pieces}`, `G: ${short(g.text)}`, `S: ${short(text.slice(s.start, s.end))}`, `lost: ${short(words(fnIds))}`, `extra: ${short(words(fpIds))}`]);
  }
  goldLeft.forEach((i) => {
    const g = gold[i];
    totals[h].add(g.quote, []);
    const twin = gold.some((o, k) => k !== i && goldAligned.has(k) && o.quote.join() === g.quote.join());
    const near = gold.some((o, k) => k !== i && goldAligned.has(k) && overlapF1(o.quote, g.quote) > 0);
    const gs = new Set(g.quote);
    const other = sysAll.find((s) => s.type !== "Direct" && s.quote.some((x) => gs.has(x)));
    const pair = pairs.find((p) => p.open >= g.begin - 1 && p.open <= g.begin + 1);
    const drop = pair ? dropped.get(pair.open) : undefined;
    const cls = twin ? "missed: gold twin (same span annotated twice)" : near ? "missed: overlaps another gold direct (system row used)" : drop ? `missed: dropped by ${drop}` : other ? `missed: found as ${other.type}` : pair ? "missed: pair found, no rule attributed" : MARKS.test(g.text[0] ?? "") ? "missed: marks not paired" : "missed: no quotation marks";
    count(cls, h, g.quote.length, 0);
    show(cls, [`pieces=${g.pieces} G: ${short(g.text)}`]);
  });
  systemLeft.forEach((j) => {
    const s = sys[j];
    totals[h].add([], s.quote);
    const ss = new Set(s.quote);
    const other = goldAll.find((g) => g.type !== "Direct" && g.quote.some((x) => ss.has(x)));
    const inDirect = gold.some((g) => g.quote.some((x) => ss.has(x)));
    const cls = inDirect ? "spurious: inside a gold direct already aligned" : other ? `spurious: gold ${other.type} there` : "spurious: no gold";
    count(cls, h, 0, s.quote.length);
    show(cls, [`[${s.rule}] S: ${short(text.slice(Math.max(0, s.start - 60), s.start))}⟦${short(text.slice(s.start, s.end))}⟧${short(text.slice(s.end, s.end + 40))}`]);
  });
});

const fmt = (c: TokenCounts) => { const s = c.score(); return `F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})`; };
for (const h of [0, 1]) if (half === undefined || String(h) === half) console.error(`half ${h}: direct ${fmt(totals[h])}`);
const all = new TokenCounts();
for (const t of totals) { all.tp += t.tp; all.system += t.system; all.gold += t.gold; }
console.error(`both:   direct ${fmt(all)}`);
console.error("\nclass                                                  n(h0/h1)   lost tokens (h0/h1)   wasted tokens (h0/h1)");
for (const [cls, c] of [...classes].sort((a, b) => b[1].fn[0] + b[1].fn[1] + b[1].fp[0] + b[1].fp[1] - (a[1].fn[0] + a[1].fn[1] + a[1].fp[0] + a[1].fp[1]))) {
  console.error(`${cls.padEnd(55)} ${`${c.n[0]}/${c.n[1]}`.padEnd(10)} ${`${c.fn[0]}/${c.fn[1]}`.padEnd(21)} ${c.fp[0]}/${c.fp[1]}`);
}
