import {numberWords} from "../lang/de/numberWords.js";
import {phraseOpeners} from "./closed-class.js";
import type {PersonLexicon} from "./lexicon.js";
import type {Token} from "./tokens.js";

const NUMBER_WORDS = new Set(numberWords);
/** Endings of inflected and plural nouns ("Hinweise", "Apothekern", "Liebsten"): after a role noun such a word is an object, not a name. */
const INFLECTED_NOUN = /(?:e|en|ern)$/u;

/** Endings of adjectives and participles used as adverbs at a sentence's start ("Alternativ kann …", "Indirekt wird …", "Strafmildernd kam …"). */
const ADVERBIAL_SHAPE = /(?:iv|[ae]kt|[rl]nd)$/u;

/**
 * Why a bare cue (see bare-cues.ts) does not make tokens[i] a name here, or "":
 * - name+speech-verb after a preposition or quantifier: the word is a noun in that
 *   phrase ("seit Jahren kritisiert", "für Türken betonte", "mehr Funktionen fordert");
 * - subject+aux before a comma: the word is a predicate of a clause ("Toll ist, dass …");
 * - subject+aux / subject+verb on an adjective or participle shape ("Alternativ kann …");
 * - any cue on a number word ("kommt Sechzig nicht zur Ruhe");
 * - role+name on a dictionary noun that is inflected or followed by another capitalised word: an object
 *   or a noun phrase ("fanden die Archäologen Hinweise", "der Gründer Feuerwehr Klagenfurt"), while
 *   "Meisterin Schäfer" keeps its name.
 */
export function cueVeto(tokens: Token[], i: number, cue: string, lex: PersonLexicon): string {
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (NUMBER_WORDS.has(t.lower)) return "number-word";
  if (cue === "role+name" && lex.commonNoun(t.lower) && (INFLECTED_NOUN.test(t.lower) || (tokens[i + 1]?.cap && tokens[i + 1].word))) return "noun-after-role";
  if (cue === "name+speech-verb" && prev && phraseOpeners.has(prev.lower)) return "phrase-opener";
  if (cue === "subject+aux" && tokens[i + 2]?.text === ",") return "predicate-clause";
  if ((cue === "subject+aux" || cue === "subject+verb") && ADVERBIAL_SHAPE.test(tokens[i].lower)) return "adverbial-shape";
  return "";
}
