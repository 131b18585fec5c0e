/**
 * `de.speaker.relative-object`: in a relative clause opened by a bare relative
 * pronoun (", die einen Rückgang bekannt gab", ", der seinen Rücktritt
 * ankündigte"), a noun phrase after the pronoun whose determiner cannot be
 * nominative ("einen", "seinen", "dem") is the object, and so is one that names
 * no speaker (", die eine Reform ankündigte"): the pronoun itself is the
 * subject, as the Wikinews gold marks it (the row names its antecedent). A
 * nominative phrase that names a speaker (", die ein Sprecher bestätigte") is
 * the subject instead, and the pronoun the object.
 */
import {phraseAt} from "../../../quotes/phrase.js";
import type {Token} from "../../../quotes/tokens.js";
import {determiners, nominativeDeterminers} from "../speakerWords.js";
import {speakerLike} from "./previous.js";

const DETERMINERS = new Set(determiners);
const NOMINATIVE = new Set(nominativeDeterminers);
/** Relative pronouns that can be the subject of their clause. */
const SUBJECT_PRONOUNS = new Set(["der", "die", "das", "welcher", "welche", "welches"]);

/**
 * Whether the relative pronoun at r, with a determiner phrase after it and the speech verb at cue,
 * is the subject of its clause: the phrase after it is an object ({@link relativeObjectAfter}).
 */
export function relativeObjectAfter(tokens: Token[], r: number, cue: number): boolean {
  const next = tokens[r + 1];
  if (!SUBJECT_PRONOUNS.has(tokens[r].lower) || !next || next.quote >= 0 || !DETERMINERS.has(next.lower)) return false;
  // ", die die Polizei nannte", ", die ein Sprecher bestätigte": a nominative speaker after the pronoun
  if (!NOMINATIVE.has(next.lower)) return true;
  const phrase = phraseAt(tokens, r + 1, cue, false);
  return !phrase || !speakerLike(tokens, phrase);
}
