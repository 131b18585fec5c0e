/**
 * Person cue rule name+als-role: a lone capitalised word before "als" and a role ("… spielt Tarrasch als strenger Lehrer mit",
 * "Oberwinkl als Verteidiger"): a person in a part or office. Order: `personCueRules` in ../index.ts.
 */
import {adjectiveShape, placePrepositions, predicativeShape} from "../bare-name-words.js";
import {cueRule} from "../../../people/cue-rule.js";
import {roleNoun} from "../../../people/roles.js";
import type {Token} from "../../../people/tokens.js";

const PREPOSITIONS = new Set(placePrepositions);
/** A capitalised word of lower-case letters after the first, three or more letters ("Tarrasch", "Oberwinkl"). */
const PLAIN_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * name+als-role: "als", at most three lower-case words and a role noun with a role (no kinship or address word, no nationality),
 * after which no capitalised word goes on. The word is no noun by the dictionary or its shape, no adjective, and stands after no
 * capitalised word (whose name it may end) or preposition ("aus Tarvisio als Gastarbeiter": a place).
 */
export const nameAsRole = cueRule("name+als-role", ({tokens, i, prev, next, w}) => {
  if (next?.lower !== "als" || !PLAIN_NAME.test(tokens[i].text)) return false;
  if (prev && ((prev.word && prev.cap) || PREPOSITIONS.has(prev.lower))) return false;
  if (w.nounLike() || w.eNoun() || adjectiveShape.test(w.lower) || predicativeShape.test(w.lower)) return false;
  return roleAfterAls(tokens, i + 2);
});

/** Whether tokens from k hold at most three lower-case words and then a role noun with a role, with no capitalised word after it. */
function roleAfterAls(tokens: Token[], k: number): boolean {
  let g = k;
  while (g < k + 3 && tokens[g]?.word && !tokens[g].cap) g++;
  const t = tokens[g];
  if (!t?.word || !t.cap) return false;
  const after = tokens[g + 1];
  return !!roleNoun(t)?.role && !(after?.word && after.cap);
}
