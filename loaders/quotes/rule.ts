import type {Attribution, Cue, FoundQuote, SentenceContext} from "./context.js";
import type {QuotePair} from "./marks.js";
import type {Token} from "./tokens.js";

/** What a direct-quote rule sees about one quotation. */
export interface PairContext {
  pair: QuotePair;
  /** The sentence the quotation opens in. */
  sentence: SentenceContext;
  /** Tokens after the closing mark, to the end of the sentence holding it. */
  after: Token[];
  /** Cues in `after`. */
  afterCues: Cue[];
  /** The sentence right before the quotation when it ends with a colon ("… so:"), else null. */
  colon: SentenceContext | null;
  /** Tokens inside the quotation. */
  inner: Token[];
  /** Lower-case words right before the opening mark (up to three, nearest last). */
  lead: string[];
  /** Number of words inside the quotation. */
  words: number;
  /** Whether the quotation reads as a sentence (ends with . ! ? or has several clauses). */
  sentenceLike: boolean;
  /** Attribution of the previous quotation in this sentence, if any. */
  previous: Attribution | null;
}

/** The attribution a direct rule gives a quotation. */
export interface DirectAttribution extends Attribution {
  rule: string;
}

/** A filter that sets a quotation aside as not speech (a name, a title, a term); tried before the direct rules. */
export interface NotSpeechRule {
  id: string;
  test(context: PairContext): boolean;
}

/**
 * A veto on a speech cue: when `test` holds, the cue reports no speech (a negated act, a purpose "soll",
 * "das heißt"). `At` is what the veto looks at: the cue, or a token index (a modal).
 */
export interface QuoteVeto<At> {
  id: string;
  test(tokens: Token[], at: At): boolean;
}

/** A rule for direct quotes: attributes a quotation or passes (null). Tried in order; a quotation no rule attributes is not speech. */
export interface DirectRule {
  id: string;
  attribute(context: PairContext): Omit<DirectAttribution, "rule" | "sentence"> | null;
}

/**
 * A rule for a quotation that one source relays from another ("Die Zeitung
 * zitiert einen Augenzeugen mit den Worten: „…“"): given the attribution a
 * direct rule found, it returns the other source as a second attribution of
 * the same quotation, or null. The quotation then gets a row for each source.
 */
export interface RelayRule {
  id: string;
  attribute(context: PairContext, first: Omit<Attribution, "sentence">): Omit<Attribution, "sentence"> | null;
}

/** A rule for indirect and reported speech: finds at most one quote in a sentence, or passes. */
export interface ClauseRule {
  id: string;
  apply(sentence: SentenceContext): Omit<FoundQuote, "rule" | "sentenceStart" | "sentenceEnd"> | null;
}
