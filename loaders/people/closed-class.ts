import {prepositions, quantifiers} from "../lang/de/closed-class.js";
import {finiteVerbs} from "../lang/de/finite-verbs.js";
import {functionWords} from "../lang/de/functionWords.js";
import {ambiguousGivenNames, givenNames} from "../lang/de/given-names.js";
import {personVerbs} from "../lang/de/non-person-words.js";
import {sentenceAdverbShape} from "../lang/de/bare-name-words.js";
import {determiners, phraseStops, sentenceAdverbs} from "../lang/de/speakerWords.js";
import {stopwords} from "../lang/de/stopwords.js";

/**
 * Words of closed classes (adverbs, connectives, pronouns, determiners, prepositions, auxiliaries), from the German
 * word lists, including those that are also given names ("Mir", "Nur", "Solange", "Davor"): a lone word of them is
 * the closed-class word ("Mir geht es …", "Solange er …"); only before a surname is it a given name ("Nur Kaya").
 */
export const closedClassWords: ReadonlySet<string> = new Set([...sentenceAdverbs, ...phraseStops, ...determiners, ...functionWords, ...stopwords, ...prepositions, ...quantifiers]);

/**
 * The {@link closedClassWords} that are never a name on their own, even capitalised at the start of a
 * sentence ("Derzeit ist …", "Keiner kann …"): those that are not also given names ("Will").
 */
export const nonNameWords: ReadonlySet<string> = new Set([...closedClassWords].filter((w) => !givenNames.has(w) && !ambiguousGivenNames.has(w)));

/** Words after which a capitalised word is a noun inside their phrase, not a subject: prepositions and quantifiers ("laut" is left out of both lists on purpose: it reports a name). */
export const phraseOpeners: ReadonlySet<string> = new Set([...prepositions, ...quantifiers]);

/**
 * Whether a capitalised word cannot be the given name before a surname: a closed-class
 * word ("Neben Strache"), a sentence adverb ("Lieber Strache als …") or a finite verb that opens a question or
 * condition ("Verliert Strache …").
 */
export function notGivenName(lower: string): boolean {
  return nonNameWords.has(lower) || finiteVerbs.has(lower) || personVerbs.has(lower) || sentenceAdverbShape.test(lower);
}
