/**
 * An event's summary: its type, the people involved, and what happened in the
 * words of one of its sentences (the sentence, or for a long one the whole
 * words around its cue). The words are the article's, untrusted: the summary is
 * plain text, and pages must insert it as text (escaped), never as HTML.
 */
import type {EventMentionRow} from "../types.js";

const WORD = /[\p{L}\p{N}]/u;

/** Sentences up to this length are a summary as they are. */
const WHOLE_SENTENCE = 140;

/**
 * "type: Name, Name — excerpt" (or "type: excerpt" when no person is named): the reader sees what
 * happened, not only who took part. The excerpt is read from `mention` (see excerpt).
 */
export function eventSummary(type: string, names: readonly string[], mention: EventMentionRow): string {
  return names.length ? `${type}: ${names.join(", ")} — ${excerpt(mention)}` : `${type}: ${excerpt(mention)}`;
}

/**
 * The mention whose sentence summarises an event: one dated as the event is (its sentence says
 * when), else any; the earliest in its article, then by article id, so the choice is stable.
 */
export function summaryMention(members: readonly EventMentionRow[], date: string): EventMentionRow {
  const order = (a: EventMentionRow, b: EventMentionRow) => a.start - b.start || a.article_id.localeCompare(b.article_id);
  const dated = members.filter((m) => m.date.startsWith(date));
  return [...(dated.length ? dated : members)].sort(order)[0];
}

/** The sentence of a mention on one line, or for a long one the whole words around its cue. */
export function excerpt(m: EventMentionRow): string {
  const text = m.sentence.replace(/\s/g, " ");
  if (text.length <= WHOLE_SENTENCE) return text.trim();
  const cueStart = m.cue_start - m.start;
  const cueEnd = m.cue_end - m.start;
  let from = Math.max(0, cueStart - 30);
  let to = Math.min(text.length, cueEnd + 50);
  // never cut a word: start at the word after the cut, end before the word the cut falls in
  if (from > 0 && WORD.test(text[from - 1]) && WORD.test(text[from])) {
    const space = text.indexOf(" ", from);
    from = space >= 0 && space < cueStart ? space + 1 : cueStart;
  }
  if (to < text.length && WORD.test(text[to - 1]) && WORD.test(text[to])) to = Math.max(text.lastIndexOf(" ", to), cueEnd);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}
