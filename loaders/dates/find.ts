/**
 * Finds and normalises temporal expressions in the sentences of a text:
 * language rules first, chrono-node's German parser for what they leave, then
 * resolution in text order against the publication date, the last date
 * mentioned, and a quote's utterance date. Linear in the text length.
 */
import {type Span, innerSentenceEnds} from "../text/sentences.js";
import type {DateRow} from "../types.js";
import {type ChronoCandidate, chronoCandidates} from "./chrono.js";
import {type QuoteAnchor, quoteAnchors} from "./quoteAnchors.js";
import {cueIndex} from "./cueIndex.js";
import type {DateContext, DateRule, DateValue, TimexType} from "./rule.js";
import {type Ymd, formatDay, parseYmd} from "./timex.js";
import {markPlanned} from "./planned.js";
import {dayListJoiners} from "../lang/de/dates/patterns.js";
import {type TickerOrder, tickerDays} from "./ticker.js";
import {ruleMatches} from "./splitLookbehind.js";

/** Language data the finder needs (German: loaders/lang/de). */
export interface DateLanguage {
  rules: readonly DateRule[];
  /**
   * Lower-case stems of date words. A sentence without a digit and without any of these stems
   * (or of the rules' own cue stems) is skipped.
   */
  cue: readonly string[];
  /** Whether a sentence is told in the past (a RegExp will do). */
  pastTense: {test(sentence: string): boolean};
  futureTense: RegExp;
  /**
   * Tokens that name a calendar date (digits, month names), global. chrono-node runs only on
   * sentences where one of them is left outside every rule match.
   */
  calendarToken?: RegExp;
  /**
   * Whether the expression at [start, end) of a sentence is told as background (the pluperfect: "hatten am Dienstag
   * begonnen"): its day dates what is around it in its sentence but anchors no later sentence.
   */
  background?(sentence: string, start: number, end: number): boolean;
  /** Live-ticker time stamps whose order sets their days (`tickerDays`); none read without it. */
  tickerOrder?: TickerOrder;
}

export interface FindOptions {
  /** Publication date YYYY-MM-DD, or "" when unknown. */
  published: string;
  /** Use chrono-node's German parser for spans no rule matched (default true). */
  chrono?: boolean;
  /** Use the language rules (default true; false measures chrono alone). */
  rules?: boolean;
  /** Anchor dates inside quotes to the utterance date (default true). */
  quotes?: boolean;
}

/** One expression found, before it becomes a row. */
export type DateMatch = Omit<DateRow, "article_id">;

/** Context for checking whether a rule accepts its match at all (its value is computed later); in a leap year, so "29. Februar" passes. */
const PROBE_CONTEXT: DateContext = {ref: {y: 2004, m: 1, d: 10}, refNote: "probe", missingRef: "probe", tense: "present", probe: true};

/** A match of a date rule or of chrono-node in a sentence, before it is resolved. */
export interface Candidate {
  start: number;
  end: number;
  sentence: number;
  rule?: DateRule;
  match?: RegExpExecArray;
  chrono?: ChronoCandidate;
}

