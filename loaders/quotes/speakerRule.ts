import type {TokenRange} from "./phrase.js";
import type {Token} from "./tokens.js";

/** What a speaker rule sees: the tokens of the sentence (or stretch), the cue and where its clause starts. */
export interface SpeakerContext {
  tokens: Token[];
  /** Token index of the speech verb. */
  cue: number;
  /** Token index where the cue's clause starts (after a comma, colon or quotation). */
  from: number;
  /** The subject phrase after a verb at token i, skipping "sich" and a few adverbs. */
  phraseAfter(i: number): TokenRange;
}

/**
 * A rule for the speaker of a speech verb, tried before the general subject
 * search of `speakerForCue`: returns the speaker span, null for "no speaker",
 * or undefined to pass to the next rule.
 */
export interface SpeakerRule {
  id: string;
  find(context: SpeakerContext): TokenRange | undefined;
}

/** A rule that widens or corrects the speaker span found by the general search (or by a rule); undefined keeps it. */
export interface SpeakerRefinement {
  id: string;
  refine(context: SpeakerContext, found: [number, number]): TokenRange | undefined;
}

/** What a final speaker check sees: the sentence's tokens, the cue (or attribution word) and a new search from a later token. */
export interface SpeakerCheckContext {
  tokens: Token[];
  /** Token index of the speech verb or attribution word. */
  cue: number;
  /** The speaker the general search finds when the sentence is read from token `from` on (null if the cue lies before it). */
  searchFrom(from: number): TokenRange;
}

/**
 * A last check of a speaker span, after the refinements: returns a corrected
 * span, null for "this is not a speaker", or undefined to keep the span.
 */
export interface SpeakerCheck {
  id: string;
  check(context: SpeakerCheckContext, found: [number, number]): TokenRange | undefined;
}
