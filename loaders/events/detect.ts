import type {Config} from "../config.js";
import type {EventCue} from "../lang/de/events.js";
import {eventCues} from "../lang/de/index.js";
import type {ArticleExtractor} from "../pipeline.js";
import type {Article, ArticleTables, DateRow, EventMentionRow, Sentence} from "../types.js";
import {attachDates, coordinatedDayMentions, dateToday, nearest, quoteSides} from "./attachDates.js";
import {cueOf, cueSetOf, fallbackCue, triggerSearch, withDataCues} from "./cueSet.js";
import {durationFacts, type Fact} from "./facts.js";
import {lowerBound} from "../text/lower-bound.js";
import {articleHolds, contextHolds} from "./contextHolds.js";
import {isNonFactual, isSupposed} from "./mood.js";
import {CLAUSE_END, clauseAround, sentenceWords, wordAt, type SentenceWords} from "./sentenceWords.js";
import {eventDateRules, undatedActs} from "../lang/de/event-dating.js";
import {futureTense} from "../lang/de/dates/cues.js";
import {isoWeekOf} from "./cluster.js";
import {referencedByOffset} from "./wordsBefore.js";
import {dateByPreviousSentence, dateByReportClause} from "./contextDating.js";
import {previousSentenceDay} from "../lang/de/event-context-dating.js";
import {nightEnd} from "../lang/de/dates/night.js";
import {daysBackLead, perfectAuxiliaries, reportsPrevious} from "../lang/de/event-date-words.js";
import {pluperfectAuxiliaries} from "../lang/de/dates/pluperfect.js";
import {relativePronouns} from "../lang/de/clauseWords.js";

/** Parts whose sentences may report events: the outlet's own text (body, FAQ), never comments. */
export const EVENT_PARTS = new Set(["body", "faq"]);

/**
 * Drops the rows from `first` on whose type a row of the same sentence and clause (from `first` on) replaces: "Der
 * Landtag stimmte dem Vertrag zu" is no agreement, but "Sie einigten sich auf einen Vertrag, der Bundestag beschloss ein
 * Gesetz" keeps it (another clause). `words` are the sentence's, which starts at article offset `sentenceStart`.
 */
function dropReplaced(rows: EventMentionRow[], first: number, replacing: ReadonlyMap<string, readonly string[]>, words: SentenceWords, sentenceStart: number): void {
  const clauseOf = (r: EventMentionRow) => clauseAround(words, wordAt(words, r.cue_start - sentenceStart))[0];
  const replaced = new Set(rows.slice(first).flatMap((r) => (replacing.get(r.rule) ?? []).map((type) => `${type}\0${clauseOf(r)}`)));
  if (!replaced.size) return;
  const kept = rows.splice(first).filter((r) => !replaced.has(`${r.type}\0${clauseOf(r)}`));
  rows.push(...kept);
}

