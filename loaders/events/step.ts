import type {CorpusStep} from "../pipeline.js";
import type {ConflictRow, EventMentionRow, EventRow, MentionRow, Tables} from "../types.js";
import {CLAUSE_END} from "./sentenceWords.js";
import {anchorQuotedDates, type Reresolve} from "./anchor.js";
import {type Cluster, clusterDate, clusterMentions, type ResolvedMention} from "./cluster.js";
import {timeSpan} from "../report/timeSpan.js";
import {eventSummary, summaryMention} from "./summary.js";
import {hasKin, mergeKin} from "./kin.js";
import {placeNames} from "../lang/de/place-names.js";
import {actorSourcePhrase} from "../lang/de/events.js";
import {roleEndings, roleHeads} from "../lang/de/person-roles.js";
import {stanceObject} from "../lang/de/event-stance.js";
import {relativePronouns} from "../lang/de/clauseWords.js";
import {quoteFirstPerson, speakerPronouns} from "../lang/de/event-actors.js";

const DATE_VALUE = /^\d{4}(?:-W\d{2}(?!\d)|-\d{2}(?:-\d{2})?)?/;
const FIRST_PERSON = new RegExp(`(?<![\\p{L}])(?:${quoteFirstPerson.join("|")})(?![\\p{L}])`, "iu");

/** Rows of a table grouped by article. */
function byArticle<T extends {article_id: string}>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.article_id);
    if (list) list.push(r);
    else map.set(r.article_id, [r]);
  }
  return map;
}

