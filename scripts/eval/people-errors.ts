/**
 * Error analysis for the people evaluation (GermEval 2014 test, PER).
 * Scores the even-indexed sentences (tuning half) and the odd-indexed ones
 * (confirmation half) separately, counts false positives by rule and misses by
 * span length, counts the mentions each veto of mention-vetoes.ts dropped per half (right: no gold
 * person there; wrong: a gold person), and writes every error of the tuning half to a TSV when a path is given
 * (a wrong veto as a VETO line):
 *   npx tsx scripts/eval/people-errors.ts [/tmp/errors.tsv]
 * The TSV quotes corpus sentences, which are licensed non-commercial: write it
 * outside the repository (the script refuses a relative path or a flag).
 */
import {readFileSync, writeFileSync} from "node:fs";
import {isAbsolute, join, resolve, sep} from "node:path";
import {personLexicon} from "../../loaders/people/lexicon.js";
import {corpusPath} from "../corpora.js";
import {chunks, mentionSpans, readGermEval} from "./people.js";
import {useDictionaries} from "../../loaders/io/dictionaries.js";

// loaders/ reads no files: the noun dictionary and the package given-name list come from their cache files
useDictionaries();

const out = process.argv[2];
if (out !== undefined && (out.startsWith("-") || !isAbsolute(out) || resolve(out).startsWith(resolve(".") + sep))) {
  console.error(`people-errors: the errors file must be an absolute path outside the repository, got: ${out}`);
  console.error("usage: npx tsx scripts/eval/people-errors.ts [/tmp/errors.tsv]");
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
const lex = personLexicon();
sentences.forEach((s, n) => {
  const got = new Map<string, string>();
  const vetoed: {span: string; veto: string}[] = [];
  for (const m of mentionSpans(s.tokens, lex, vetoed)) got.set(m.span, m.rule);
  const want = new Set(chunks(s.tags, "PER"));
  const h = halves[n % 2];
  h.gold += want.size;
  h.sys += got.size;
  const span = (k: string) => {
    const [a, b] = k.split("-").map(Number);
    return s.tokens.slice(a, b + 1).join(" ");
  };
  const tagAt = (k: string) => s.tags[Number(k.split("-")[0])];
  for (const v of vetoed) {
    const c = vetoCounts[n % 2].get(v.veto) ?? [0, 0];
    c[want.has(v.span) ? 1 : 0]++;
    vetoCounts[n % 2].set(v.veto, c);
    if (n % 2 === 0 && want.has(v.span)) lines.push(`VETO\t${v.veto}\t${tagAt(v.span)}\t${span(v.span)}\t${s.tokens.join(" ")}`);
  }
  for (const [g, rule] of got) {
    if (want.has(g)) {
      h.tp++;
      tpByRule.set(rule, (tpByRule.get(rule) ?? 0) + 1);
    } else {
      fpByRule.set(rule, (fpByRule.get(rule) ?? 0) + 1);
      if (n % 2 === 0) lines.push(`FP\t${rule}\t${tagAt(g)}\t${span(g)}\t${s.tokens.join(" ")}`);
    }
  }
  for (const w of want) {
    if (got.has(w)) continue;
    const [a, b] = w.split("-").map(Number);
    fnByLength.set(b - a + 1, (fnByLength.get(b - a + 1) ?? 0) + 1);
    const overlap = [...got.keys()].some((g) => {
      const [c, d] = g.split("-").map(Number);
      return c <= b && d >= a;
    });
    if (n % 2 === 0) lines.push(`FN\t${overlap ? "boundary" : "missed"}\t${b - a + 1}\t${span(w)}\t${s.tokens.join(" ")}`);
  }
});
const f = (h: {tp: number; sys: number; gold: number}) => {
  const p = h.tp / h.sys, r = h.tp / h.gold;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r)).toFixed(3)} (tp ${h.tp}, system ${h.sys}, gold ${h.gold})`;
};
console.log(`tune (even):    ${f(halves[0])}`);
console.log(`confirm (odd):  ${f(halves[1])}`);
console.log(`all:            ${f({tp: halves[0].tp + halves[1].tp, sys: halves[0].sys + halves[1].sys, gold: halves[0].gold + halves[1].gold})}`);
console.log("rule: tp / fp", [...new Set([...tpByRule.keys(), ...fpByRule.keys()])].map((r) => `${r} ${tpByRule.get(r) ?? 0}/${fpByRule.get(r) ?? 0}`).join(", "));
const vetoLine = (m: Map<string, [number, number]>) => [...m].sort((a, b) => a[0].localeCompare(b[0])).map(([id, [right, wrong]]) => `${id} ${right}/${wrong}`).join(", ") || "none";
console.log(`vetoed, right / wrong: tune (even) ${vetoLine(vetoCounts[0])}; confirm (odd) ${vetoLine(vetoCounts[1])}`);
console.log("misses by length", [...fnByLength].sort((a, b) => a[0] - b[0]).map(([l, c]) => `${l}:${c}`).join(" "));
if (out) writeFileSync(out, lines.join("\n") + "\n");
