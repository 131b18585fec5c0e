/**
 * Row types: the contract between the extraction library (`loaders/`), the
 * `extract` CLI, the data loaders in `src/data/` and the pages.
 *
 * Offsets (`start`, `end`, `*_start`, `*_end`) are JavaScript string indices
 * into the article text as read: decoded, front matter removed, nothing else
 * changed. `text.slice(start, end)` is the span.
 */

/** How a metadata value was obtained: "given", `inferred from "…"`, or "unknown". */
export type Provenance = string;

/** Labels of the parts an article is split into. Only "body" feeds the analysis by default. */
export type PartLabel = "title" | "body" | "faq" | "comments" | "boilerplate";

// the input side (what the I/O layer and adapters hand the analysis) lives in ingest/types.ts
export type {RawArticle, SourceMeta} from "./ingest/types.js";

/** A labelled span of the article text. */
export interface Part {
  label: PartLabel;
  start: number;
  end: number;
  /** Id of the rule that assigned the label. */
  rule: string;
}

/** A sentence span, with the label of the part it lies in. */
export interface Sentence {
  start: number;
  end: number;
  part: PartLabel;
}

/** Resolved metadata with provenance for each value. */
export interface ArticleMeta {
  outlet: string;
  outlet_source: Provenance;
  published: string;
  published_source: Provenance;
  title: string;
  title_source: Provenance;
  url: string;
  url_source: Provenance;
  language: string;
  language_source: Provenance;
}

/** An article ready for the extractors. */
export interface Article extends ArticleMeta {
  /** Stable id derived from the content. */
  id: string;
  file: string;
  text: string;
  parts: Part[];
  sentences: Sentence[];
}

// ---------------------------------------------------------------- tables

/** articles.csv */
export interface ArticleRow extends ArticleMeta {
  article_id: string;
  file: string;
  /** Display name for charts: the outlet, or the file name when the outlet is unknown. */
  source: string;
  chars: number;
  body_chars: number;
  sentences: number;
}

/** ingest.csv: one row for every input file, always. */
export interface IngestRow {
  file: string;
  status: "ok" | "duplicate" | "rejected";
  reason: string;
  article_id: string;
}

/** parts.csv: what was kept and what was set aside. */
export interface PartRow {
  article_id: string;
  label: PartLabel;
  start: number;
  end: number;
  chars: number;
  rule: string;
  /** First characters of the part, for display. */
  preview: string;
}

/** quotes.csv */
export interface QuoteRow {
  quote_id: string;
  article_id: string;
  start: number;
  end: number;
  text: string;
  type: "direct" | "indirect" | "reported";
  speaker_id: string;
  speaker: string;
  speaker_start: number | null;
  speaker_end: number | null;
  cue: string;
  cue_start: number | null;
  cue_end: number | null;
  rule: string;
  sentence: string;
}

/** mentions.csv */
export interface MentionRow {
  article_id: string;
  person_id: string;
  start: number;
  end: number;
  surface: string;
  role: string;
  /** Given name as written (or from the article's full name for a bare surname), "" when unknown. */
  given: string;
  /** Surname as written, "" when only a given name is known. */
  surname: string;
  /** Affiliation the words around the name give ("USA"), "" when none. */
  affiliation: string;
  /**
   * The words the affiliation was read from ("US-", "russische"); a negotiator's side read from its clause carries its rule id
   * before them ("side:for: für Israel", "side:delegation: israelische Delegation", "side:seite", "side:prefix").
   */
  affiliation_cue: string;
  /** Rule that marked the person as negotiating for a side in this sentence ("negotiator:role"), "" when none. */
  negotiator: string;
  /**
   * Rule that marked the person as a mediator in this sentence, a neutral third party between the sides (arbitrator,
   * "Schlichter", "Vermittlerin", "Moderator der Gespräche": "mediator:role", "mediator:led-by", "mediator:list"), "" when
   * none; never set together with `negotiator`.
   */
  mediator: string;
  rule: string;
}

/** people.csv */
export interface PersonRow {
  person_id: string;
  name: string;
  /** Every surface form seen, joined with " | ". */
  aliases: string;
  roles: string;
  affiliation: string;
  /** Negotiates for a side: some mention has a `negotiator` rule, and the person is no mediator. */
  negotiator: boolean;
  /**
   * A neutral third party between the sides (arbitrator, mediator): at least as many mentions have a `mediator` rule as a
   * `negotiator` one (and some have), or a register role for the articles' dates is a mediator's ("Schlichterin").
   */
  mediator: boolean;
  /** Outlets naming the person, joined with " | ". */
  sources: string;
  mentions: number;
  /** Why spellings were merged: register, phonetic match, diminutive, … */
  evidence: string;
}

