import type {Tables} from "../types.js";

/** Column order of each table, so that empty tables still get a header. */
export const COLUMNS: {[K in keyof Tables]: (keyof Tables[K][number] & string)[]} = {
  articles: ["article_id", "file", "source", "outlet", "outlet_source", "published", "published_source", "title", "title_source", "url", "url_source", "language", "language_source", "chars", "body_chars", "sentences"],
  ingest: ["file", "status", "reason", "article_id"],
  parts: ["article_id", "label", "start", "end", "chars", "rule", "preview"],
  quotes: ["quote_id", "article_id", "start", "end", "text", "type", "speaker_id", "speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "rule", "sentence"],
  mentions: ["article_id", "person_id", "start", "end", "surface", "role", "given", "surname", "affiliation", "affiliation_cue", "negotiator", "mediator", "rule"],
  people: ["person_id", "name", "aliases", "roles", "affiliation", "negotiator", "mediator", "sources", "mentions", "evidence"],
  statements: ["statement_id", "speaker_id", "quote_ids", "outlets", "text"],
  topics: ["article_id", "topic_id", "label", "hits", "share", "evidence", "rule"],
  keyterms: ["source", "term", "stem", "count", "articles", "score", "rule"],
  framing: ["source", "concept", "term", "count", "article_ids", "evidence", "rule"],
  dates: ["article_id", "start", "end", "surface", "value", "type", "note", "rule", "planned"],
  event_mentions: ["mention_id", "article_id", "start", "end", "part", "type", "cue", "cue_start", "cue_end", "date", "date_start", "date_end", "date_rule", "facts", "event_id", "sentence", "rule"],
  events: ["event_id", "date", "granularity", "type", "summary", "actors", "article_ids", "outlets", "evidence"],
  conflicts: ["event_id", "fact", "value", "outlets", "evidence"]
};
