/**
 * `de.speaker.document-author`: the person a document speaker ("heißt es in
 * der Erklärung", "dem Bericht zufolge") stands for. The author is the one the
 * text gave the document where it first came up: a person named with it ("eine
 * Erklärung der Ministerin Anna Berg") or the subject opening that sentence
 * ("Anna Berg veröffentlichte eine Erklärung"); when the text brought the
 * document up without a person ("Die Stadt veröffentlichte einen Bericht"), no
 * one. A document the text has not brought up before is that of the quote just
 * before it ("…, berichtete die Zeitung. … hieß es in dem Bericht": the
 * newspaper's, no person), never merely the person named last.
 */
import {documentNouns, documentOpeners} from "../lang/de/speakerWords.js";
import type {MentionRow} from "../types.js";
import {opensSentence, sentenceStartBefore} from "./antecedents.js";
import type {ResolvedSpeaker} from "./speakers.js";
import {UPPER_START} from "./tokens.js";

/** The document nouns, shortest first, so that a compound finds its simplest base ("Pressemitteilung" → "Mitteilung"). */
const NOUNS = [...documentNouns].sort((a, b) => a.length - b.length).map((n) => n.toLowerCase());
/** How far back the document is looked for. */
const WINDOW = 1200;
/** What may stand between a document noun and the name of its author ("Erklärung der Ministerin Anna Berg", "Brief von Karl Roth"). */
const AUTHOR_LINK = /^\s*(?:des|der|von|vom|eines|einer)(?:\s+[\p{L}.-]+){0,3}\s+$/u;

/** What brings a document up: an indefinite article or a possessive, perhaps with an adjective ("eine schriftliche Erklärung"). */
const INTRODUCED = new RegExp(`(?:^|[^\\p{L}])(?:${documentOpeners.join("|")})\\s+(?:\\p{Ll}+\\s+)?$`, "iu");

/** The base document noun a word ends with ("UN-Bericht" → "bericht", "Erklärungen" → "erklärung"), "" when none. */
export function documentBase(word: string): string {
  const lower = word.toLowerCase();
  for (const noun of NOUNS) if (lower.endsWith(noun) || lower.endsWith(noun + "en")) return noun;
  return "";
}

/**
 * The author of a document speaker phrase starting at `start` whose head noun is
 * `head`; `before` are the person mentions before it in text order, `last` the
 * speaker of the quote just before (resolved or not), null when there is none.
 * Returns null when the author is no person mention.
 */
export function documentAuthor(text: string, start: number, head: string, before: readonly MentionRow[], last: ResolvedSpeaker | null): ResolvedSpeaker | null {
  const base = documentBase(head);
  if (!base) return null;
  const from = Math.max(0, start - WINDOW);
  const window = text.slice(from, start).toLowerCase();
  const found = new RegExp(`${base}(?:en|n|s|es)?(?![\\p{L}])`, "gu");
  let at = -1, end = -1;
  for (let m = found.exec(window); m; m = found.exec(window)) {
    // a noun: the word it ends is capitalised in the text ("Erklärung", "Pressemitteilung")
    let w = from + m.index;
    while (w > 0 && /[\p{L}-]/u.test(text[w - 1])) w--;
    // brought up by an indefinite article or a possessive ("eine Erklärung", "in ihrem Bericht"), not "den Brief" again
    if (UPPER_START.test(text[w]) && INTRODUCED.test(text.slice(Math.max(0, w - 40), w))) [at, end] = [from + m.index, from + m.index + m[0].length];
  }
  if (at < 0) return last && last.speaker_id ? last : null;
  // "eine Erklärung der Ministerin Anna Berg": the person named with the document
  const named = before.find((m) => m.start >= end && m.start - end < 80 && AUTHOR_LINK.test(text.slice(end, m.start)));
  if (named) return {speaker_id: named.person_id, speaker: named.surface};
  // "Anna Berg veröffentlichte eine Erklärung": the subject opening that sentence
  const sentenceStart = sentenceStartBefore(text, at);
  const subject = before.find((m) => m.start >= sentenceStart && m.start < at && opensSentence(text, sentenceStart, m.start));
  return subject ? {speaker_id: subject.person_id, speaker: subject.surface} : null;
}
