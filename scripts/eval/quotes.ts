/**
 * Quotes and speakers on the German Wikinews quotation corpus (dev split):
 * token-level precision, recall and F1 for quote spans (all types, direct,
 * indirect, reported) and speakers, next to a quotation-mark regex baseline.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {corpusPath} from "../corpora.js";
import {type CorpusDoc, goldQuotes, systemQuotes, tokenIds} from "./quotes/groups.js";
import {scoreDocument, TokenCounts, type TokenGroup} from "./quotes/score.js";
import type {EvalSection, Evaluation} from "./types.js";

/** Gold types scored as "indirect": indirect speech and the free-indirect continuations. */
const INDIRECT = new Set(["Indirect", "FreeIndirect", "IndirectFreeIndirect"]);

/** The baseline: every pair of quotation marks is a direct quote, with no speaker. */
function baselineGroups(doc: CorpusDoc): TokenGroup[] {
  const groups: TokenGroup[] = [];
  for (const m of doc.originalText.matchAll(/„[^„“]*“|"[^"]*"|»[^»«]*«/g)) {
    groups.push({quote: tokenIds(doc.tokens, m.index, m.index + m[0].length), speaker: [], type: "Direct"});
  }
  return groups;
}

function measure(docs: CorpusDoc[], system: (doc: CorpusDoc) => TokenGroup[]) {
  const counts = {all: new TokenCounts(), direct: new TokenCounts(), indirect: new TokenCounts(), reported: new TokenCounts(), speaker: new TokenCounts(), ignore: new TokenCounts()};
  for (const doc of docs) {
    const gold = goldQuotes(doc);
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
    const ours = measure(docs, systemQuotes);
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
