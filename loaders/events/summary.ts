/**
 * The words of an event mention that summarise it when no person is named:
 * its sentence, or for a long sentence the whole words around its cue.
 */
import type {EventMentionRow} from "../types.js";

const WORD = /[\p{L}\p{N}]/u;

/** Sentences up to this length are a summary as they are. */
const WHOLE_SENTENCE = 140;

/** The sentence of a mention, or for a long one the whole words around its cue, for a summary when no person is named. */
export function excerpt(m: EventMentionRow): string {
  const text = m.sentence;
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