/** Finds the temporal expressions in the given sentence spans of `text`. */
export function findDates(text: string, sentences: readonly Span[], language: DateLanguage, options: FindOptions): DateMatch[] {
  const useRules = options.rules ?? true;
  const useChrono = options.chrono ?? true;
  const cues = cueIndex(language);
  const order = cues.order;
  const candidates: Candidate[] = [];
  const sentenceText: string[] = [];
  /** Tense of each sentence (or of each sentence of a quotation it holds), computed when a rule first asks for it. */
  const tenses: DateContext["tense"][][] = [];
  /** Where the sentences of a quotation over several sentences end inside each sentence (see `innerSentenceEnds`). */
  const innerEnds: number[][] = [];
  const tenseOf = (index: number, at: number): DateContext["tense"] => {
    const str = sentenceText[index];
    const ends = (innerEnds[index] ??= innerSentenceEnds(str));
    let part = 0;
    while (part < ends.length && ends[part] < at) part++;
    const known = (tenses[index] ??= []);
    let t = known[part];
    if (t) return t;
    const piece = ends.length ? str.slice(part ? ends[part - 1] + 1 : 0, part < ends.length ? ends[part] + 1 : str.length) : str;
    const future = language.futureTense.test(piece);
    const past = language.pastTense.test(piece);
    t = known[part] = future === past ? "present" : future ? "future" : "past";
    return t;
  };
  /** Which rules' cue stems the current sentence holds (by rule index; reused across sentences). */
  const active = new Uint8Array(language.rules.length);
  /** Which characters of the current sentence a kept match covers (reused across sentences). */
  let taken = new Uint8Array(256);
  sentences.forEach((s, index) => {
    const str = text.slice(s.start, s.end);
    sentenceText.push(str);
    const anyCue = cues.scan(str, active);
    const hasDigit = /\d/.test(str);
    if (!anyCue && !hasDigit) return;
    const found: Candidate[] = [];
    if (useRules) {
      for (let r = 0; r < language.rules.length; r++) {
        const rule = language.rules[r];
        if (rule.cue && !(Array.isArray(rule.cue) ? active[r] : (rule.cue as RegExp).test(str))) continue;
        if (rule.anchor && !rule.anchor.test(str)) continue;
        for (const m of ruleMatches(rule, str)) {
          if (!rule.resolve(m, PROBE_CONTEXT, str)) continue;
          found.push({start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: index, rule, match: m});
        }
      }
    }
    if (taken.length < str.length) taken = new Uint8Array(str.length * 2);
    else taken.fill(0, 0, str.length);
    const kept = found.length ? selectLongest(found, order, taken, s.start) : found;
    if (useChrono && language.calendarToken && (hasDigit || anyCue) && uncoveredToken(str, taken, language.calendarToken)) {
      for (const c of chronoCandidates(str)) {
        if (c.index < 0 || c.index + c.text.length > str.length || !isFree(taken, c.index, c.index + c.text.length)) continue;
        taken.fill(1, c.index, c.index + c.text.length);
        kept.push({start: s.start + c.index, end: s.start + c.index + c.text.length, sentence: index, chrono: c});
      }
    }
    kept.sort((a, b) => a.start - b.start);
    for (const k of kept) candidates.push(k);
  });
  // first pass: everything against the publication date, to find quotes' utterance dates
  const published = parseYmd(options.published);
  const missing = options.published ? `publication date "${options.published}" is not a date; relative date unresolved` : "no publication date; relative date unresolved";
  const base = (): Omit<DateContext, "tense"> => ({ref: published, refNote: `publication date ${options.published}`, missingRef: missing});
  const first = resolveAll(candidates, sentenceText, sentences, tenseOf, () => base(), undefined, language.background);
  const planned = (rows: DateMatch[]) => tickerDays(markPlanned(rows, text, sentences, options.published, language.pastTense), text, sentences, language.tickerOrder);
  if (!(options.quotes ?? true) || !candidates.length) return planned(first);
  const anchors = quoteAnchors(text, sentences, candidates, first);
  if (!anyInside(candidates, anchors)) return planned(first);
  let q = 0;
  return planned(resolveAll(candidates, sentenceText, sentences, tenseOf, (c) => {
    while (q < anchors.length && anchors[q].end <= c.start) q++;
    const quote = anchors[q];
    if (!quote || quote.start > c.start || c.end > quote.end) return base();
    if (quote.day) return {ref: quote.day, refNote: `quote said on ${formatDay(quote.day)} (${quote.how})`, missingRef: missing};
    return {...base(), refNote: `publication date ${options.published} (in a quote whose date is not stated)`};
  }, anchors, language.background));
}

/** True when a candidate lies inside a quote (both lists in text order; linear). */
function anyInside(candidates: Candidate[], quotes: Span[]): boolean {
  let q = 0;
  for (const c of candidates) {
    while (q < quotes.length && quotes[q].end <= c.start) q++;
    if (q < quotes.length && quotes[q].start <= c.start && c.end <= quotes[q].end) return true;
  }
  return false;
}

/** True when a calendar token of the sentence lies outside every kept match (`taken` marks them). */
function uncoveredToken(str: string, taken: Uint8Array, token: RegExp): boolean {
  token.lastIndex = 0;
  for (let m = token.exec(str); m; m = token.exec(str)) if (!taken[m.index]) return true;
  return false;
}

function isFree(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return false;
  return true;
}

/**
 * Keeps the longest of overlapping matches (ties: earlier rule) and marks
 * them in `taken` (indexed from `offset`). Linear in the covered length.
 */
function selectLongest(found: Candidate[], order: Map<DateRule, number>, taken: Uint8Array, offset: number): Candidate[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || order.get(a.rule!)! - order.get(b.rule!)! || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (!isFree(taken, c.start - offset, c.end - offset)) continue;
    taken.fill(1, c.start - offset, c.end - offset);
    kept.push(c);
  }
  return kept;
}

/**
 * The context of one candidate. A class (not an object literal with a getter) keeps context objects
 * cheap; the sentence's tense is computed only when a rule asks for it.
 */
