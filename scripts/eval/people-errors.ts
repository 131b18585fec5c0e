/**
 * Error analysis for the people evaluation (GermEval 2014 test, PER).
 * Scores the even-indexed sentences (tuning half) and the odd-indexed ones
 * (confirmation half) separately, counts false positives by rule and misses by
 * span length, counts the mentions each veto of mention-vetoes.ts dropped per half (right: no gold
 * person there; wrong: a gold person), and writes every error of the tuning half to a TSV when a path is given
 * (a wrong veto as a VETO line):
 *   npx tsx scripts/eval/people-errors.ts [--quarters] [--ablate] [--no-titles] [/tmp/errors.tsv]
 * Each sentence is read with the title of its source as context where the corpus gives one (people.ts); --no-titles reads
 * the sentences alone, as the figures before the titles were read.
 * With --quarters the tuning half is split in two: quarter A (sentence index % 4 == 0), whose errors are
 * counted and written, and quarter B (index % 4 == 2), which is only scored; the odd half is neither scored
 * nor read, so a rule tuned on A is checked on B without spending the held-out half.
 * With --ablate the lexicon loses the entries the tuning half could have put there (people-ablate.ts): a pessimistic
 * stand-in for unseen text, where a rule that lifts A and B lifts them by what the sentence shows, not by a list.
 * The TSV quotes corpus sentences, which are licensed non-commercial: write it
 * outside the repository (the script refuses a relative path or a flag).
 */
import {readFileSync, writeFileSync} from "node:fs";
import {isAbsolute, join, resolve, sep} from "node:path";
import {personLexicon} from "../../loaders/people/lexicon.js";
import {corpusPath} from "../corpora.js";
import {chunks, mentionSpans, readGermEval} from "./people.js";
import {ablatedLexicon} from "./people-ablate.js";
import {useDictionaries} from "../../loaders/io/dictionaries.js";

// loaders/ reads no files: the noun dictionary and the package given-name list come from their cache files
useDictionaries();

