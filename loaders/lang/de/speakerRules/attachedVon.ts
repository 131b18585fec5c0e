/**
 * `de.speaker.von-of-noun`: a "von" phrase that belongs to a noun is no passive
 * agent. In a main clause only one phrase stands before the finite verb, so a
 * "von" inside that phrase, right after one of its nouns, names what the noun
 * is of: "Die Anwohner in der Nähe von Leipzig wurden gewarnt" (no one warns
 * for Leipzig), "Die Mitarbeiter von Müller & Co. wurden aufgefordert". The
 * agent opens that position itself ("Von der Polizei wurde mitgeteilt") or
 * follows the finite verb ("Sie wurde von der Polizei gewarnt").
 */
import {clauseStart} from "../../../quotes/context.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {isCommonNoun} from "../common-nouns.js";
import {passiveAuxiliaries} from "./words.js";

const PASSIVE = new Set(passiveAuxiliaries);

/**
 * Whether the "von" at j is attached to the common noun before it, inside the phrase before the
 * finite passive auxiliary of a main clause whose participle is at cue.
 */
export function vonOfNoun(tokens: Token[], j: number, cue: number): boolean {
  const from = clauseStart(tokens, j);
  const noun = tokens[j - 1];
  if (j - 1 <= from || !noun || !isWord(noun) || !isCapitalised(noun) || !isCommonNoun(noun.lower)) return false;
  // the finite auxiliary follows the "von" phrase and comes before the participle: verb-second order
  for (let k = j + 1; k < cue; k++) if (PASSIVE.has(tokens[k].lower) && tokens[k].quote < 0) return true;
  return false;
}
