import type {Config} from "../config.js";
import type {EventCue} from "../lang/de/events.js";
import {eventCues} from "../lang/de/index.js";
import type {ArticleExtractor} from "../pipeline.js";
import type {Article, ArticleTables, DateRow, EventMentionRow, Sentence} from "../types.js";
import {attachDates, nearest, quoteSides} from "./attachDates.js";
import {durationFacts, type Fact} from "./facts.js";
import {lowerBound} from "../text/lower-bound.js";
import {articleHolds, contextHolds, isNonFactual, isSupposed, sentenceWords, type SentenceWords} from "./mood.js";
import {withSwissSpelling} from "../lang/de/spelling.js";
import type {CueContext} from "../lang/de/events.js";
import {inseparablePrefixes, MIN_MODIFIER} from "../lang/de/compounds.js";
import {isDictionaryNounForm} from "../lang/de/common-nouns.js";

/** Parts whose sentences may report events: the outlet's own text (body, FAQ), never comments. */
export const EVENT_PARTS = new Set(["body", "faq"]);

interface CompiledCue {
  cue: EventCue;
  /** The word itself. */
  exact: RegExp;
  /** A compound ending in the word ("Ramstein-Treffen"); only tried on capitalised words (nouns). */
  compound: RegExp | null;
  /** The cue's context rules, each with its word pattern compiled. */
  contexts: {re: RegExp; rule: CueContext}[];
}