const args = process.argv.slice(2);
const flag = (name: string): boolean => {
  const k = args.indexOf(name);
  if (k >= 0) args.splice(k, 1);
  return k >= 0;
};
const quarters = flag("--quarters");
const ablate = flag("--ablate");
const titles = !flag("--no-titles");
const out = args[0];
if (args.length > 1 || out !== undefined && (out.startsWith("-") || !isAbsolute(out) || resolve(out).startsWith(resolve(".") + sep))) {
  console.error(`people-errors: the errors file must be an absolute path outside the repository, got: ${out}`);
  console.error("usage: npx tsx scripts/eval/people-errors.ts [--quarters] [--ablate] [--no-titles] [/tmp/errors.tsv]");
  process.exit(2);
}
const dir = corpusPath("germeval2014");
if (!dir) {
  console.log("germeval2014 corpus not found");
  process.exit(0);
}
const sentences = readGermEval(readFileSync(join(dir, "NER-de-test.tsv"), "utf8"));
const halves = [{tp: 0, sys: 0, gold: 0}, {tp: 0, sys: 0, gold: 0}];
const fpByRule = new Map<string, number>();
const tpByRule = new Map<string, number>();
const fnByLength = new Map<number, number>();
/** Per half, per veto id: [right, wrong] (a dropped span that is not / is a gold person). */
const vetoCounts = [new Map<string, [number, number]>(), new Map<string, [number, number]>()];
const lines: string[] = [];
let lex = personLexicon();
if (ablate) {
  const a = ablatedLexicon(lex, sentences.filter((_, n) => n % 2 === 0));
  lex = a.lexicon;
  console.log(`ablated: ${Object.entries(a.removed).map(([list, n]) => `${list} -${n}`).join(", ")}`);
}
/** The group a sentence is scored in: 0 (tuning half, or quarter A) has its errors written; -1 is skipped. */
const groupOf = (n: number): number => (quarters ? (n % 2 ? -1 : (n / 2) % 2) : n % 2);
sentences.forEach((s, n) => {
  const g0 = groupOf(n);
  if (g0 < 0) return;
  const tuned = g0 === 0;
  const got = new Map<string, string>();
  const vetoed: {span: string; veto: string}[] = [];
  for (const m of mentionSpans(s.tokens, lex, vetoed, titles ? s.title : "")) got.set(m.span, m.rule);
  const want = new Set(chunks(s.tags, "PER"));
  const h = halves[g0];
  h.gold += want.size;
  h.sys += got.size;
  const span = (k: string) => {
    const [a, b] = k.split("-").map(Number);
    return s.tokens.slice(a, b + 1).join(" ");
  };
  const tagAt = (k: string) => s.tags[Number(k.split("-")[0])];
  for (const v of vetoed) {
    const c = vetoCounts[g0].get(v.veto) ?? [0, 0];
    c[want.has(v.span) ? 1 : 0]++;
    vetoCounts[g0].set(v.veto, c);
    if (tuned && want.has(v.span)) lines.push(`VETO\t${v.veto}\t${tagAt(v.span)}\t${span(v.span)}\t${s.tokens.join(" ")}`);
  }
  for (const [g, rule] of got) {
    if (want.has(g)) {
      h.tp++;
      if (!tuned) continue;
      tpByRule.set(rule, (tpByRule.get(rule) ?? 0) + 1);
    } else if (tuned) {
      fpByRule.set(rule, (fpByRule.get(rule) ?? 0) + 1);
      lines.push(`FP\t${rule}\t${tagAt(g)}\t${span(g)}\t${s.tokens.join(" ")}`);
    }
  }
  for (const w of want) {
    if (got.has(w) || !tuned) continue;
    const [a, b] = w.split("-").map(Number);
    fnByLength.set(b - a + 1, (fnByLength.get(b - a + 1) ?? 0) + 1);
    const overlap = [...got.keys()].some((g) => {
      const [c, d] = g.split("-").map(Number);
      return c <= b && d >= a;
    });
    lines.push(`FN\t${overlap ? "boundary" : "missed"}\t${b - a + 1}\t${span(w)}\t${s.tokens.join(" ")}`);
  }
});
const f = (h: {tp: number; sys: number; gold: number}) => {
  const p = h.tp / h.sys, r = h.tp / h.gold;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r)).toFixed(3)} (tp ${h.tp}, system ${h.sys}, gold ${h.gold})`;
};
const [label0, label1] = quarters ? ["quarter A", "quarter B"] : ["tune (even)", "confirm (odd)"];
console.log(`${label0}:${" ".repeat(15 - label0.length)}${f(halves[0])}`);
console.log(`${label1}:${" ".repeat(15 - label1.length)}${f(halves[1])}`);
const label2 = quarters ? "even half" : "all";
console.log(`${label2}:${" ".repeat(15 - label2.length)}${f({tp: halves[0].tp + halves[1].tp, sys: halves[0].sys + halves[1].sys, gold: halves[0].gold + halves[1].gold})}`);
console.log(`rule: tp / fp (${label0})`, [...new Set([...tpByRule.keys(), ...fpByRule.keys()])].map((r) => `${r} ${tpByRule.get(r) ?? 0}/${fpByRule.get(r) ?? 0}`).join(", "));
const vetoLine = (m: Map<string, [number, number]>) => [...m].sort((a, b) => a[0].localeCompare(b[0])).map(([id, [right, wrong]]) => `${id} ${right}/${wrong}`).join(", ") || "none";
console.log(`vetoed, right / wrong: ${label0} ${vetoLine(vetoCounts[0])}; ${label1} ${vetoLine(vetoCounts[1])}`);
console.log(`misses by length (${label0})`, [...fnByLength].sort((a, b) => a[0] - b[0]).map(([l, c]) => `${l}:${c}`).join(" "));
if (out) writeFileSync(out, lines.join("\n") + "\n");