class ResolveContext implements DateContext {
  constructor(
    readonly ref: Ymd | undefined, readonly refNote: string, readonly missingRef: string, readonly last: Ymd | undefined,
    readonly sentenceDay: Ymd | undefined, readonly sentenceDayUnclear: string | undefined,
    private readonly tenseOf: (sentence: number, at: number) => DateContext["tense"], private readonly sentence: number,
    private readonly at: number
  ) {}

  lastYear: number | undefined = undefined;
  lastAhead = false;

  get tense(): DateContext["tense"] {
    return this.tenseOf(this.sentence, this.at);
  }
}

const SEVERAL_DAYS = "the sentence names several days";
/** What joins two days of one list ("25. und 26. August", "Samstag, Sonntag"). */
const DAY_LIST_GAP = new RegExp(`^\\s*,?\\s*(?:(?:${dayListJoiners.joiners.join("|")})\\s*(?:(?:${dayListJoiners.leads.join("|")})\\s+)?)?$`, "iu");

function resolveAll(candidates: Candidate[], sentenceText: string[], sentences: readonly Span[], tenseOf: (sentence: number, at: number) => DateContext["tense"],
  contextFor: (c: Candidate) => Omit<DateContext, "tense">, anchors: QuoteAnchor[] | undefined, background?: DateLanguage["background"]): DateMatch[] {
  const out: DateMatch[] = [];
  let last: Ymd | undefined;
  let lastYear: number | undefined;
  let lastAhead = false;
  /** The last day told in the foreground while a background day of the current sentence stands in `last` (restored at the next sentence). */
  let foreground: [Ymd, boolean] | undefined;
  let sentenceDay: Ymd | undefined;
  let unclear: string | undefined;
  let dayEnd = 0;
  let currentSentence = -1;
  for (const c of candidates) {
    if (c.sentence !== currentSentence) {
      currentSentence = c.sentence;
      sentenceDay = undefined;
      unclear = undefined;
      // "Die Gespräche hatten am Dienstag begonnen. … noch in der Nacht": a background day anchors no later sentence
      if (foreground) [[last, lastAhead], foreground] = [foreground, undefined];
    }
    const base = contextFor(c);
    const ctx = new ResolveContext(base.ref, base.refNote, base.missingRef, last, unclear ? undefined : sentenceDay, unclear, tenseOf, c.sentence, c.start - sentences[c.sentence].start);
    ctx.lastYear = lastYear;
    ctx.lastAhead = lastAhead;
    let value: DateValue | null;
    let type: TimexType;
    let rule: string;
    if (c.rule) {
      value = c.rule.resolve(c.match!, ctx, sentenceText[c.sentence]);
      type = value?.type ?? c.rule.type;
      rule = c.rule.id;
    } else {
      value = c.chrono!.resolve(ctx);
      type = value?.type ?? "DATE";
      rule = "chrono.de";
    }
    if (!value) continue;
    if (value.day) {
      if (sentenceDay && formatDay(sentenceDay) !== formatDay(value.day)) {
        // "am 25. und 26. August von 10-18 Uhr": times after a list of days belong to every day of it;
        // "heute 14-19 Uhr, morgen von 9-13 Uhr": a later day, named on its own, dates the times after it
        const s = sentences[c.sentence];
        const gap = sentenceText[c.sentence].slice(dayEnd - s.start, c.start - s.start);
        if (DAY_LIST_GAP.test(gap)) unclear ??= SEVERAL_DAYS;
        else if (unclear === SEVERAL_DAYS) unclear = undefined;
      }
      if (!value.planned) {
        const s = sentences[c.sentence];
        // a day told in the pluperfect after a day of the account dates its own sentence only (rule de.dates.anchor.background)
        if (last && background?.(sentenceText[c.sentence], c.start - s.start, c.end - s.start)) foreground ??= [last, lastAhead];
        else foreground = undefined;
        [last, lastAhead] = [value.day, value.ahead === true];
      }
      sentenceDay = value.day;
      dayEnd = c.end;
    }
    const year = type === "DATE" || type === "TIME" ? /^(\d{4})(?:-|$)/.exec(value.value) : null;
    if (year) lastYear = +year[1];
    if (type === "SET") unclear = "the sentence states a recurrence";
    const s = sentences[c.sentence];
    const surface = sentenceText[c.sentence].slice(c.start - s.start, c.end - s.start);
    out.push({start: c.start, end: c.end, surface, value: value.value, type, note: value.note ?? "", rule, planned: value.planned === true});
  }
  void anchors;
  return out;
}
