/**
 * KRAUTS evaluation of German temporal expressions: our rules (+ chrono-node
 * fallback), the HeidelTime output shipped with the corpus, and chrono-node's
 * German parser alone, scored by the same scorer in the same run. The DCT is
 * the reference date; only TEXT is read; empty TIMEX3 are dropped.
 * DATES_DEBUG=file writes our misses and errors to that file.
 */
import {writeFileSync} from "node:fs";
import {chronoRaw} from "../../loaders/dates/chrono.js";
import {german} from "../../loaders/dates/extractor.js";
import {findDates} from "../../loaders/dates/find.js";
import {splitSentences} from "../../loaders/text/sentences.js";
import {corpusPath} from "../corpora.js";
import {type TimemlDoc, readKrauts} from "./krauts.js";
import {type TimexCounts, type TimexSpan, addCounts, countDocument, normaliseValue, timexScores, zeroCounts} from "./timex-score.js";
import type {EvalSection, Evaluation} from "./types.js";

type System = "ours" | "heideltime" | "chrono" | "rules-only";
const SYSTEMS: System[] = ["ours", "heideltime", "chrono", "rules-only"];

function ours(doc: TimemlDoc, chrono: boolean): TimexSpan[] {
  return findDates(doc.text, splitSentences(doc.text), german, {published: doc.dct, chrono});
}

function chronoAlone(doc: TimemlDoc): TimexSpan[] {
  const [y, m, d] = doc.dct.split("-").map(Number);
  const reference = new Date(y, m - 1, d, 12);
  const out: TimexSpan[] = [];
  for (const s of splitSentences(doc.text)) {
    for (const r of chronoRaw(doc.text.slice(s.start, s.end), reference)) out.push({start: s.start + r.index, end: s.start + r.index + r.text.length, value: r.value, type: r.type});
  }
  return out;
}

export const datesEvaluation: Evaluation = {
  name: "dates",
  async run() {
    const root = corpusPath("krauts");
    if (!root) return {name: "dates", skipped: "corpus krauts not found"};
    const docs = readKrauts(root);
    const totals = new Map<string, TimexCounts>();
    const add = (key: string, c: TimexCounts) => totals.set(key, addCounts(totals.get(key) ?? zeroCounts(), c));
    const debug: string[] = [];
    for (const {gold, heideltime} of docs) {
      const outputs: Record<System, TimexSpan[]> = {ours: ours(gold, true), heideltime: heideltime.timexes, chrono: chronoAlone(gold), "rules-only": ours(gold, false)};
      for (const system of SYSTEMS) {
        const pairs: [TimexSpan, TimexSpan][] = [];
        const c = countDocument(gold.timexes, outputs[system], pairs);
        add(`${system}|all`, c);
        add(`${system}|${gold.subset}`, c);
        add(`${system}|${gold.subset === "Dolomiten-42" ? "Dolomiten-42" : "rest"}`, c);
        if (system === "ours" && process.env.DATES_DEBUG) debugLines(gold, outputs.ours, pairs, debug);
      }
    }
    if (process.env.DATES_DEBUG) writeFileSync(process.env.DATES_DEBUG, debug.join("\n") + "\n");
    const scores: EvalSection["scores"] = {};
    console.log(`\nKRAUTS (${docs.length} documents): strict F1 / relaxed F1 / value acc / type acc`);
    for (const subset of ["all", "Dolomiten-42", "rest", "Dolomiten-100", "DieZeit"]) {
      for (const system of SYSTEMS) {
        const s = timexScores(totals.get(`${system}|${subset}`)!);
        console.log(`  ${subset.padEnd(14)} ${system.padEnd(11)} ${s.strict.f1.toFixed(3)}  ${s.relaxed.f1.toFixed(3)}  ${s.value.toFixed(3)}  ${s.type.toFixed(3)}`);
        if (subset === "all") Object.assign(scores, {[`${system}.strict`]: s.strict, [`${system}.relaxed`]: s.relaxed, [`${system}.value`]: s.value, [`${system}.type`]: s.type});
        else if (system === "ours") Object.assign(scores, {[`ours.${subset}.strict`]: s.strict.f1, [`ours.${subset}.relaxed`]: s.relaxed.f1, [`ours.${subset}.value`]: s.value});
      }
    }
    console.log("\nour rule vs chrono-node on the same gold spans (value correct / matched; chrono found):");
    const notes: string[] = [];
    for (const [rule, r] of [...ruleVersusChrono(docs)].sort((a, b) => b[1].n - a[1].n)) {
      const line = `${rule.padEnd(26)} n ${String(r.n).padStart(4)}  ours ${(r.ours / r.n).toFixed(2)}  chrono ${(r.chrono / r.n).toFixed(2)} (found ${r.chronoFound})`;
      console.log(`  ${line}`);
      notes.push(line);
    }
    return {
      name: "dates",
      corpus: "KRAUTS (192 docs, TEXT only, DCT as reference)",
      metric: "strict span P/R/F1, relaxed (overlap, one-to-one) P/R/F1, value and type accuracy over relaxed matches",
      scores,
      goals: {"ours.strict": 0.8, "ours.relaxed": 0.9, "ours.value": 0.9},
      notes: ["heideltime = the HeidelTime output shipped in the corpus; chrono = chrono-node's German parser alone; rules-only = ours without the chrono-node fallback", "our rule vs chrono-node on the same gold spans:", ...notes]
    };
  }
};

