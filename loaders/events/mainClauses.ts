/**
 * Main clauses for the date attachment (attachDates.ts): whether a date and a cue stand in two main clauses, each with a
 * finite verb of its own ("Mit der Einigung endet der Konflikt, bis … im März 2028 gilt Friedenspflicht"), counted once
 * per sentence.
 */
import {finiteVerbAt, hasFiniteVerb} from "../lang/de/dates/orientation.js";
import {pastTense} from "../lang/de/dates/cues.js";
import type {EventMentionRow} from "../types.js";

/** Characters that bound a clause for `ownClause` (not "–" in "12.–13. März"). */
const CLAUSE_BOUND = /[,;:]/;
/** Between a date and a cue in two main clauses: a comma or semicolon; a colon opens an account of what it follows ("1968 – …: In Linz ruhen 80 Werkstätten"). */
const CLAUSES_APART = /[,;]/;

/** The clause of `text` (within [from, to)) around a span. */
function clauseOf(text: string, span: {start: number; end: number}, from: number, to: number): string {
  let a = span.start;
  while (a > from && !CLAUSE_BOUND.test(text[a - 1])) a--;
  let b = span.end;
  while (b < to && !CLAUSE_BOUND.test(text[b])) b++;
  return text.slice(a, b);
}

/** The finite verb of a main clause stands before its end ("… gilt Friedenspflicht"); a subordinate clause ends in it ("…, als der Lkw fuhr"). */
const LAST_WORD = /(\p{L}+)[^\p{L}]*$/u;

/**
 * Whether a date and a cue stand in two main clauses, each with a finite verb of its own: "Mit der Einigung endet der
 * Konflikt, bis … im März 2028 gilt Friedenspflicht". A date or a cue in a clause without a verb ("Am Montag, dem 3.
 * März, …") or in a subordinate one ("…, als am Montag der Lkw fuhr", "die am Montag begannen", "…, als er die Invasion
 * befahl") may date the cue.
 */
export function ownClause(text: string, m: EventMentionRow, d: {start: number; end: number}, apart: ApartCounts): boolean {
  const [a, b] = m.cue_start < d.start ? [m.cue_end, d.start] : [d.end, m.cue_start];
  if (apart.count(b) === apart.count(a)) return false;
  return apart.main(text, {start: m.cue_start, end: m.cue_end}) && apart.main(text, d);
}

/**
 * Per sentence: how many commas and semicolons stand before each offset (so whether two spans are apart is one
 * subtraction) and whether the clause at an offset is a main one, kept by the clause's start: a sentence of many cues
 * and dates stays linear.
 */
export class ApartCounts {
  private readonly before: Uint32Array;
  /** Per offset (from `from`): where the clause that holds it starts. */
  private readonly clauseStart: Uint32Array;
  private readonly mains = new Map<number, boolean>();

  constructor(text: string, private readonly from: number, private readonly to: number) {
    this.before = new Uint32Array(to - from + 1);
    this.clauseStart = new Uint32Array(to - from + 1);
    // CLAUSES_APART and CLAUSE_BOUND by code unit (",", ";" and ":"), not a regex per character
    for (let i = from, start = from; i < to; i++) {
      const c = text.charCodeAt(i);
      this.before[i - from + 1] = this.before[i - from] + (c === 44 || c === 59 ? 1 : 0);
      this.clauseStart[i - from] = start;
      if (c === 44 || c === 59 || c === 58) start = i + 1;
    }
  }

  /** Commas and semicolons before offset `at` of the text. */
  count(at: number): number {
    return this.before[Math.max(0, Math.min(this.to, at) - this.from)];
  }

  /** Whether the clause around `span` is a main one (`mainClause`). */
  main(text: string, span: {start: number; end: number}): boolean {
    const a = this.clauseStart[Math.max(0, Math.min(this.to - 1, span.start) - this.from)];
    let known = this.mains.get(a);
    if (known === undefined) this.mains.set(a, (known = mainClause(clauseOf(text, span, this.from, this.to))));
    return known;
  }
}

/** A clause with a finite verb that does not end in it ("… endet der Konflikt", not "…, als er die Invasion befahl"). */
function mainClause(clause: string): boolean {
  if (!verbOf(clause)) return false;
  const m = LAST_WORD.exec(clause);
  const last = m?.[1];
  // the last word read in its clause: "…, eine Regierung zu bilden" does not end in a finite verb
  return !(m && last && /^\p{Ll}/u.test(last) && (finiteVerbAt(clause, last, m.index) || pastTense.test(last)));
}

/** Whether the text holds a finite verb: a present one, or a past marker ("streikten", "hat … beschlossen"). */
export const verbOf = (clause: string) => hasFiniteVerb(clause) || pastTense.test(clause);
