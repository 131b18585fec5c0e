/**
 * The clauses of a sentence for the orientation rules (orientation.ts): where
 * each clause starts and ends, worked out once per sentence, and what each
 * clause says (its tense, what the rest of the sentence says), worked out once
 * per clause and shared by every date in it. A sentence's date rules run more
 * than once (a probe for each match, then one or two resolving passes), so the
 * orientation of each expression is kept too.
 */
import {innerSentenceEnds} from "../../../text/sentences.js";

/** What bounds a clause: punctuation (the characters of `[,;:()–—]`)… */
function isClausePunct(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2013 || c === 0x2014;
}

/** …and a quote mark (`„“”»«"`) next to such punctuation or to the sentence's start or end (a quoted phrase inside a clause does not). */
function isQuoteMark(c: number): boolean {
  return c === 0x201e || c === 0x201c || c === 0x201d || c === 0xbb || c === 0xab || c === 0x22;
}

/** Punctuation that, next to a quote mark, makes it a bound (`[,;:.!?()–—]`). */
function isPunctNearQuote(c: number): boolean {
  return isClausePunct(c) || c === 0x2e || c === 0x21 || c === 0x3f;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const SPACE = /\s/;
/** Whether a UTF-16 unit is white space as `trim` sees it (the same set as `\s`). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(String.fromCharCode(c));
}

/** Whether the character at `i` bounds a clause. */
function isBound(sentence: string, i: number): boolean {
  const c = sentence.charCodeAt(i);
  if (isClausePunct(c)) return !(c === 0x2c && isDigit(sentence.charCodeAt(i - 1)) && isDigit(sentence.charCodeAt(i + 1)));
  if (!isQuoteMark(c)) return false;
  let before = i - 1;
  while (before >= 0 && isSpace(sentence.charCodeAt(before))) before--;
  let after = i + 1;
  while (after < sentence.length && isSpace(sentence.charCodeAt(after))) after++;
  return before < 0 || after >= sentence.length || isPunctNearQuote(sentence.charCodeAt(before)) || isPunctNearQuote(sentence.charCodeAt(after));
}

/**
 * Which characters of `sentence` bound a clause (1) and which do not (0). The end of a sentence inside a
 * quotation over several sentences bounds one too: each of its sentences has its own tense.
 */
function boundsOf(sentence: string): Uint8Array {
  const bounds = new Uint8Array(sentence.length);
  for (let i = 0; i < sentence.length; i++) if (isBound(sentence, i)) bounds[i] = 1;
  for (const i of innerSentenceEnds(sentence)) bounds[i] = 1;
  return bounds;
}

/**
 * The clause of `sentence` around the span [start, end): from the last clause
 * boundary before it to the next one after it.
 */
export function clauseAround(sentence: string, start: number, end: number, bounds = boundsOf(sentence)): {from: number; to: number} {
  let from = start;
  while (from > 0 && !bounds[from - 1]) from--;
  let to = end;
  while (to < sentence.length && !bounds[to]) to++;
  return {from, to};
}

/** What the orientation rules ask of a clause; each answer is computed on first use. */
export interface ClauseQuestions<T> {
  /** The clause's own tense. */
  tense(clause: string): T;
  /** Whether the sentence without the clause looks ahead (a future main clause). */
  futureElsewhere(rest: string): boolean;
  /** Whether the sentence without the clause promises or plans. */
  promisedElsewhere(rest: string): boolean;
  /** Whether the sentence without the clause demands or asks. */
  demandedElsewhere(rest: string): boolean;
  /** Whether the sentence without the clause reports in the past or perfect ("hat … bekanntgegeben", "teilte … mit"). */
  reportedElsewhere(rest: string): boolean;
  /** Whether the clause holds a present finite verb. */
  finiteVerb(clause: string): boolean;
}

/** One clause of a sentence and the answers its dates share. */
export class Clause<T> {
  private tenseAnswer: T | undefined;
  private rest: string | undefined;
  private future: boolean | undefined;
  private promised: boolean | undefined;
  private demanded: boolean | undefined;
  private finite: boolean | undefined;
  private reported: boolean | undefined;

  constructor(private readonly sentence: SentenceClauses<T>, readonly text: string, readonly from: number, readonly to: number) {}

  /** The clause's tense, read with the dots of ordinals ("20. April") as spaces. */
  get tense(): T {
    return (this.tenseAnswer ??= this.sentence.questions.tense(this.sentence.dotless.slice(this.from, this.to)));
  }

  /** The sentence with the clause's text replaced by one space (its first occurrence, as `String.replace` does). */
  private get elsewhere(): string {
    return (this.rest ??= this.sentence.text.replace(this.text, " "));
  }

  get futureElsewhere(): boolean {
    return (this.future ??= this.sentence.questions.futureElsewhere(this.elsewhere));
  }

  get promisedElsewhere(): boolean {
    return (this.promised ??= this.sentence.questions.promisedElsewhere(this.elsewhere));
  }

  get demandedElsewhere(): boolean {
    return (this.demanded ??= this.sentence.questions.demandedElsewhere(this.elsewhere));
  }

  get reportedElsewhere(): boolean {
    return (this.reported ??= this.sentence.questions.reportedElsewhere(this.elsewhere));
  }

  get finiteVerb(): boolean {
    return (this.finite ??= this.sentence.questions.finiteVerb(this.text));
  }
}

/** A sentence split into clauses on demand, with the answers for its expressions kept by their span. */
export class SentenceClauses<T> {
  private bounds: Uint8Array | undefined;
  private dotlessText: string | undefined;
  private readonly clauses = new Map<number, Clause<T>>();
  /** Answers per expression, by its span (see `key`). */
  readonly answers = new Map<number, unknown>();

  constructor(readonly text: string, readonly questions: ClauseQuestions<T>) {}

  /** The sentence with the dot of every ordinal ("ab dem 20. April") a space: the past markers must see across it. */
  get dotless(): string {
    return (this.dotlessText ??= this.text.replace(/(\d)\./gu, "$1 "));
  }

  /** A number for the span [start, end) of this sentence. */
  key(start: number, end: number): number {
    return start * (this.text.length + 1) + end;
  }

  /** The clause around the span [start, end). */
  clauseAround(start: number, end: number): Clause<T> {
    this.bounds ??= boundsOf(this.text);
    const {from, to} = clauseAround(this.text, start, end, this.bounds);
    const key = this.key(from, to);
    let clause = this.clauses.get(key);
    if (!clause) this.clauses.set(key, (clause = new Clause(this, this.text.slice(from, to), from, to)));
    return clause;
  }
}