/** Splits a pattern at its top-level "|" (not inside parentheses). */
export function alternativesOf(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/** Compiles a cue; each pattern matches Swiss spelling too ("verliessen" as "verließen": `withSwissSpelling`). */
function compile(cue: EventCue): CompiledCue {
  const alternatives = alternativesOf(withSwissSpelling(cue.pattern));
  const heads = alternatives.filter((a) => a.startsWith("~")).map((a) => a.slice(1));
  return {
    cue,
    exact: new RegExp(`^(?:${alternatives.map((a) => a.replace(/^~/, "")).join("|")})$`, "iu"),
    compound: heads.length ? new RegExp(`^([\\p{L}\\d-]+?)(${heads.join("|")})$`, "iu") : null,
    contexts: (cue.context ?? []).map((rule) => ({re: new RegExp(`^(?:${withSwissSpelling(rule.pattern)})$`, "iu"), rule}))
  };
}

function matches(c: CompiledCue, word: string): boolean {
  if (c.exact.test(word)) return true;
  if (c.compound === null || word[0] === word[0].toLowerCase()) return false;
  const parts = c.compound.exec(word);
  return parts !== null && isCompound(parts[1], parts[2]);
}

const INSEPARABLE = new Set(inseparablePrefixes);

/**
 * Whether `modifier` + `head` is a compound with that head, not a word derived from another ("Ver|einigung",
 * "Struktur|be|r|einigung", "St|einigung"): a modifier ending in a hyphen always is ("EU-Gipfel"); else it has at
 * least MIN_MODIFIER letters, is no inseparable prefix ("ver", "be"), and no one or two letters at its end, nor an
 * inseparable prefix there, make with the head a dictionary noun ("reinigung", "vereinigung": "Bundesvereinigung").
 */
export function isCompound(modifier: string, head: string): boolean {
  if (modifier.endsWith("-")) return true;
  const lower = modifier.toLowerCase();
  if (lower.length < MIN_MODIFIER || INSEPARABLE.has(lower)) return false;
  const h = head.toLowerCase();
  for (let k = 1; k <= Math.min(4, lower.length - 1); k++) {
    const tail = lower.slice(-k);
    if ((k < 3 || INSEPARABLE.has(tail)) && /^\p{L}+$/u.test(tail) && isDictionaryNounForm(tail + h)) return false;
  }
  return true;
}

/**
 * The longest run of letters every match of an alternative holds ("rufen" in "an(?:zu)?rufen"):
 * runs are broken by groups, classes, escapes and quantifiers; optional parts are left out.
 */
export function requiredLiteral(alternative: string): string {
  let best = "";
  let run = "";
  const end = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  const optional = (c: string | undefined) => c === "?" || c === "*" || c === "{";
  for (let i = alternative[0] === "~" ? 1 : 0; i < alternative.length; i++) {
    const c = alternative[i];
    if (/\p{L}/u.test(c)) {
      if (optional(alternative[i + 1])) end();
      else run += c;
      if (alternative[i + 1] === "+") end(); // "ab+c" holds "ab", not "abc"
      continue;
    }
    end();
    if (c === "\\") {
      i++;
      if (alternative[i + 1] === "{") i = alternative.indexOf("}", i); // \p{L}
    } else if (c === "(" || c === "[") {
      // skip the group or class (its content is not required as a whole)
      const close = c === "(" ? ")" : "]";
      for (let depth = 0; i < alternative.length; i++) {
        const d = alternative[i];
        if (d === "\\") i++;
        else if (d === c) depth++;
        else if (d === close && --depth === 0) break;
      }
    }
  }
  end();
  return best;
}

/**
 * One literal per alternative that every word matching it contains (the alternative's longest
 * required run of letters, else its literal start): a word can only match if it contains one.
 * Long literals keep the words looked up few ("rufen" rather than "an" for "an(?:zu)?rufen").
 * Longest first: the trigger pattern is their alternation.
 */
function triggerLiterals(cues: readonly EventCue[]): string[] {
  const literals = new Set<string>();
  for (const cue of cues) {
    for (const alternative of alternativesOf(cue.pattern)) {
      const start = /^~?([\p{L}]+)/u.exec(alternative)?.[1];
      if (!start) continue;
      const required = requiredLiteral(alternative);
      literals.add((required.length > start.length ? required : start).toLowerCase());
    }
  }
  return [...literals].sort((a, b) => b.length - a.length);
}

/**
 * Literals the trigger may search for without the `u` flag (about twice as fast on 10kGNAD): for
 * a–z, ä, ö, ü and ß, case-insensitive matching without it differs from Unicode case folding only
 * on the characters of {@link FOLDED_ONLY_WITH_U}, so sentences holding none of them are searched so.
 */
const PLAIN_LITERAL = /^[a-zäöüß]+$/;
/** "ſ" (long s: s), "ẞ" (capital sharp s: ß) and the Kelvin sign (k): case-folded to a literal's letter only with the `u` flag. */
const FOLDED_ONLY_WITH_U = /[\u017F\u1E9E\u212A]/;

/** Compiled cues, their trigger pattern and the cue found for each word so far (first match, or null). */
interface CueSet {
  cues: readonly EventCue[];
  compiled: CompiledCue[];
  trigger: RegExp;
  /** The same pattern without the `u` flag, when every literal is plain ({@link PLAIN_LITERAL}); else null. */
  plainTrigger: RegExp | null;
  hits: Map<string, CompiledCue | null>;
  /** Ids of the cues that report what was said or announced (`EventCue.reports`). */
  reporting: ReadonlySet<string>;
  /** Per cue id, the event types its mention replaces in its sentence (`EventCue.replaces`). */
  replacing: ReadonlyMap<string, readonly string[]>;
  /** Ids of the factual cues that report no speech: an undated mention of one takes the day of a sentence reporting it (dateFromReport). */
  reportDated: ReadonlySet<string>;
}

/** Drops the rows from `first` on whose type a row of the same sentence (from `first` on) replaces. */
function dropReplaced(rows: EventMentionRow[], first: number, replacing: ReadonlyMap<string, readonly string[]>): void {
  const replaced = new Set(rows.slice(first).flatMap((r) => replacing.get(r.rule) ?? []));
  if (!replaced.size) return;
  const kept = rows.splice(first).filter((r) => !replaced.has(r.type));
  rows.push(...kept);
}

function cueSet(cues: readonly EventCue[]): CueSet {
  const literals = triggerLiterals(cues);
  const plain = literals.every((l) => PLAIN_LITERAL.test(l));
  const pattern = literals.map(withSwissSpelling).join("|");
  return {cues, compiled: cues.map(compile), trigger: new RegExp(pattern, "giu"), plainTrigger: plain ? new RegExp(pattern, "gi") : null, hits: new Map(), reporting: new Set(cues.filter((c) => c.reports).map((c) => c.id)),
    replacing: new Map(cues.filter((c) => c.replaces?.length).map((c) => [c.id, c.replaces!])),
    reportDated: new Set(cues.filter((c) => c.factual && !c.reports).map((c) => c.id))};
}

/** Words remembered per cue set before the memo is cleared (bounds memory on huge corpora). */
const HIT_MEMO_LIMIT = 100_000;

/** The first cue a word matches, memoised per cue set (a word's cue depends on the word alone). */
function cueOf(set: CueSet, word: string): CompiledCue | undefined {
  let hit = set.hits.get(word);
  if (hit === undefined) {
    hit = set.compiled.find((c) => matches(c, word)) ?? null;
    if (set.hits.size >= HIT_MEMO_LIMIT) set.hits.clear();
    set.hits.set(word, hit);
  }
  return hit ?? undefined;
}

const defaults = cueSet(eventCues);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\d-]/u.test(c);

