import {adjectiveShape, auxiliaryClauseOpeners, predicativeShape, sentenceAdverbShape} from "./bare-name-words.js";
import {existentialVerbs, objectPronouns, pronounClauseOpeners, pronounRelatives} from "./pronoun-object-words.js";
import {cueRule} from "../../people/cue-rule.js";
import type {Token} from "../../people/tokens.js";
import {finiteVerbAt} from "../../people/verbs.js";

const OBJECT_PRONOUNS = new Set(objectPronouns);
const OPENERS = new Set(pronounClauseOpeners);
const RELATIVES = new Set(pronounRelatives);
const CLAUSE_OPENERS = new Set(auxiliaryClauseOpeners);
const EXISTENTIAL = new Set(existentialVerbs);
/** A word that may be a name: letters, maybe inner hyphens or apostrophes, no cut compound ("Verstärker-"). */
const NAME_SHAPE = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/**
 * Rule pronoun-object+subject: an unstressed object pronoun comes before a noun subject in the middle field, so a lone
 * capitalised word right after one is the subject where the clause opens right before the pronoun: after a finite verb
 * ("Gestern sagte ihm Lindqvist …", "…, teilte ihr Ibarrondo mit"), a conjunction ("wie es Hallmann sieht", "als sich Oberle meldete")
 * or a relative pronoun after a comma (", die sich Oberle kaufte"). Word order alone: a noun the dictionary knows is no name by it
 * ("dass es Streit gab", "sagte ihr Anwalt"), nor a word of a noun's, adjective's or adverb's shape; a capitalised word after it ends no name here,
 * and after "gibt es"/"gab es" or before a closing "geben" the word is the object. "ihr" is a possessive as well: loaders/people/mentions.ts lets a word after it through to this rule alone.
 */
export const pronounObjectSubject = cueRule("pronoun-object+subject", ({tokens, i, prev, next, w}) => {
  if (!prev || !OBJECT_PRONOUNS.has(prev.lower) || !next || (next.word && next.cap) || !NAME_SHAPE.test(tokens[i].text)) return false;
  // "gab es Proteste": "es" is the subject of "es gibt"
  if (!opensBefore(tokens, i - 2) || (prev.lower === "es" && (EXISTENTIAL.has(tokens[i - 2].lower) || existentialAfter(tokens, i + 1)))) return false;
  return !w.nounLike() && !w.eNoun() && !w.genitiveNoun() && !predicativeShape.test(w.lower) && !adjectiveShape.test(w.lower) && !sentenceAdverbShape.test(w.lower) && !CLAUSE_OPENERS.has(w.lower);
});

/** Whether a form of "geben" ends the clause within a few words from k ("soll es Zölle geben", "ob es Probleme gebe"): "es gibt", the word its object. */
function existentialAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 6 && tokens[j]?.word; j++) if (EXISTENTIAL.has(tokens[j].lower)) return true;
  return false;
}

/** Whether tokens[k] opens the middle field: a finite verb after no article or attribute, a conjunction, or a relative pronoun after a comma. */
function opensBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || t.cap) return false;
  if (OPENERS.has(t.lower)) return true;
  if (RELATIVES.has(t.lower)) return tokens[k - 1]?.text === ",";
  return !!finiteVerbAt(tokens, k);
}

/** Whether a lower-cased word is an object pronoun of this rule ("ihr" is a possessive as well: loaders/people/mentions.ts asks). */
export function isObjectPronoun(lower: string): boolean {
  return OBJECT_PRONOUNS.has(lower);
}
