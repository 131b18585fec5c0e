/**
 * GermEval 2014 (test split): PER mentions, exact span on the outer column,
 * label PER only (PERpart and PERderiv are not person mentions here).
 * Each sentence is rebuilt by joining its tokens with spaces and passed to the
 * mention finder as one span with the seed register off (isolated sentences,
 * no document context); character spans are mapped back to tokens.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {useDictionaries} from "../../loaders/io/dictionaries.js";
import {personLexicon} from "../../loaders/people/lexicon.js";
import {findMentions, type VetoedMention} from "../../loaders/people/mentions.js";
import {corpusPath} from "../corpora.js";
import {type Evaluation, score} from "./types.js";

interface Sentence {
  tokens: string[];
  tags: string[];
}

/** Reads the GermEval TSV: comment line, then index, token, outer tag, inner tag. */
export function readGermEval(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = {tokens: [], tags: []};
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    if (!line.trim()) {
      if (current.tokens.length) sentences.push(current);
      current = {tokens: [], tags: []};
      continue;
    }
    const [, token, outer] = line.split("\t");
    current.tokens.push(token);
    current.tags.push(outer);
  }
  if (current.tokens.length) sentences.push(current);
  return sentences;
}

/** Token spans "first-last" of BIO chunks with exactly this label. */
export function chunks(tags: string[], label: string): string[] {
  const out: string[] = [];
  let begin = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? "O";
    if (begin >= 0 && tag !== `I-${label}`) {
      out.push(`${begin}-${i - 1}`);
      begin = -1;
    }
    if (tag === `B-${label}`) begin = i;
  }
  return out;
}

/**
 * Mentions found in a pre-tokenised sentence (tokens joined with spaces), as
 * token spans "first-last" with the rule that found each. Mentions a veto dropped
 * are pushed to `vetoed` as spans with the veto's id, when given.
 */
export function mentionSpans(tokens: string[], lexicon = personLexicon(), vetoed?: {span: string; veto: string}[]): {span: string; rule: string}[] {
  const starts: number[] = [];
  let text = "";
  for (const token of tokens) {
    if (text) text += " ";
    starts.push(text.length);
    text += token;
  }
  const tokenAt = (offset: number, end: boolean): number => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= offset - (end ? 1 : 0)) k++;
    return k;
  };
  const dropped: VetoedMention[] = [];
  const found = findMentions(text, [{start: 0, end: text.length}], lexicon, [], dropped);
  for (const v of dropped) vetoed?.push({span: `${tokenAt(v.start, false)}-${tokenAt(v.end, true)}`, veto: v.veto});
  return found.map((m) => ({span: `${tokenAt(m.start, false)}-${tokenAt(m.end, true)}`, rule: m.rule}));
}

/** Runs the finder on a sentence; returns the predicted token spans. */
export function predictSentence(tokens: string[]): string[] {
  return mentionSpans(tokens).map((m) => m.span);
}

export const people: Evaluation = {
  name: "people",
  async run() {
    const dir = corpusPath("germeval2014");
    if (!dir) return {name: "people", skipped: "germeval2014 corpus not found"};
    useDictionaries();
    const sentences = readGermEval(readFileSync(join(dir, "NER-de-test.tsv"), "utf8"));
    // counts [tp, system, gold] per half: even-indexed sentences are the tuning half, odd ones held out
    const halves = [[0, 0, 0], [0, 0, 0]];
    const errors: string[] = [];
    for (const [n, s] of sentences.entries()) {
      const want = new Set(chunks(s.tags, "PER"));
      const got = new Set(predictSentence(s.tokens));
      const half = halves[n % 2];
      half[2] += want.size;
      half[1] += got.size;
      for (const g of got) if (want.has(g)) half[0]++;
      if (process.env.PEOPLE_ERRORS) {
        const span = (k: string) => {
          const [a, b] = k.split("-").map(Number);
          return s.tokens.slice(a, b + 1).join(" ");
        };
        for (const g of got) if (!want.has(g)) errors.push(`FP\t${span(g)}\t${s.tokens.join(" ")}`);
        for (const w of want) if (!got.has(w)) errors.push(`FN\t${span(w)}\t${s.tokens.join(" ")}`);
      }
    }
    if (process.env.PEOPLE_ERRORS) (await import("node:fs")).writeFileSync(process.env.PEOPLE_ERRORS, errors.join("\n") + "\n");
    return {
      name: "people", corpus: "GermEval 2014 NER test (5,100 sentences)", metric: "PER mentions, exact span, outer column",
      scores: {
        "PER mentions": score(halves[0][0] + halves[1][0], halves[0][1] + halves[1][1], halves[0][2] + halves[1][2]),
        "PER mentions, tuning half (even sentences)": score(halves[0][0], halves[0][1], halves[0][2]),
        "PER mentions, held-out half (odd sentences)": score(halves[1][0], halves[1][1], halves[1][2])
      },
      goals: {"PER mentions": 0.85, "PER mentions, held-out half (odd sentences)": 0.85},
      notes: ["isolated sentences: no register, no document context; PERpart/PERderiv not counted as PER", "rules are tuned on the even sentences only; the odd half measures them on sentences not looked at"]
    };
  }
};
