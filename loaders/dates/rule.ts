/**
 * The shape of a date rule and the context it resolves against. Rules are
 * language data (loaders/lang/de/dates/); this module holds what they share.
 */
import type {DateRow} from "../types.js";
import type {Ymd} from "./timex.js";

export type TimexType = DateRow["type"];

/** What a rule's match resolves against. */
export interface DateContext {
  /** Anchor for deictic words ("gestern", "am Freitag"): the publication date, or a quote's utterance date. */
  ref?: Ymd;
  /** How `ref` was obtained, for the note ("publication date", "quote said on …"). */
  refNote: string;
  /** Why `ref` is missing, for the note. */
  missingRef: string;
  /** Last day mentioned before the match (for "am Tag zuvor", "am Abend"), else undefined. */
  last?: Ymd;
  /** Whether `last` was told in the future tense (`DateValue.ahead`). */
  lastAhead?: boolean;
  /** Year of the last date mentioned (a year, month or day), else undefined. */
  lastYear?: number;
  /** Last day mentioned earlier in the same sentence (anchors clock times). */
  sentenceDay?: Ymd;
  /** Why the sentence's day is unclear (several days, or a recurrence such as "wochentags"), if it is. */
  sentenceDayUnclear?: string;
  /** Tense of the sentence, for choosing between the last and the next Friday. */
  tense: "past" | "future" | "present";
  /**
   * True when only whether the rule accepts the match is asked and its value is thrown away (the
   * finder's probe). A rule may then skip work that only chooses between values (a clause's
   * orientation), never work that can reject the match.
   */
  probe?: boolean;
}

/** A resolved expression. `value` is "" when it cannot be resolved; `note` then says why. */
export interface DateValue {
  value: string;
  note?: string;
  /** Overrides the rule's type (e.g. "gestern Abend" is a TIME). */
  type?: TimexType;
  /** The day the expression denotes, when it denotes one (becomes the anaphoric anchor). */
  day?: Ymd;
  /** A day a plan is made for ("ist für Samstag geplant"): it dates its own sentence but anchors no later one ("Am Abend zogen …"). */
  planned?: boolean;
  /** A day told in the future tense ("sollen am Sonntag freikommen"): a past-tense sentence after it does not take it as its day. */
  ahead?: boolean;
}

/**
 * A rule: a global, unicode regex run over one sentence and a resolver. The
 * whole match is the span. `resolve` returns null to reject a match (e.g. a
 * number that is a count, not a year).
 */
export interface DateRule {
  id: string;
  type: TimexType;
  pattern: RegExp;
  /**
   * A cheap test a sentence must pass before `pattern` runs on it (keeps the pass fast): a regex,
   * or lower-case substrings of which the lower-cased sentence must contain one.
   */
  cue?: RegExp | readonly string[];
  /**
   * A second test, run only on sentences that passed `cue`: a plain regex for the fixed part every
   * match holds (the unit after its number, the year after a month), without the pattern's leading
   * optional words, so that the full pattern runs on few sentences.
   */
  anchor?: RegExp;
  resolve(m: RegExpExecArray, ctx: DateContext, sentence: string): DateValue | null;
}

/** The value when an expression needs the reference date and there is none. */
export function unresolved(ctx: DateContext): DateValue {
  return {value: "", note: ctx.missingRef};
}
