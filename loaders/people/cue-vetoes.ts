import {phraseOpeners} from "./closed-class.js";
import type {Token} from "./tokens.js";

/** Endings of adjectives and participles used as adverbs at a sentence's start ("Alternativ kann …", "Indirekt wird …", "Strafmildernd kam …"). */
const ADVERBIAL_SHAPE = /(?:iv|[ae]kt|[rl]nd)$/u;

/**
 * Why a bare cue (see bare-cues.ts) does not make tokens[i] a name here, or "":
 * - name+speech-verb after a preposition or quantifier: the word is a noun in that
 *   phrase ("seit Jahren kritisiert", "für Türken betonte", "mehr Funktionen fordert");
 * - subject+aux before a comma: the word is a predicate of a clause ("Toll ist, dass …");
 * - subject+aux / subject+verb on an adjective or participle shape ("Alternativ kann …").
 */
export function cueVeto(tokens: Token[], i: number, cue: string): string {
  const prev = tokens[i - 1];
  if (cue === "name+speech-verb" && prev && phraseOpeners.has(prev.lower)) return "phrase-opener";
  if (cue === "subject+aux" && tokens[i + 2]?.text === ",") return "predicate-clause";
  if ((cue === "subject+aux" || cue === "subject+verb") && ADVERBIAL_SHAPE.test(tokens[i].lower)) return "adverbial-shape";
  return "";
}