/** statements.csv: one statement carried by several outlets. */
export interface StatementRow {
  statement_id: string;
  speaker_id: string;
  quote_ids: string;
  outlets: string;
  text: string;
}

/** topics.csv */
export interface TopicRow {
  article_id: string;
  topic_id: string;
  label: string;
  hits: number;
  /** Share of body sentences that touch the topic. */
  share: number;
  /** Evidence spans as "start-end" joined with " ". */
  evidence: string;
  rule: string;
}

/**
 * keyterms.csv: what one outlet says that the others don't. Per article the
 * topics extractor writes raw counts (score 0, articles 1); the keyterms corpus
 * step replaces them with one scored row per source and term.
 */
export interface KeyTermRow {
  source: string;
  /** Most frequent surface form of the stem in the source. */
  term: string;
  stem: string;
  count: number;
  /** Articles of the source that use the term. */
  articles: number;
  /** Weighted log-odds z-score of the source against all other sources (Monroe et al. 2008). */
  score: number;
  rule: string;
}

/** framing.csv: which words each outlet uses for the same thing. */
export interface FramingRow {
  source: string;
  /** Concept label from data/framing.yaml. */
  concept: string;
  /** The variant term as written in data/framing.yaml. */
  term: string;
  count: number;
  /** Article ids joined with " ". */
  article_ids: string;
  /** Matched spans as "article_id:start-end" joined with " ". */
  evidence: string;
  /** "framing.<concept id>" */
  rule: string;
}

/** dates.csv */
export interface DateRow {
  article_id: string;
  start: number;
  end: number;
  surface: string;
  /** TIMEX3 value (2025-02-12, 2022-02, 2013, P1W, PRESENT_REF) or "" when unresolved. */
  value: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** Why a value is missing or how it was anchored. */
  note: string;
  rule: string;
  /**
   * Whether the expression names a day a plan is made for, not a day something happened: "für Samstag geplant", or a
   * date after the publication day in a clause not told in the past ("Am Mittwoch treffen sich …" in a Monday report;
   * rule `de.dates.planned.after-publication`, named in `note`). Such a date dates no event (loaders/dates/planned.ts).
   */
  planned: boolean;
}

/** event_mentions.csv: one sentence that reports an event (the evidence behind events.csv). */
export interface EventMentionRow {
  mention_id: string;
  article_id: string;
  /** Sentence span. */
  start: number;
  end: number;
  part: PartLabel;
  type: string;
  cue: string;
  cue_start: number;
  cue_end: number;
  /** TIMEX3 value of the date expression nearest to the cue in the sentence, "" when undated or unresolved. */
  date: string;
  /** Span of that date expression (also when it could not be resolved), or null. */
  date_start: number | null;
  date_end: number | null;
  /** Id of the rule that chose that date expression for the mention (lang/de/event-dating.ts `eventDateRules`), "" when undated. */
  date_rule: string;
  /** Facts stated about the event, e.g. "duration=90 min" (see loaders/events/facts.ts), joined with " | ". */
  facts: string;
  /** Filled by the events step: the event this sentence was merged into. */
  event_id: string;
  sentence: string;
  rule: string;
}

/** events.csv */
export interface EventRow {
  event_id: string;
  date: string;
  granularity: "day" | "week" | "month" | "year" | "unknown";
  type: string;
  summary: string;
  actors: string;
  article_ids: string;
  outlets: string;
  /** Evidence as "article_id:start-end" joined with " ". */
  evidence: string;
}

/** conflicts.csv */
export interface ConflictRow {
  event_id: string;
  fact: string;
  value: string;
  outlets: string;
  evidence: string;
}

/** Every table the `extract` CLI writes, by file name without extension. */
export interface Tables {
  articles: ArticleRow[];
  ingest: IngestRow[];
  parts: PartRow[];
  quotes: QuoteRow[];
  mentions: MentionRow[];
  people: PersonRow[];
  statements: StatementRow[];
  topics: TopicRow[];
  keyterms: KeyTermRow[];
  framing: FramingRow[];
  dates: DateRow[];
  event_mentions: EventMentionRow[];
  events: EventRow[];
  conflicts: ConflictRow[];
}

/** Tables produced from one article alone (cacheable per article). */
export type ArticleTables = Pick<Tables, "articles" | "parts" | "quotes" | "mentions" | "topics" | "dates" | "keyterms" | "framing" | "event_mentions">;
