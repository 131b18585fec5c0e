/**
 * What a quote rule sees of one body sentence (`SentenceContext`), the quotes and cues it works with,
 * and the bounds of the clause around a token.
 */
import type {CueForm} from "./lexicon.js";
import type {QuotePair} from "./marks.js";
import type {Token} from "./tokens.js";

/** The kinds of quote in quotes.csv: a quotation in marks, a content clause or Konjunktiv report, or a speech act reported without its words. */
export type QuoteType = "direct" | "indirect" | "reported";

/** A quote found in the text, before it is turned into a row. Offsets into the article text. */
export interface FoundQuote {
  start: number;
  end: number;
  type: QuoteType;
  rule: string;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string;
  cueStart: number | null;
  cueEnd: number | null;
  sentenceStart: number;
  sentenceEnd: number;
  /** Ranges inside [start, end) that are not the quote's words: the attribution phrase inside an indirect quote ("… plant nach Angaben der Gewerkschaft den Abbau …"). */
  gaps?: {start: number; end: number}[];
}

/** A speech verb found in a sentence, outside quotations. */
export interface Cue {
  /** Token index of the finite verb (or participle). */
  index: number;
  form: CueForm;
  /** Token index of the separable particle, or -1. */
  particle: number;
}

/** The last explicit attribution, carried to following sentences (pronouns, Konjunktiv I continuations). */
export interface Attribution {
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string;
  cueStart: number | null;
  cueEnd: number | null;
  /** Index of the sentence it was made in (updated as it is carried on). */
  sentence: number;
}

/** Everything a quote rule sees about one body sentence. */
export interface SentenceContext {
  text: string;
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  cues: Cue[];
  /** Token indices of Konjunktiv forms outside quotations (not first person). */
  konjunktiv: number[];
  /** The same without the Konjunktiv II forms (which also make conditionals). */
  strongKonjunktiv: number[];
  /** Quotations that open in this sentence. */
  pairs: QuotePair[];
  /** Token indices of cues already used by a rule. */
  used: Set<number>;
  /** Attribution carried from earlier sentences, if recent. */
  last: Attribution | null;
  /** Quotes found so far in this sentence. */
  found: FoundQuote[];
  /** The sentence right before, in the same paragraph, when it holds no quote found so far (for "Das teilte X mit."). */
  before?: {start: number; end: number} | null;
}

/** Marks that end a clause (outside quotations): comma, colon, semicolon, dashes. */
export const CLAUSE_END = new Set([",", ":", ";", "–", "—"]);

/** Token index where the clause holding token i begins (after a comma, colon or quotation). */
export function clauseStart(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && j > i - 40 && !(CLAUSE_END.has(tokens[j - 1].text) && tokens[j - 1].quote < 0)) j--;
  return j;
}

/** Token index where the clause holding token i ends (exclusive). */
export function clauseEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && j < i + 200 && !CLAUSE_END.has(tokens[j].text) && tokens[j].quote < 0) j++;
  return j;
}
