import {roleHeads} from "../lang/de/person-roles.js";
import {reporterWords} from "../lang/de/bare-name-words.js";
import type {PersonLexicon} from "./lexicon.js";
import type {Token} from "./tokens.js";

const HEADS = new Set(roleHeads);
const REPORTERS = new Set(reporterWords);
/** A plain capitalised word: no hyphen, no inner capital. */
const PLAIN = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether tokens[i] is a surname that is also a role noun ("Kaiser", "Marschall", "Richter") standing alone as the
 * speaker after a speech verb or "so"/"laut" (", erläutert Marschall.", ", so Kaiser."): a role noun without article
 * cannot be a speaker there, so it names a person. The word is a role head itself, not a compound ("Außenminister")
 * nor inflected, and punctuation ends the clause after it ("sagte Richter Alito" is a role before a name, "spricht Trainer
 * nach …" the object of a separable verb). Such a word is not taken up elsewhere in the text, where it is the role again.
 */
export function roleSurnameAt(tokens: Token[], i: number, lex: PersonLexicon): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // cheap exits first: a speech word before (set lookups), then the head, then the shape
  if (!prev || prev.cap) return false;
  const speech = lex.personVerbs.has(prev.lower) || (REPORTERS.has(prev.lower) && (prev.lower === "laut" || tokens[i - 2]?.text === ","));
  if (!speech || !HEADS.has(t.lower) || !PLAIN.test(t.text)) return false;
  // verb-second order or a verb after a quotation: the verb follows punctuation or a capitalised word, not an article or adjective ("das gesagte …")
  const before = tokens[i - 2];
  if (before?.word && !before.cap) return false;
  return !next || /^[.,;:!?]$/u.test(next.text);
}
