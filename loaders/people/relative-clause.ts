import {cueForms} from "../quotes/lexicon.js";
import {CLAUSE_END_MARKS} from "../quotes/tokens.js";
import type {Token} from "./tokens.js";

/** Relative pronouns that refer to a person: "Lea Sommer, die …", "Olaf Brink, der …". */
const RELATIVE_PRONOUNS = new Set(["der", "die"]);

/**
 * The relative clause about the name ending at tokens[last], as [first, end) token indices, or null:
 * "NAME, der als Vermittler gilt," right after the name, or after the name's clause-final verbs
 * ("… von NAME begleitet, der als Vermittler gilt": at most two lower-case words before the comma).
 * The clause must end in a lower-case word (its verb), so an apposition ("NAME, der frühere Minister,")
 * is none; nor does a speech verb stand before the comma: "NAME sagte, die Gespräche führten nicht weiter"
 * reports what was said, its "die" is an article.
 */
export function relativeClauseAfter(tokens: Token[], last: number): [number, number] | null {
  let comma = last + 1;
  while (comma <= last + 2 && tokens[comma]?.word && !tokens[comma].cap) {
    if (cueForms.has(tokens[comma].lower)) return null;
    comma++;
  }
  if (tokens[comma]?.text !== ",") return null;
  const pronoun = tokens[comma + 1];
  if (!pronoun || !RELATIVE_PRONOUNS.has(pronoun.lower) || pronoun.cap) return null;
  let end = comma + 2;
  while (end < tokens.length && !CLAUSE_END_MARKS.has(tokens[end].text)) end++;
  const verb = tokens[end - 1];
  if (end - comma < 4 || !verb?.word || verb.cap) return null;
  return [comma + 2, end];
}
