/**
 * de.speaker.role-prefix: a role noun whose compound prefix names a side or an
 * organisation the affiliation lexicon does not know ("der Hamas-Unterhändler",
 * "der SPD-Chef", "die GdP-Vorsitzende"). Such a speaker is linked only to a
 * person the text or the register ties to that prefix (an affiliation equal to
 * it, or a role that names it: "Leiter der Hamas-Delegation", "SPD-Vorsitzender");
 * never to a person of another side who holds a similar role word.
 */
import type {MentionRow} from "../types.js";

/** The lower-cased compound prefix of a role noun ("Hamas-Unterhändler" → "hamas"), "" when the noun has none. */
export function rolePrefix(roleNounText: string): string {
  const dash = roleNounText.lastIndexOf("-");
  return dash > 0 ? roleNounText.slice(0, dash).toLowerCase() : "";
}

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** Whether a text (a role, an affiliation) names `prefix` as a word or a compound part ("Leiter der Hamas-Delegation" names "hamas"). */
export function namesPrefix(text: string, prefix: string): boolean {
  if (!text || !prefix) return false;
  const lower = text.toLowerCase();
  if (lower === prefix) return true;
  // "hamas" in "hamas-delegation" or "der hamas": whole words only ("spd" is not in "spdx")
  return lower.split(WORD_BREAK).includes(prefix) || lower.split(/[\s,;()]+/u).some((w) => w.startsWith(prefix + "-"));
}

/**
 * Whether a person fits a role prefix: the register's affiliation or one of its
 * roles (`registerTexts`), or a mention's affiliation or role, names the prefix.
 */
export function fitsPrefix(personId: string, prefix: string, registerTexts: readonly string[], mentions: readonly MentionRow[]): boolean {
  if (registerTexts.some((t) => namesPrefix(t, prefix))) return true;
  return mentions.some((m) => m.person_id === personId && (namesPrefix(m.affiliation, prefix) || m.role.split("; ").some((r) => namesPrefix(r, prefix))));
}

/** Sentence ends a look-back for "the sentence before" stops at. */
const SENTENCE_END = /[.!?]["“”»«']?\s+(?=\S)/gu;

/**
 * Where the sentence before the one holding `at` starts (0 at the text's start):
 * a person named there may be the subject a role noun refers back to.
 */
export function previousSentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 600);
  const ends: number[] = [];
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) ends.push(from + m.index + m[0].length);
  return ends.length >= 2 ? ends[ends.length - 2] : from === 0 ? 0 : from;
}