const WORD_CHAR = /[\p{L}\d-]/u;
/** Per UTF-16 code unit: 0 not read yet, 1 not a word character, 2 one (`WORD_CHAR`, read once per code unit). */
const wordChars = new Uint8Array(65536);
const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  let known = wordChars[code];
  if (known === 0) wordChars[code] = known = WORD_CHAR.test(c) ? 2 : 1;
  return known === 2;
};

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
  const set = cueSetOf(cues);
  const side = quoteSides(quotes);
  const rows: EventMentionRow[] = [];
  // the publication's ISO week, for acts told in the past without a date (de.event.date.publication-week)
  const week = /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? isoWeekOf(article.published) : "";
  // the article's dates indexed once: `datesIn` gives the ones that date events, `anyDateIn` every DATE and TIME row
  // (before the current-year filter: a sentence with one is not dated by the publication week)
  const within = datesWithin(dates);
  const eventDates = withoutCurrentYear(daysAgo(article.text, dates), article.published);
  const datesIn = (start: number, end: number) => within(start, end, eventDates);
  const anyDateIn = (start: number, end: number) => within(start, end);
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
    const search = triggerSearch(set, sentence);
    for (let from = 0, found: number; (found = search(from)) >= 0; ) {
      // expand the trigger hit (a letter) to its whole word, then skip past it
      let a = found;
      let b = found + 1;
      while (isWordChar(sentence[a - 1])) a--;
      while (isWordChar(sentence[b])) b++;
      from = b;
      const word = sentence.slice(a, b).replace(/^-+|-+$/g, "");
      let hit = cueOf(set, word);
      if (!hit || seen.has(hit.cue.type)) continue;
      const at = a + sentence.slice(a, b).indexOf(word);
      // a data cue with `override: true` whose context fails leaves the word to the next cue (fallbackCue)
      while (hit && hit.contexts.length && !contextHolds(hit.contexts, word, at, (words ??= sentenceWords(sentence)), articleHas)) hit = fallbackCue(set, word, hit);
      if (!hit || seen.has(hit.cue.type)) continue;
      if (hit.cue.factual && isNonFactual(sentence, at, (words ??= sentenceWords(sentence)))) continue;
      // "Einen Tag nach dem Inkrafttreten …": a noun an offset points from is a reference point, not an event of the sentence
      if (word[0] !== word[0].toLowerCase() && referencedByOffset(sentence, at, (words ??= sentenceWords(sentence)))) continue;
      // "könnte … die Schlichtung anrufen": a supposed clause reports no event of any type (reporting cues say what was said)
      if (!hit.cue.reports && isSupposed(sentence, at, (words ??= sentenceWords(sentence)))) continue;
      seen.add(hit.cue.type);
      const start = s.start + at;
      rows.push({
        mention_id: `${article.id}:${start}`,
        article_id: article.id, start: s.start, end: s.end, part: s.part,
        type: hit.cue.type, cue: word, cue_start: start, cue_end: start + word.length,
        date: "", date_start: null, date_end: null, date_rule: "", facts: "", event_id: "", sentence, rule: hit.cue.id
      });
    }
    // facts and dates only attach to the sentence's mentions: nothing to read without one
    if (rows.length === first) continue;
    // "brach die Verhandlungen ab": a break-off takes the place of the sentence's negotiation (EventCue.replaces)
    if (set.replacing.size && rows.length - first > 1) dropReplaced(rows, first, set.replacing, (words ??= sentenceWords(sentence)), s.start);
    const mentions = rows.slice(first);
    attachFacts(mentions, durationFacts(article.text, s.start, s.end));
    const sentenceDates = datesIn(s.start, s.end);
    attachDates(article.text, mentions, sentenceDates, set.reporting, side);
    dateToday(article.text, mentions, article.published);
    // "streikten am 9. und am 11. März": a mention for each day
    if (sentenceDates.length > 1) rows.push(...coordinatedDayMentions(article.text, mentions, sentenceDates));
    // "…, wie die Partei am Mittwoch mitteilte"; "Unmittelbar danach …" after a sentence that names the day
    dateByReportClause(article.text, s.start, s.end, mentions, sentenceDates, set.reportDated);
    dateByPreviousSentence(article.text, s.start, s.end, mentions, previousDates(article.sentences, si, datesIn), set.reportDated);
    const next = article.sentences[si + 1];
    if (next && next.part === s.part && mentions.some((m) => m.date_start === null) && REPORTS_PREVIOUS.test(article.text.slice(next.start, next.end))) {
      dateFromReport(mentions, datesIn(next.start, next.end), set.reportDated);
    }
    if (week && mentions.some((m) => m.date_start === null && ACTS.has(m.type)) && !anyDateIn(s.start, s.end).length) {
      dateByWeek(sentence, s.start, mentions, week, set.reportDated, (words ??= sentenceWords(sentence)));
    }
  }
  return rows;
}

/**
 * The date rows of the nearest of the `previousSentenceDay.reach` sentences before sentence `si` of the same part
 * that holds any ("Am Dienstag wählte der Landtag X. Er erhielt 41 Stimmen. Unmittelbar danach …": Tuesday's).
 */
