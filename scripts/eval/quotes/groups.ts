/**
 * The Wikinews quotation corpus's documents as token-id groups, for the quotes evaluation and its
 * local error tools: gold annotations and our quotes on the same tokens, with the fields the error
 * listings print.
 */
import {findQuotes} from "../../../loaders/quotes/extract.js";
import {quotePieces} from "../../../loaders/quotes/gaps.js";
import {splitSentences} from "../../../loaders/text/sentences.js";
import type {TokenGroup} from "./score.js";

export interface CorpusToken {
  id: number;
  charBegin: number;
  charEnd: number;
}
interface Role {
  text: string;
  spans: {charBegin: number; charEnd: number}[];
  tokenIds: number[];
}
/** One document of the corpus (the fields read here). */
export interface CorpusDoc {
  documentName: string;
  originalText: string;
  tokens: CorpusToken[];
  sentences: {charBegin: number; charEnd: number}[];
  annotations: {type: string; quote: Role; speaker: Role; cue?: Role}[];
}

/** Our quote types by the corpus's names. */
export const CORPUS_TYPES: Record<string, string> = {direct: "Direct", indirect: "Indirect", reported: "Reported"};
const MARKS = /[„“”"»«‚‘’]/;

/** Token ids overlapping [start, end). */
export function tokenIds(tokens: CorpusToken[], start: number | null, end: number | null): number[] {
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

/** A gold annotation: its tokens, its corpus type and its texts. */
export interface GoldQuote extends TokenGroup {
  text: string;
  speakerText: string;
  cue: string;
  /** Number of pieces the quote span has. */
  pieces: number;
  /** Offsets of the first and last piece, and of the speaker (else cue, else quote). */
  begin: number;
  end: number;
  at: number;
}

/** The gold annotations of a document. */
export function goldQuotes(doc: CorpusDoc): GoldQuote[] {
  return doc.annotations.map((a) => ({
    quote: [...new Set(a.quote.tokenIds)].sort((x, y) => x - y),
    speaker: [...new Set(a.speaker.tokenIds)],
    type: a.type,
    text: a.quote.text,
    speakerText: a.speaker.text,
    cue: a.cue?.text ?? "",
    pieces: a.quote.spans.length,
    begin: Math.min(...a.quote.spans.map((s) => s.charBegin)),
    end: Math.max(...a.quote.spans.map((s) => s.charEnd)),
    at: a.speaker.spans[0]?.charBegin ?? a.cue?.spans[0]?.charBegin ?? a.quote.spans[0]?.charBegin
  }));
}

/** One of our quotes on the corpus's tokens, with the rule, span and texts the error listings print. */
export interface SystemQuote extends TokenGroup {
  rule: string;
  start: number;
  end: number;
  text: string;
  speakerText: string;
  cue: string;
}

/** Our quotes of a document, direct ones widened by their quotation marks, which gold includes. */
export function systemQuotes(doc: CorpusDoc): SystemQuote[] {
  const text = doc.originalText;
  return findQuotes(text, splitSentences(text)).map((q) => {
    const start = q.type === "direct" && MARKS.test(text[q.start - 1] ?? "") ? q.start - 1 : q.start;
    const end = q.type === "direct" && MARKS.test(text[q.end] ?? "") ? q.end + 1 : q.end;
    // an indirect quote with its attribution inside ("plant nach Angaben X den Abbau") is two pieces, as gold annotates it
    const quote = quotePieces({start, end, gaps: q.gaps}).flatMap((p) => tokenIds(doc.tokens, p.start, p.end));
    return {
      quote,
      speaker: tokenIds(doc.tokens, q.speakerStart, q.speakerEnd),
      type: CORPUS_TYPES[q.type],
      rule: q.rule,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speakerText: q.speakerStart === null ? "" : text.slice(q.speakerStart, q.speakerEnd!),
      cue: q.cue
    };
  });
}