/**
 * Finds the sentences of an article that report an event: each word is
 * tested against the event cues in order (first match wins), and each
 * event type counts once per sentence. A cue word outside the context its cue
 * asks for ("kündigte" without "an") gives no mention, nor does a `factual` cue
 * in a negated, planned or supposed clause (loaders/events/mood.ts; the
 * verdict is kept per clause, so a long clause is read once). Facts such as
 * durations are read from the same sentence.
 */
export function detectEventMentions(article: Article, dates: readonly DateRow[] = [], cues: readonly EventCue[] = eventCues, quotes: readonly {start: number; end: number}[] = []): EventMentionRow[] {
  const set = cues === defaults.cues ? defaults : cueSet(cues);
  const side = quoteSides(quotes);
  const rows: EventMentionRow[] = [];
  const datesIn = datesWithin(daysAgo(article.text, dates));
  // `inArticle` conditions, answered once per article and pattern
  const inArticle = new Map<string, boolean>();
  const articleHas = (pattern: string) => inArticle.get(pattern) ?? inArticle.set(pattern, articleHolds(article.text, pattern)).get(pattern)!;
  for (let si = 0; si < article.sentences.length; si++) {
    const s = article.sentences[si];
    if (!EVENT_PARTS.has(s.part)) continue;
    const sentence = article.text.slice(s.start, s.end);
    const seen = new Set<string>();
    // words and per-clause verdicts, built on the first cue that needs them
    let words: SentenceWords | undefined;
    const first = rows.length;
    const trigger = set.plainTrigger && !FOLDED_ONLY_WITH_U.test(sentence) ? set.plainTrigger : set.trigger;
    trigger.lastIndex = 0;
    for (let t; (t = trigger.exec(sentence)); ) {
      // expand the trigger hit to its whole word, then skip past it
      let a = t.index;
      let b = t.index + t[0].length;
      while (isWordChar(sentence[a - 1])) a--;
      while (isWordChar(sentence[b])) b++;
      trigger.lastIndex = b;
      const word = sentence.slice(a, b).replace(/^-+|-+$/g, "");
      const hit = cueOf(set, word);
      if (!hit || seen.has(hit.cue.type)) continue;
      const at = a + sentence.slice(a, b).indexOf(word);
      if (hit.contexts.length && !contextHolds(hit.contexts, word, at, (words ??= sentenceWords(sentence)), articleHas)) continue;
      if (hit.cue.factual && isNonFactual(sentence, at, (words ??= sentenceWords(sentence)))) continue;
      // "könnte … die Schlichtung anrufen": a supposed clause reports no event of any type (reporting cues say what was said)
      if (!hit.cue.reports && isSupposed(sentence, at, (words ??= sentenceWords(sentence)))) continue;
      seen.add(hit.cue.type);
      const start = s.start + at;
      rows.push({
        mention_id: `${article.id}:${start}`,
        article_id: article.id, start: s.start, end: s.end, part: s.part,
        type: hit.cue.type, cue: word, cue_start: start, cue_end: start + word.length,
        date: "", date_start: null, date_end: null, facts: "", event_id: "", sentence, rule: hit.cue.id
      });
    }
    // facts and dates only attach to the sentence's mentions: nothing to read without one
    if (rows.length === first) continue;
    // "brach die Verhandlungen ab": a break-off takes the place of the sentence's negotiation (EventCue.replaces)
    if (set.replacing.size && rows.length - first > 1) dropReplaced(rows, first, set.replacing);
    const mentions = rows.slice(first);
    attachFacts(mentions, durationFacts(article.text, s.start, s.end));
    attachDates(article.text, mentions, datesIn(s.start, s.end), set.reporting, side);
    const next = article.sentences[si + 1];
    if (next && next.part === s.part && mentions.some((m) => m.date_start === null) && REPORTS_PREVIOUS.test(article.text.slice(next.start, next.end))) {
      dateFromReport(mentions, datesIn(next.start, next.end), set.reportDated);
    }
  }
  return rows;
}

