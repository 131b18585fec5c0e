/**
 * Quotes and speakers on the German Wikinews quotation corpus (dev split):
 * token-level precision, recall and F1 for quote spans (all types, direct,
 * indirect, reported) and speakers, next to a quotation-mark regex baseline.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {findQuotes} from "../../loaders/quotes/extract.js";
import {quotePieces} from "../../loaders/quotes/gaps.js";
import {splitSentences} from "../../loaders/text/sentences.js";
import {corpusPath} from "../corpora.js";
import {scoreDocument, TokenCounts, type TokenGroup} from "./quotes/score.js";
import type {EvalSection, Evaluation} from "./types.js";

interface CorpusToken {
  id: number;
  charBegin: number;
  charEnd: number;
}
interface Role {
  spans: {charBegin: number; charEnd: number}[];
  tokenIds: number[];
}
interface CorpusDoc {
  documentName: string;
  originalText: string;
  tokens: CorpusToken[];
  annotations: {type: string; quote: Role; speaker: Role}[];
}

const TYPES: Record<string, string> = {direct: "Direct", indirect: "Indirect", reported: "Reported"};
/** Gold types scored as "indirect": indirect speech and the free-indirect continuations. */
const INDIRECT = new Set(["Indirect", "FreeIndirect", "IndirectFreeIndirect"]);
const MARKS = /[„“”"»«‚‘’]/;

/** Token ids overlapping [start, end). */
function tokenIds(tokens: CorpusToken[], start: number | null, end: number | null): number[] {
  if (start === null || end === null || end <= start) return [];
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].charEnd <= start) lo = mid + 1;
    else hi = mid;
  }
  const ids: number[] = [];
  for (let k = lo; k < tokens.length && tokens[k].charBegin < end; k++) ids.push(tokens[k].id);
  return ids;
}

function systemGroups(doc: CorpusDoc): TokenGroup[] {
  const text = doc.originalText;
  return findQuotes(text, splitSentences(text)).map((q) => {
    // gold direct quotes include their quotation marks; our spans leave them out
    const start = q.type === "direct" && MARKS.test(text[q.start - 1] ?? "") ? q.start - 1 : q.start;
    const end = q.type === "direct" && MARKS.test(text[q.end] ?? "") ? q.end + 1 : q.end;
    // an indirect quote with its attribution inside ("plant nach Angaben X den Abbau") is two pieces, as gold annotates it
    const quote = quotePieces({start, end, gaps: q.gaps}).flatMap((p) => tokenIds(doc.tokens, p.start, p.end));
    return {quote, speaker: tokenIds(doc.tokens, q.speakerStart, q.speakerEnd), type: TYPES[q.type]};
  });
}

/** The baseline: every pair of quotation marks is a direct quote, with no speaker. */
function baselineGroups(doc: CorpusDoc): TokenGroup[] {
  const groups: TokenGroup[] = [];
  for (const m of doc.originalText.matchAll(/„[^„“]*“|"[^"]*"|»[^»«]*«/g)) {
    groups.push({quote: tokenIds(doc.tokens, m.index, m.index + m[0].length), speaker: [], type: "Direct"});
  }
  return groups;
}

function goldGroups(doc: CorpusDoc): TokenGroup[] {
  return doc.annotations.map((a) => ({quote: [...new Set(a.quote.tokenIds)].sort((x, y) => x - y), speaker: [...new Set(a.speaker.tokenIds)], type: a.type}));
}

function measure(docs: CorpusDoc[], system: (doc: CorpusDoc) => TokenGroup[]) {
  const counts = {all: new TokenCounts(), direct: new TokenCounts(), indirect: new TokenCounts(), reported: new TokenCounts(), speaker: new TokenCounts(), ignore: new TokenCounts()};
  for (const doc of docs) {
    const gold = goldGroups(doc);
    const sys = system(doc);
    scoreDocument(gold, sys, counts.all, counts.speaker);
    scoreDocument(gold.filter((g) => g.type === "Direct"), sys.filter((s) => s.type === "Direct"), counts.direct, counts.ignore);
    scoreDocument(gold.filter((g) => INDIRECT.has(g.type)), sys.filter((s) => s.type === "Indirect"), counts.indirect, counts.ignore);
    scoreDocument(gold.filter((g) => g.type === "Reported"), sys.filter((s) => s.type === "Reported"), counts.reported, counts.ignore);
  }
  return counts;
}

/** Reads the dev split of the German Wikinews quotation corpus. */
export function readQuoteCorpus(dir: string): CorpusDoc[] {
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
}

export const quotesEvaluation: Evaluation = {
  name: "quotes",
  async run() {
    const root = corpusPath("german-news-quotes");
    if (!root) return {name: "quotes", skipped: "corpus german-news-quotes not found"};
    const docs = readQuoteCorpus(join(root, "data", "dev"));
    const ours = measure(docs, systemGroups);
    const base = measure(docs, baselineGroups);
    const section: EvalSection = {
      name: "quotes",
      corpus: `german-news-quotes dev (${docs.length} articles)`,
      metric: "token-level P/R/F1, quotations aligned by token overlap",
      scores: {
        "quote all types": ours.all.score(),
        "quote direct": ours.direct.score(),
        "quote indirect": ours.indirect.score(),
        "quote reported": ours.reported.score(),
        speaker: ours.speaker.score(),
        "baseline regex: all types": base.all.score(),
        "baseline regex: direct": base.direct.score(),
        "baseline regex: speaker": base.speaker.score()
      },
      goals: {"quote all types": 0.75, "quote direct": 0.95, speaker: 0.8},
      notes: ["indirect = gold Indirect, FreeIndirect and IndirectFreeIndirect; direct spans are widened by their quotation marks, which gold includes"]
    };
    return section;
  }
};
