/**
 * Person cue rule person-verb: a lone capitalised word right after a finite form of a verb whose object and subject are persons
 * ("1850 heiratete Tarvosek …", "Im Streit erschlug Tarvosek …") or right before "zu" and its infinitive ("versuchte, Tarvosek zu überreden").
 * The verbs are plain data in ../person-object-verbs.ts. Order: `personCueRules` in ../index.ts.
 */
import {adjectiveShape, placeNameShape, predicativeShape} from "../bare-name-words.js";
import {strongPersonVerbForms, weakPersonVerbs} from "../person-object-verbs.js";
import {cueRule} from "../../../people/cue-rule.js";

/** Finite forms before the word: present and past of the weak verbs, and the strong forms. */
const FINITE = new Set<string>(strongPersonVerbForms);
/** Infinitives after "zu". */
const INFINITIVES = new Set<string>(strongPersonVerbForms.filter((f) => f.endsWith("en")));
for (const verb of weakPersonVerbs) {
  const stem = verb.replace(/e?n$/u, "");
  // "heiraten" → "heirat": a stem in -t or -d takes "-et", "-ete"
  const link = /[td]$/u.test(stem) || /[^aeiouhlr][mn]$/u.test(stem) ? "e" : "";
  for (const form of [`${stem}${link}t`, `${stem}${link}te`, `${stem}${link}ten`]) FINITE.add(form);
  INFINITIVES.add(verb);
}
/** Words between the verb and its object: a reflexive or a subject pronoun ("heiratete er Tarvosek"). */
const SKIPPED = new Set(["sich", "er", "sie", "man", "ich", "wir"]);
/** A capitalised word of lower-case letters after the first, three or more letters. */
const PLAIN_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * person-verb: the word stands right after such a finite verb (maybe after "sich" or a subject pronoun) with no capitalised word after it, or right before "zu" and such an
 * infinitive (an unlisted given name before it joins it: found-mention.ts, PERSON_CUES); it is a plain word that is no noun by the dictionary or its shape, no adjective, predicative or place by its shape, and no genitive.
 */
export const personVerb = cueRule("person-verb", ({tokens, i, prev, next, genitive, w}) => {
  if (!PLAIN_NAME.test(tokens[i].text) || genitive || !prev && !next) return false;
  const before = prev && SKIPPED.has(prev.lower) ? tokens[i - 2] : prev;
  const after = !!before?.word && !before.cap && FINITE.has(before.lower) && !(next?.word && next.cap);
  const object = next?.lower === "zu" && INFINITIVES.has(tokens[i + 2]?.lower ?? "");
  if (!after && !object) return false;
  // the last word of three capitalised ones ends a longer name the rule cannot bound ("Kim Dae Sung zu überzeugen")
  if (prev?.cap && prev.word && tokens[i - 2]?.cap && tokens[i - 2].word) return false;
  return !w.nounLike() && !w.eNoun() && !adjectiveShape.test(w.lower) && !predicativeShape.test(w.lower) && !placeNameShape.test(w.lower);
});