/** A lead as written: its first word in either case, the others capitalised ("laut", "Nach Angaben"). */
const leadPattern = (lead: string) => lead.split(" ").map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("\\s+");
/** A role noun ("Sprecherin", "Außenamtssprecher"): a capitalised word ending in a role head and an inflection ending. */
const ROLE = `(?=\\p{Lu})[\\p{L}-]*?(?:${roleHeads.map((h) => h.replace(/^./, (c) => `[${c}${c.toUpperCase()}]`)).join("|")})(?:${roleEndings.filter(Boolean).join("|")})?`;
/** What may stand between a lead and the name: articles (or "von"), lower-case adjectives, then a role noun ("laut der neuen Sprecherin"). */
const GAP = `(?:\\s+(?:${actorSourcePhrase.gapWords.join("|")})){0,2}(?:\\s+\\p{Ll}+(?:e|en|er|em|es)){0,${actorSourcePhrase.gap}}(?:\\s+${ROLE})?`;
const SOURCE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${actorSourcePhrase.leads.map(leadPattern).join("|")})${GAP}\\s+$`, "u");
/** After the name only a role may stand before "zufolge" ("Lena Haupt zufolge"); "soll Medienberichten zufolge" leaves the name an actor. */
const SOURCE_AFTER = new RegExp(`^(?:,?\\s+${ROLE},?)?\\s+(?:${actorSourcePhrase.after.join("|")})(?![\\p{L}])`, "u");

/**
 * Whether the person named at [start, end) of the mention's sentence (article offsets) is the source of what it reports, not
 * an actor (rule `de.event.actor.source-phrase`: "Laut Lena Haupt …", "Lena Haupt zufolge"). Reads a few words on each side.
 */
function sourceOf(m: EventMentionRow, start: number, end: number): boolean {
  const at = start - m.start;
  const to = end - m.start;
  return SOURCE_BEFORE.test(m.sentence.slice(Math.max(0, at - 80), at)) || SOURCE_AFTER.test(m.sentence.slice(to, to + 80));
}

/** Pronouns in a reported clause that may stand for its speaker ("er habe", "seine Delegation", "wir"). */
const SPEAKER_IN_CLAUSE = new RegExp(`(?<!\\p{L})(?:${speakerPronouns.join("|")})(?!\\p{L})`, "iu");

/** A clause that opens like a relative clause on the speaker ("X, die im Dezember gewählt worden war"): a pronoun, then a lower-case word. */
const RELATIVE_START = new RegExp(`^(?:${relativePronouns.join("|")})\\s+\\p{Ll}`, "u");

/**
 * Resolves each event mention: its date (a calendar value), its actors (people
 * mentioned in the sentence, plus the quote's speaker when the sentence is a
 * first-person quote), those of them named in the cue's own clause, its facts.
 * A sentence outside the body (an outlet's FAQ), where the people step finds no
 * one, names the people its article's body names by the same words ("Trump und Putin").
 */
export function resolveMentions(tables: Tables): ResolvedMention[] {
  const mentions = byArticle(tables.mentions);
  const quotes = byArticle(tables.quotes);
  // the places of a sentence, read once for all its mentions (by article and sentence start)
  const sentencePlaces = new Map<string, ReadonlySet<string>>();
  const placesOf = (m: EventMentionRow) => {
    const key = `${m.article_id}\0${m.start}`;
    let places = sentencePlaces.get(key);
    if (!places) sentencePlaces.set(key, (places = placesIn(m.sentence)));
    return places;
  };
  return tables.event_mentions.map((m) => {
    const actors = new Set<string>();
    const clauseActors = new Set<string>();
    const [clauseFrom, clauseTo] = cueClause(m);
    // "X kritisierte den Beschluss": who judges an event named by a noun is no actor of it (de.event.actor.stance-object)
    const stance = judgingVerb(m, clauseFrom);
    const found = (id: string, start: number, end: number) => {
      if (stance && isStanceSubject(m, stance, clauseFrom, start, end)) return;
      actors.add(id);
      if (start >= clauseFrom && end <= clauseTo) clauseActors.add(id);
    };
    const named = mentions.get(m.article_id) ?? [];
    // "X erklärte, die Freilassung vom Sonntag sei …": the speaker of a reported clause that holds the cue is no actor of
    // its event, unless the clause speaks of the speaker ("X sagte, er habe Y getroffen")
    const reportedBy = (quotes.get(m.article_id) ?? []).find((q) => q.type !== "direct" && q.start <= m.cue_start && q.end >= m.cue_end &&
      q.speaker_start !== null && q.speaker_end !== null && (q.speaker_end <= q.start || q.speaker_start >= q.end) && !SPEAKER_IN_CLAUSE.test(q.text) && !RELATIVE_START.test(q.text));
    const bySpeaker = (p: {start: number; end: number}) => reportedBy !== undefined && p.start >= reportedBy.speaker_start! && p.end <= reportedBy.speaker_end!;
    for (const p of named) if (p.start >= m.start && p.end <= m.end && p.person_id && !bySpeaker(p) && !sourceOf(m, p.start, p.end)) found(p.person_id, p.start, p.end);
    if (m.part !== "body") for (const [id, at, to] of namedAgain(m, named)) found(id, at, to);
    // the quote first: most mentions are in no direct quote, and the pattern is the dearer test
    const quote = (quotes.get(m.article_id) ?? []).find((q) => q.type === "direct" && q.start <= m.cue_start && q.end >= m.cue_end);
    if (quote?.speaker_id && FIRST_PERSON.test(m.sentence)) actors.add(quote.speaker_id);
    return {
      mention_id: m.mention_id, article_id: m.article_id, type: m.type, start: m.start, end: m.end,
      date: mentionDate(m), actors, clauseActors, facts: m.facts ? m.facts.split(" | ") : [],
      ...(hasKin(m.type) ? {places: placesOf(m)} : {})
    };
  });
}

const STANCE = new RegExp(`(?<!\\p{L})(?:${stanceObject.stems.join("|")})\\p{Ll}*(?!\\p{L})`, "u");

const DETERMINER = new RegExp(`(?<!\\p{L})(?:${stanceObject.determiners.join("|")})(?!\\p{L})`, "iu");
const PREPOSITION = new RegExp(`(?<!\\p{L})(?:${stanceObject.prepositions.join("|")})(?!\\p{L})`, "iu");
/**
 * A subject phrase between the verb and the name: a nominative determiner, lower-case words, then only role nouns of
 * the name's own phrase ("die neue Ministerin"). Any other noun ("kritisierte die Opposition Bürgermeisterin …") is
 * the subject itself, and the name after it the object.
 */
const SUBJECT_GAP = new RegExp(`^\\s+(?:${stanceObject.subjectDeterminers.join("|")})\\s+(?:\\p{Ll}+\\s+){0,2}(?:${ROLE}\\s+){1,2}$`, "u");

/**
 * The article offsets of a finite verb of judging before the mention's noun cue in its clause (from article offset
 * `clauseFrom`) that takes the noun as its object, or null. A participle used as an adjective of the noun ("der viel
 * kritisierte Beschluss": no determiner between it and the noun) judges nobody's act.
 */
function judgingVerb(m: EventMentionRow, clauseFrom: number): [number, number] | null {
  if (!/^\p{Lu}/u.test(m.cue)) return null;
  const before = m.sentence.slice(clauseFrom - m.start, m.cue_start - m.start);
  const verb = STANCE.exec(before);
  if (!verb || !DETERMINER.test(before.slice(verb.index + verb[0].length))) return null;
  return [clauseFrom + verb.index, clauseFrom + verb.index + verb[0].length];
}

/**
 * Whether the person at article offsets [start, end) is the subject of the judging verb `verb`: before it in its clause
 * ("Karl Berg begrüßte die Einigung"), or right after it with no preposition between ("Am Montag lobte Bürgermeisterin
 * Hanna Vogt die Einigung"), also after a nominative determiner of its role ("Nach der Sitzung lobte die Ministerin Hanna
 * Vogt die Einigung"; not "kritisierte den Minister …": an object). The parties named after the verb ("mit X", "zwischen X und Y", "von X") stay actors.
 */
function isStanceSubject(m: EventMentionRow, verb: [number, number], clauseFrom: number, start: number, end: number): boolean {
  if (start >= clauseFrom && end <= verb[0]) return true;
  if (start < verb[1] || end > m.cue_start) return false;
  const gap = m.sentence.slice(verb[1] - m.start, start - m.start);
  if (PREPOSITION.test(gap) || /[,;:]/.test(gap)) return false;
  return !DETERMINER.test(gap) || SUBJECT_GAP.test(gap);
}

/** The article offsets of the clause around a mention's cue: from the last clause break before it to the first after it. */
function cueClause(m: EventMentionRow): [number, number] {
  const cue = m.cue_start - m.start;
  let from = cue;
  while (from > 0 && !CLAUSE_END.test(m.sentence[from - 1])) from--;
  let to = m.cue_end - m.start;
  while (to < m.sentence.length && !CLAUSE_END.test(m.sentence[to])) to++;
  return [m.start + from, m.start + to];
}

const LETTER = /[\p{L}\p{N}]/u;
const CAPITALISED = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]*(?![\p{L}\p{N}])/gu;

/** The places (`placeNames`, lower case) a sentence names by a capitalised word ("in Kairo"). */
function placesIn(sentence: string): Set<string> {
  const places = new Set<string>();
  for (const w of sentence.matchAll(CAPITALISED)) {
    const lower = w[0].toLowerCase();
    if (placeNames.has(lower)) places.add(lower);
  }
  return places;
}

/** People of the article named in the mention's sentence by a surface the body names them by (whole words), with article offsets. */
function namedAgain(m: EventMentionRow, named: readonly MentionRow[]): [string, number, number][] {
  const out: [string, number, number][] = [];
  const seen = new Set<string>();
  for (const p of named) {
    if (!p.person_id || seen.has(`${p.person_id}\0${p.surface}`)) continue;
    seen.add(`${p.person_id}\0${p.surface}`);
    for (let at = m.sentence.indexOf(p.surface); at >= 0; at = m.sentence.indexOf(p.surface, at + 1)) {
      const end = at + p.surface.length;
      if ((at > 0 && LETTER.test(m.sentence[at - 1])) || (end < m.sentence.length && LETTER.test(m.sentence[end]))) continue;
      out.push([p.person_id, m.start + at, m.start + end]);
    }
  }
  return out;
}

/**
 * The calendar part of a mention's date value ("2025-02-12T10:00" → "2025-02-12"), or "". A weekend keeps its ISO week
 * ("2025-W07-WE" → "2025-W07": its Saturday and Sunday lie in that week), not only its year.
 */
function mentionDate(m: EventMentionRow): string {
  return DATE_VALUE.exec(m.date)?.[0] ?? "";
}

function join(values: Iterable<string>): string {
  return [...new Set(values)].filter(Boolean).sort().join(" | ");
}

/**
 * Events and conflicts from clustered mentions. Only dated clusters become
 * events; undated mentions count as sources when they merge into a dated one.
 * Facts that differ between outlets (a call's duration) become conflict rows,
 * one per version, with the outlets that state it.
 */
export function buildEvents(tables: Tables, clusters: Cluster[]): {events: EventRow[]; conflicts: ConflictRow[]; event_mentions: EventMentionRow[]} {
  const source = new Map(tables.articles.map((a) => [a.article_id, a.source]));
  const name = new Map(tables.people.map((p) => [p.person_id, p.name]));
  const events: EventRow[] = [];
  const conflicts: ConflictRow[] = [];
  const eventOf = new Map<string, string>();
  const used = new Set<string>();
  const mentionById = new Map(tables.event_mentions.map((m) => [m.mention_id, m]));
  const dated = clusters.map((c) => ({c, ...clusterDate(c)})).filter((x) => x.date).map((x) => ({...x, from: timeSpan(x.date)?.start ?? x.date}));
  // in calendar order: a week sorts by its Monday, among the days
  dated.sort((a, b) => a.from.localeCompare(b.from) || a.date.localeCompare(b.date) || a.c.type.localeCompare(b.c.type));
  for (const {c, date, granularity} of dated) {
    let id = `${c.type}-${date}`;
    for (let i = 2; used.has(id); i++) id = `${c.type}-${date}-${i}`;
    used.add(id);
    const actors = [...c.actors].sort();
    const evidence = c.members.map((m) => `${m.article_id}:${m.start}-${m.end}`);
    const shown = summaryMention(c.members.map((m) => mentionById.get(m.mention_id)!), date);
    events.push({
      event_id: id, date, granularity, type: c.type,
      summary: eventSummary(c.type, actors.map((a) => name.get(a) ?? a), shown),
      actors: actors.join(" | "),
      article_ids: join(c.members.map((m) => m.article_id)),
      outlets: join(c.members.map((m) => source.get(m.article_id) ?? "")),
      evidence: [...new Set(evidence)].join(" ")
    });
    for (const m of c.members) eventOf.set(m.mention_id, id);
    const versions = new Map<string, {outlets: Set<string>; evidence: Set<string>}>();
    for (const m of c.members) {
      for (const fact of m.facts) {
        const v = versions.get(fact) ?? {outlets: new Set(), evidence: new Set()};
        v.outlets.add(source.get(m.article_id) ?? "");
        v.evidence.add(`${m.article_id}:${m.start}-${m.end}`);
        versions.set(fact, v);
      }
    }
    const byFact = new Map<string, string[]>();
    for (const fact of versions.keys()) {
      const [factName] = fact.split("=");
      byFact.set(factName, [...(byFact.get(factName) ?? []), fact]);
    }
    for (const [factName, values] of byFact) {
      if (values.length < 2) continue;
      for (const fact of values.sort()) {
        const v = versions.get(fact)!;
        conflicts.push({event_id: id, fact: factName, value: fact.slice(factName.length + 1), outlets: join(v.outlets), evidence: [...v.evidence].join(" ")});
      }
    }
  }
  // rows whose event does not change are kept as they are (no copy of every row)
  const event_mentions = tables.event_mentions.map((m) => {
    const id = eventOf.get(m.mention_id) ?? "";
    return id === m.event_id ? m : {...m, event_id: id};
  });
  return {events, conflicts, event_mentions};
}

/**
 * The events corpus step: after people (ids are final) and quotes (speakers).
 * Clusters once, anchors relative dates in quotes of undated articles to the
 * event their article reports (see anchor.ts), then clusters again.
 */
export function eventsStep(reresolve?: Reresolve): CorpusStep {
  return {
    name: "events",
    // actors come from mentions and quote speakers (ids from the people step, names from its table); dates are read and
    // rewritten (anchoring) only for articles with event mentions, so the memo keeps them by their place in their article
    // with `reresolve` the result differs (anchored dates), so the memo key tells the two apart
    memo: {reads: ["event_mentions", "mentions", "quotes"], variant: reresolve ? "1" : "0"},
    run(tables) {
      const resolved = resolveMentions(tables);
      // events of kindred types (a visit and the meeting held on it) on one day are one event (kin.ts)
      let clusters = mergeKin(clusterMentions(resolved));
      if (!reresolve) return buildEvents(tables, clusters);
      const anchored = {...tables, ...anchorQuotedDates(tables, clusters, reresolve)};
      // anchoring changes only the dates of some mentions (new rows): the others resolve as before,
      // and when none changed, the clusters are those already made
      let changed = false;
      const again = anchored.event_mentions.map((m, i) => (m === tables.event_mentions[i] ? resolved[i] : ((changed = true), {...resolved[i], date: mentionDate(m)})));
      if (changed) clusters = mergeKin(clusterMentions(again));
      return {dates: anchored.dates, ...buildEvents(anchored, clusters)};
    }
  };
}
