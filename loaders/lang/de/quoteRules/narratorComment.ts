/**
 * The narrator's comment on a content clause: "Er sagte, es sei schwer, …, was er auf die Lage
 * zurückführt." The last clause of the sentence, opened by a relative word on the whole clause
 * before it ("was", "womit", …) and a personal pronoun as its subject, ends in an indicative verb
 * by which the speaker accounts for or rates the report. It reports the speaker's view in the
 * narrator's words, so the indirect quote ends before it.
 */
import type {SentenceContext} from "../../../quotes/context.js";
import {startsWithLetter} from "../../../quotes/tokens.js";
import {commentVerbStems, sentenceRelativeOpeners} from "../clauseWords.js";
import {hasKonjunktiv} from "./clauses.js";

const OPENERS = new Set(sentenceRelativeOpeners);
const SUBJECTS = new Set(["er", "sie"]);
const COMMENT_VERB = new RegExp(`^(?:${commentVerbStems.join("|")})(?:e?t(?:e|en)?|en)$`, "u");

/**
 * The index of the comma that opens the narrator's comment closing the sentence after token
 * `from` and before `end`, or -1 when the last clause is none.
 */
export function narratorCommentStart(s: SentenceContext, from: number, end: number): number {
  const {tokens} = s;
  let last = end - 1;
  while (last > from && !startsWithLetter(tokens[last])) last--;
  let comma = last;
  while (comma > from && tokens[comma].text !== ",") comma--;
  if (comma <= from + 2 || comma + 4 > last) return -1;
  if (!OPENERS.has(tokens[comma + 1].lower) || !SUBJECTS.has(tokens[comma + 2].lower)) return -1;
  if (!COMMENT_VERB.test(tokens[last].lower) || hasKonjunktiv(s, comma + 1, last + 1)) return -1;
  return comma;
}
