/**
 * Speaker error classes for the quotes evaluation (local tool, not part of
 * `npm run eval`). Aligns system and gold quotations the way the scorer does
 * and sorts every lost speaker token (false negative) and wasted one (false
 * positive) into a class: the quote was missed or spurious, the system gave no
 * speaker, the gold has none, the spans overlap but differ in extent, the
 * system span names the same head word elsewhere, a pronoun on one side, or a
 * different phrase altogether.
 * Usage: npx tsx scripts/eval/quotes/speaker-errors.ts [--half 0|1] [--dump <class>] [--rule <id prefix>]
 */
import {devDocs, option} from "./dev-split.js";
import {goldQuotes, systemQuotes} from "./groups.js";
import {alignGroups} from "./score.js";

const docs = devDocs();
const PRONOUN = /^(?:er|sie|es|ihm|ihr|ihn|ihnen|man|wir|ich|der|die|das|dieser|diese|welche|welcher|seiner|ihrer)$/i;
const half = option("half");
const dump = option("dump");
const rulePrefix = option("rule");

const fn = new Map<string, number>();
const fp = new Map<string, number>();
const byRule = new Map<string, {tp: number; sys: number; gold: number}>();
let tp = 0, sysTotal = 0, goldTotal = 0;
const bump = (m: Map<string, number>, k: string, n: number) => { if (n) m.set(k, (m.get(k) ?? 0) + (n < 1 ? 1 : n)); };
const short = (s: string) => s.replace(/\s+/g, " ").slice(0, 200);

docs.forEach((doc, n) => {
  if (half !== undefined && String(n % 2) !== half) return;
  const text = doc.originalText;
  const gold = goldQuotes(doc);
  const sentenceAt = (pos: number) => { const s = doc.sentences.find((x) => x.charBegin <= pos && pos < x.charEnd); return s ? text.slice(s.charBegin, s.charEnd) : ""; };
  const sys = systemQuotes(doc);
  const {pairs, goldLeft, systemLeft} = alignGroups(gold, sys);
  for (const [i, j] of pairs) {
    const g = gold[i], s = sys[j];
    const gs = new Set(g.speaker);
    const both = s.speaker.filter((x) => gs.has(x)).length;
    tp += both; sysTotal += s.speaker.length; goldTotal += g.speaker.length;
    const r = byRule.get(s.rule) ?? {tp: 0, sys: 0, gold: 0};
    r.tp += both; r.sys += s.speaker.length; r.gold += g.speaker.length; byRule.set(s.rule, r);
    const gw = g.speakerText.trim().split(/\s+/), sw = s.speakerText.trim().split(/\s+/);
    const lost = g.speaker.length - both, wasted = s.speaker.length - both;
    if (sw.length === 1 && PRONOUN.test(sw[0])) bump(fn, `(sys pronoun, ${lost || wasted ? "wrong" : "right"})`, 0.0001);
    if (!lost && !wasted) continue;
    let cls: string;
    if (!s.speaker.length) cls = "system-empty";
    else if (!g.speaker.length) cls = "gold-empty";
    else if (both) cls = wasted && lost ? "overlap-shifted" : wasted ? "overlap-too-long" : "overlap-too-short";
    else if (gw.length === 1 && PRONOUN.test(gw[0])) cls = "gold-pronoun";
    else if (sw.length === 1 && PRONOUN.test(sw[0])) cls = "system-pronoun";
    else if (gw.some((w: string) => /^\p{Lu}/u.test(w) && w.length > 2 && sw.includes(w))) cls = "same-name-elsewhere";
    else cls = "other-phrase";
    bump(fn, cls, lost); bump(fp, cls, wasted);
    if ((dump === cls || dump === "all") && (!rulePrefix || s.rule.startsWith(rulePrefix))) console.log(`${cls} ${doc.documentName.slice(0, 60)} [${g.type}/${s.type} ${s.rule}] gold=«${g.speakerText}» sys=«${s.speakerText}» cue=${s.cue}|${g.cue}\n    Q: ${short(g.text)}\n    S: ${short(sentenceAt(g.at))}`);
  }
  goldLeft.forEach((i) => {
    const g = gold[i]; goldTotal += g.speaker.length; bump(fn, "quote-missed", g.speaker.length);
    if (dump === "quote-missed" && g.speaker.length) console.log(`missed [${g.type}] gold=«${g.speakerText}» cue=${g.cue}\n    Q: ${short(g.text)}`);
  });
  systemLeft.forEach((j) => {
    const s = sys[j]; sysTotal += s.speaker.length; bump(fp, "quote-spurious", s.speaker.length);
    if (dump === "quote-spurious" && s.speaker.length && (!rulePrefix || s.rule.startsWith(rulePrefix))) console.log(`spurious [${s.type} ${s.rule}] sys=«${s.speakerText}» cue=${s.cue}\n    Q: ${short(s.text)}`);
    const r = byRule.get(s.rule) ?? {tp: 0, sys: 0, gold: 0}; r.sys += s.speaker.length; byRule.set(s.rule, r);
  });
});
const p = tp / sysTotal, r = tp / goldTotal;
console.error(`speaker tokens: tp ${tp} system ${sysTotal} gold ${goldTotal}  P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
console.error("class                 lost(FN) wasted(FP)");
for (const k of new Set([...fn.keys(), ...fp.keys()])) console.error(`${k.padEnd(22)}${String(fn.get(k) ?? 0).padStart(8)}${String(fp.get(k) ?? 0).padStart(10)}`);
console.error("rule (aligned + spurious)                 tp    sys   gold");
for (const [k, v] of [...byRule].sort((a, b) => b[1].sys - a[1].sys)) console.error(`${k.padEnd(40)}${String(v.tp).padStart(5)}${String(v.sys).padStart(7)}${String(v.gold).padStart(7)}`);