/** A sentence that reports the one before it: "Das gaben die Vermittler am Mittwochabend bekannt", "Dies teilte das Ministerium am Montag mit". */
const REPORTS_PREVIOUS = /^(?:Das|Dies)\s+(?:gab|gaben|teilte|teilten|verkündete|verkündeten|bestätigte|bestätigten|meldete|meldeten|erklärte|erklärten)(?!\p{L})/u;

/**
 * Undated mentions of `factual` cues (not reporting ones: the agreement, not the talks or releases it names) of a sentence that the next one reports ("… haben sich auf eine Waffenruhe
 * geeinigt. Das gaben die Vermittler am Mittwochabend bekannt.") take the first day of that report: the day it became known.
 */
function dateFromReport(mentions: EventMentionRow[], dates: readonly DateRow[], reportDated: ReadonlySet<string>): void {
  const day = dates.find((d) => d.value && /^\d{4}-\d{2}-\d{2}/.test(d.value));
  if (!day) return;
  for (const m of mentions) {
    if (m.date_start !== null) continue;
    if (reportDated.has(m.rule)) [m.date, m.date_start, m.date_end] = [day.value, day.start, day.end];
  }
}

/** A count of days back from the reference, as the duration rule notes it ("about 2026-11-11 (before publication date …)"). */
const DAYS_BACK = /^about (\d{4}-\d{2}-\d{2}) \(before /;

/**
 * The dates with each "vor drei Tagen" (a DURATION of days whose note gives the day it points back to, right after "vor")
 * turned into a DATE of that day, so it dates an event ("die Waffenruhe, die vor drei Tagen in Kraft trat"); weeks and
 * longer stay durations (too vague for a day).
 */
function daysAgo(text: string, dates: readonly DateRow[]): readonly DateRow[] {
  if (!dates.some((d) => d.type === "DURATION")) return dates;
  return dates.map((d) => {
    const day = d.type === "DURATION" && /^P\d+D$/.test(d.value) ? DAYS_BACK.exec(d.note)?.[1] : undefined;
    return day && /(?:^|[^\p{L}])vor\s+$/iu.test(text.slice(Math.max(0, d.start - 5), d.start)) ? {...d, type: "DATE", value: day} : d;
  });
}

/**
 * The DATE and TIME rows inside a span, in the order of `dates`: found by binary search in the dates
 * sorted by start (made once per article), so an article of many sentences and dates stays linear.
 */
function datesWithin(dates: readonly DateRow[]): (start: number, end: number) => DateRow[] {
  // indices by a loop, not dates.map: an article without dates passes an empty literal, a second array shape
  const order: number[] = [];
  for (let k = 0; k < dates.length; k++) order.push(k);
  order.sort((a, b) => dates[a].start - dates[b].start || a - b);
  return (start, end) => {
    const inside: number[] = [];
    for (let k = lowerBound(order.length, (m) => dates[order[m]].start < start); k < order.length && dates[order[k]].start <= end; k++) {
      const d = dates[order[k]];
      if (d.end <= end && (d.type === "DATE" || d.type === "TIME")) inside.push(order[k]);
    }
    return inside.sort((a, b) => a - b).map((k) => dates[k]);
  };
}

/** Each fact belongs to the event whose cue is nearest to it in the sentence. */
function attachFacts(mentions: EventMentionRow[], facts: Fact[]): void {
  for (const fact of facts) {
    const best = nearest(mentions, fact);
    if (best) best.facts = best.facts ? `${best.facts} | ${fact.name}=${fact.value}` : `${fact.name}=${fact.value}`;
  }
}

/** Date expressions of sentences outside the body (FAQ), which dates.csv does not cover. */
export type ExtraDates = (article: Article, sentences: Sentence[]) => DateRow[];

/**
 * The per-article extractor: event mentions with their dates (from the dates
 * extractor's rows, plus `extraDates` for FAQ sentences), merged into events by the events step.
 */
export function eventMentionExtractor(extraDates?: ExtraDates): ArticleExtractor {
  return {
    name: "event_mentions",
    version: 5,
    run(article: Article, _config: Config, tables: ArticleTables) {
      const other = article.sentences.filter((s) => s.part !== "body" && EVENT_PARTS.has(s.part));
      const dates = [...tables.dates, ...(extraDates && other.length ? extraDates(article, other) : [])];
      return {event_mentions: detectEventMentions(article, dates, eventCues, tables.quotes)};
    }
  };
}