function previousDates(sentences: readonly Sentence[], si: number, datesIn: (start: number, end: number) => DateRow[]): DateRow[] {
  for (let k = si - 1; k >= 0 && k >= si - previousSentenceDay.reach && sentences[k].part === sentences[si].part; k--) {
    const found = datesIn(sentences[k].start, sentences[k].end);
    if (found.length) return found;
  }
  return [];
}

/** A sentence that reports the one before it: "Das gaben die Vermittler am Mittwochabend bekannt", "Dies teilte das Ministerium am Montag mit". */
const REPORTS_PREVIOUS = new RegExp(`^(?:${reportsPrevious.subjects.join("|")})\\s+(?:${reportsPrevious.verbs.join("|")})(?!\\p{L})`, "u");

/**
 * Undated mentions of `factual` cues (not reporting ones: the agreement, not the talks or releases it names) of a sentence that the next one reports ("… haben sich auf eine Waffenruhe
 * geeinigt. Das gaben die Vermittler am Mittwochabend bekannt.") take the first day of that report: the day it became known.
 */
function dateFromReport(mentions: EventMentionRow[], dates: readonly DateRow[], reportDated: ReadonlySet<string>): void {
  const day = dates.find((d) => d.value && /^\d{4}-\d{2}-\d{2}/.test(d.value));
  if (!day) return;
  for (const m of mentions) {
    if (m.date_start !== null) continue;
    // a night named by the day it ends on ("in der Nacht zu Mittwoch bekanntgegeben") gives that day, as when it dates the mention itself
    if (reportDated.has(m.rule)) [m.date, m.date_start, m.date_end, m.date_rule] = [nightEnd(day) ?? day.value, day.start, day.end, eventDateRules.report];
  }
}

const ACTS = new Set<string>(undatedActs.types);
/** An auxiliary of the perfect or the passive ("ist zurückgetreten", "wurden … berufen"). */
const PERFECT_AUXILIARY = new Set(perfectAuxiliaries);
/** An auxiliary of the pluperfect ("war zurückgetreten", "hatte ernannt"): background, not this week's news. */
const PLUPERFECT_AUXILIARY = new Set<string>([...pluperfectAuxiliaries.haben, ...pluperfectAuxiliaries.sein]);
/** A relative pronoun opening a clause after a comma ("Der Minister, der … zurückgetreten war"). */
const RELATIVE_PRONOUN = new Set(relativePronouns);

/**
 * Whether the cue at word `i` is a participle closing its own clause under a perfect or passive auxiliary of that clause
 * ("Die Ministerin ist zurückgetreten."), not a pluperfect and not a relative clause. The auxiliary nearest before the
 * cue is the cue's: "Die Lage war angespannt und die Ministerin ist zurückgetreten" is a perfect (the "war" has an
 * adjective of its own), "Die Ministerin war am Montag zurückgetreten" a pluperfect.
 */
function perfectClosesClause(words: SentenceWords, i: number): boolean {
  const w = words.words;
  if (!(i + 1 === w.length || w[i + 1] === "." || CLAUSE_END.test(w[i + 1]))) return false;
  const [from] = clauseAround(words, i);
  if (from > 0 && w[from - 1] === "," && RELATIVE_PRONOUN.has(w[from])) return false;
  for (let k = i - 1; k >= from; k--) {
    if (PLUPERFECT_AUXILIARY.has(w[k])) return false;
    if (PERFECT_AUXILIARY.has(w[k])) return true;
  }
  return false;
}

/**
 * Rule `de.event.date.publication-week` (lang/de/event-dating.ts `undatedActs`): an undated mention of an act that is
 * news when it happens (appointment, resignation, swearing-in; a factual cue) is dated by the publication's ISO week
 * `week` when it is a lower-case participle closing its own clause under a perfect or passive auxiliary (not a
 * pluperfect, not in a relative clause) and the sentence is not in the future. Not when the sentence held a date of
 * any kind before the current-year filter ("2026", a duration) or a vague past (`undatedActs.pastReferences`: "vor Jahren").
 */
