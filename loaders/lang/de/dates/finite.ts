/**
 * Whether a clause holds a present finite verb, singular, plural or of reported speech ("ist", "bleiben", "sei"),
 * read with its neighbours so attributive adjectives ("die heißen Tage", "nach langen Verhandlungen") and
 * infinitives ("zu öffnen") are not taken for plural verbs.
 */
import {dictionaryPreterite, isDictionaryFiniteVerb, isDictionaryPluralVerb} from "../finite-verb-dict.js";
import {finiteVerbs, infinitiveGovernors, infinitiveMarker, pluralVerbLookalikes} from "../finite-verbs.js";
import {articles, possessiveDeterminers} from "../inflection.js";
import {isDictionaryKonjunktiv} from "../konjunktiv-dict.js";
import {konjunktivI} from "../konjunktiv.js";
import {prepositions} from "../closed-class.js";

const lowerWord = /(?<![\p{L}\p{M}\d-])\p{Ll}[\p{L}\p{M}]{1,}(?![\p{L}\p{M}\d-])/gu;

const reportedForms = new Set(konjunktivI);

/** Words before a lower-case word that make it an attributive adjective ("die heißen Tage"), not a plural verb. */
const ATTRIBUTE_OPENERS: ReadonlySet<string> = new Set([...articles, ...possessiveDeterminers]);
/** Prepositions and contractions: a word between one and a capitalised noun is its attribute ("nach langen Verhandlungen", "am gleichen Tag"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(prepositions);
const wordBefore = /(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+)\s+$/u;
const wordAfter = /^\s+([\p{L}\p{M}]+)/u;

/**
 * Whether the lower-case word at `index` of `clause` is a third-person plural present form used as the finite verb
 * ("am Donnerstag bleiben die Bäder geschlossen", "dass die Bäder öffnen"): a plural form of the verb dictionary
 * that is no preterite, no word that mostly is something else ("einen"), no infinitive ("zu öffnen", "öffnen zu
 * wollen", "öffnen können") and no attributive adjective after an article ("die heißen Tage") or between a
 * preposition and its noun ("nach langen Verhandlungen", "am gleichen Tag", "mit leeren Händen").
 */
function isPluralPresentVerb(clause: string, word: string, index: number): boolean {
  if (!isDictionaryPluralVerb(word) || pluralVerbLookalikes.has(word) || dictionaryPreterite(word) !== undefined) return false;
  const before = wordBefore.exec(clause.slice(Math.max(0, index - 30), index))?.[1].toLowerCase();
  if (before === infinitiveMarker || (before !== undefined && ATTRIBUTE_OPENERS.has(before))) return false;
  const after = wordAfter.exec(clause.slice(index + word.length, index + word.length + 30))?.[1];
  if (before !== undefined && PREPOSITIONS.has(before) && after !== undefined && /^\p{Lu}/u.test(after)) return false;
  return !(after && (after === infinitiveMarker || infinitiveGovernors.has(after)));
}

/** Whether a lower-case word is a finite form of the singular or of reported speech ("ist", "rollt", "beginne", "sei"). */
const singularFinite = (w: string) => finiteVerbs.has(w) || reportedForms.has(w) || isDictionaryFiniteVerb(w) || isDictionaryKonjunktiv(w);

/**
 * Whether the lower-case `word` at `index` of `clause` is a present finite verb, read with its neighbours: "bleiben" in
 * "am Donnerstag bleiben die Bäder" is, "bilden" in "eine Regierung zu bilden" is not.
 */
export function finiteVerbAt(clause: string, word: string, index: number): boolean {
  return singularFinite(word) || isPluralPresentVerb(clause, word, index);
}

/** Whether the clause holds a present finite verb, indicative or of reported speech ("ist", "rollt", "bleiben", "beginne", "sei"). */
export function hasFiniteVerb(clause: string): boolean {
  lowerWord.lastIndex = 0;
  for (let m = lowerWord.exec(clause); m; m = lowerWord.exec(clause)) if (singularFinite(m[0])) return true;
  lowerWord.lastIndex = 0;
  for (let m = lowerWord.exec(clause); m; m = lowerWord.exec(clause)) if (isPluralPresentVerb(clause, m[0], m.index)) return true;
  return false;
}