function debugLines(doc: TimemlDoc, system: TimexSpan[], pairs: [TimexSpan, TimexSpan][], out: string[]): void {
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedSys = new Set(pairs.map(([, s]) => s));
  const ctx = (t: TimexSpan) => `${doc.text.slice(Math.max(0, t.start - 30), t.start)}[${doc.text.slice(t.start, t.end)}]${doc.text.slice(t.end, t.end + 20)}`.replace(/\s+/g, " ");
  for (const g of doc.timexes) if (!matchedGold.has(g)) out.push(`MISS\t${doc.subset}\t${doc.dct}\t${g.type}\t${g.value}\t${ctx(g)}`);
  for (const s of system) if (!matchedSys.has(s)) out.push(`FP\t${doc.subset}\t${doc.dct}\t${s.type}\t${s.value}\t${ctx(s)}\t${(s as any).rule}`);
  for (const [g, s] of pairs) {
    if (g.start !== s.start || g.end !== s.end) out.push(`SPAN\t${doc.subset}\t${doc.dct}\t${g.type}\t${g.value}\t${ctx(g)}\t${ctx(s)}\t${(s as any).rule}`);
    if (g.value.replace(/T(\d+)\.(\d+)/, "T$1:$2") !== s.value) out.push(`VALUE\t${doc.subset}\t${doc.dct}\t${g.type}\t${g.value}\t${s.value}\t${ctx(g)}\t${(s as any).rule}\t${(s as any).note}`);
  }
}

/**
 * Which is right where both could answer: for every gold TIMEX3 that our rules
 * match, our value against chrono-node's value for the same gold surface, by our rule id.
 */
export function ruleVersusChrono(docs: {gold: TimemlDoc}[]): Map<string, {n: number; ours: number; chrono: number; chronoFound: number}> {
  const table = new Map<string, {n: number; ours: number; chrono: number; chronoFound: number}>();
  for (const {gold} of docs) {
    const system = findDates(gold.text, splitSentences(gold.text), german, {published: gold.dct, chrono: false});
    const pairs: [TimexSpan, TimexSpan][] = [];
    countDocument(gold.timexes, system, pairs);
    const [y, m, d] = gold.dct.split("-").map(Number);
    const reference = new Date(y, m - 1, d, 12);
    for (const [g, s] of pairs) {
      const rule = (s as {rule?: string}).rule ?? "?";
      const row = table.get(rule) ?? {n: 0, ours: 0, chrono: 0, chronoFound: 0};
      row.n++;
      if (normaliseValue(s.value) === normaliseValue(g.value)) row.ours++;
      const c = chronoRaw(gold.text.slice(g.start, g.end), reference)[0];
      if (c) row.chronoFound++;
      if (c && normaliseValue(c.value) === normaliseValue(g.value)) row.chrono++;
      table.set(rule, row);
    }
  }
  return table;
}