function dateByWeek(sentence: string, sentenceStart: number, mentions: EventMentionRow[], week: string, factual: ReadonlySet<string>, words: SentenceWords): void {
  if (futureTense.test(sentence) || undatedActs.pastReferences.test(sentence)) return;
  for (const m of mentions) {
    if (m.date_start !== null || m.date || !ACTS.has(m.type) || !factual.has(m.rule) || m.cue[0] !== m.cue[0].toLowerCase()) continue;
    if (perfectClosesClause(words, wordAt(words, m.cue_start - sentenceStart))) [m.date, m.date_rule] = [week, undatedActs.id];
  }
}

/** A count of days back from the reference, as the duration rule notes it ("about 2026-11-11 (before publication date …)"). */
const DAYS_BACK = /^about (\d{4}-\d{2}-\d{2}) \(before /;
/** "vor" right before a count of days ("vor drei Tagen"). */
const DAYS_BACK_LEAD = new RegExp(`(?:^|[^\\p{L}])${daysBackLead}\\s+$`, "iu");

/**
 * The dates with each "vor drei Tagen" (a DURATION of days whose note gives the day it points back to, right after "vor")
 * turned into a DATE of that day, so it dates an event ("die Waffenruhe, die vor drei Tagen in Kraft trat"); weeks and
 * longer stay durations (too vague for a day).
 */
function daysAgo(text: string, dates: readonly DateRow[]): readonly DateRow[] {
  if (!dates.some((d) => d.type === "DURATION")) return dates;
  return dates.map((d) => {
    const day = d.type === "DURATION" && /^P\d+D$/.test(d.value) ? DAYS_BACK.exec(d.note)?.[1] : undefined;
    return day && DAYS_BACK_LEAD.test(text.slice(Math.max(0, d.start - 5), d.start)) ? {...d, type: "DATE", value: day} : d;
  });
}

/**
 * Rule `de.event.date.current-year` (lang/de/event-dating.ts): the dates without those whose value is the publication's
 * year alone ("heuer", "in diesem Jahr", "2026" in a 2026 report), which date no event, left as `undefined`. Without a
 * publication date, all.
 */
function withoutCurrentYear(dates: readonly DateRow[], published: string): readonly (DateRow | undefined)[] {
  const year = /^\d{4}-/.test(published) ? published.slice(0, 4) : "";
  // dropped rows stay as holes, so the rows keep their places in the article's one date index (`datesWithin`)
  return year && dates.some((d) => d.value === year) ? dates.map((d) => (d.value !== year ? d : undefined)) : dates;
}

/**
 * The DATE and TIME rows inside a span, in the order of `dates`: found by binary search in the dates
 * sorted by start (made once per article), so an article of many sentences and dates stays linear. A query may pass
 * `view`, the same rows changed in place or dropped (`undefined`) but never moved ("vor drei Tagen" turned into a
 * DATE, the current year left out): the span and the type are then read from the view, over the one index.
 */
function datesWithin(dates: readonly DateRow[]): (start: number, end: number, view?: readonly (DateRow | undefined)[]) => DateRow[] {
  // indices by a loop, not dates.map: an article without dates passes an empty literal, a second array shape
  const order: number[] = [];
  for (let k = 0; k < dates.length; k++) order.push(k);
  order.sort((a, b) => dates[a].start - dates[b].start || a - b);
  return (start, end, view = dates) => {
    const inside: number[] = [];
    for (let k = lowerBound(order.length, (m) => dates[order[m]].start < start); k < order.length && dates[order[k]].start <= end; k++) {
      const d = view[order[k]];
      if (d && d.end <= end && (d.type === "DATE" || d.type === "TIME")) inside.push(order[k]);
    }
    return inside.sort((a, b) => a - b).map((k) => view[k]!);
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
    version: 6,
    run(article: Article, config: Config, tables: ArticleTables) {
      const other = article.sentences.filter((s) => s.part !== "body" && EVENT_PARTS.has(s.part));
      const dates = [...tables.dates, ...(extraDates && other.length ? extraDates(article, other) : [])];
      // the data folder's cues (data/events.yaml) after the built-in ones
      return {event_mentions: detectEventMentions(article, dates, withDataCues(config.events), tables.quotes)};
    }
  };
}
