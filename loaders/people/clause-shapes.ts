import {passiveAuxiliaries, pastParticipleShape, placeAdverbBeforeVon, routePrepositions} from "../lang/de/bare-name-words.js";
import {OPENER, type Token} from "./tokens.js";

/** Token-sequence shapes the bare-name cues read around a word (loaders/people/bare-cues.ts): a passive clause, a year. */

const PASSIVE = new Set(passiveAuxiliaries);
const ROUTE = new Set(routePrepositions);
/** Punctuation that ends a clause. */
const CLAUSE_END = /^[.,;:!?()"„“«»]$/u;

/** Punctuation that ends a sentence or a clause, not a quote or a bracket. */
const SENTENCE_MARK = /^[.,;:!?]$/u;

/** Whether a passive auxiliary stands right after the participle after tokens[i] or up to eight tokens before it, within the clause. */
export function passiveAround(tokens: Token[], i: number): boolean {
  return PASSIVE.has(tokens[i + 2]?.lower ?? "") || auxiliaryBefore(tokens, i, SENTENCE_MARK);
}

/** Whether a passive auxiliary stands up to eight tokens before tokens[i - 1] ("von") with no token that `stop` matches between. */
function auxiliaryBefore(tokens: Token[], i: number, stop: RegExp): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 10) && !stop.test(tokens[k].text); k--) if (PASSIVE.has(tokens[k].lower)) return true;
  return false;
}

/**
 * Whether the word tokens[i] after "von" is the agent of a passive. The caller has checked "von" before it and no capitalised
 * word after it. Not after an adverb of a place's position ("nördlich von Linz auf der Straße überfallen"). Four shapes:
 * - the participle right after it, with a passive auxiliary around ("wird von Brannigan geleitet", {@link passiveAround});
 * - the participle right after it, after "wie" (a comparison with no auxiliary: "wie von Brannigan angekündigt");
 * - a lower-case word that is no preposition of a way ("von Linz nach Wels", "von Linz aus") after it, then, within the clause
 *   and eight tokens, a participle with a passive auxiliary after it or before "von" ("von Brannigan persönlich im Mai entworfen wurde");
 * - a participle that opens the sentence before a passive auxiliary earlier in the clause ("Gezeichnet wurden von Brannigan viele Pläne").
 */
export function passiveAgentAt(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (placeAdverbBeforeVon.test(tokens[i - 2]?.lower ?? "")) return false;
  if (next?.word && (next.cap || ROUTE.has(next.lower))) return false;
  if (!next?.word) return participleFirst(tokens, i);
  if (pastParticipleShape.test(next.lower)) return passiveAround(tokens, i) || tokens[i - 2]?.lower === "wie";
  for (let k = i + 2; k <= i + 9 && tokens[k] && !CLAUSE_END.test(tokens[k].text); k++) {
    const t = tokens[k];
    if (t.word && !t.cap && pastParticipleShape.test(t.lower)) return PASSIVE.has(tokens[k + 1]?.lower ?? "") || auxiliaryBefore(tokens, i, CLAUSE_END);
  }
  return participleFirst(tokens, i);
}

/** Whether the clause before "von" (tokens[i - 1]) opens with a participle before a passive auxiliary ("Geleitet wird das Amt von …"). */
function participleFirst(tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(1, i - 8) && !CLAUSE_END.test(tokens[k].text); k--) {
    if (!PASSIVE.has(tokens[k].lower)) continue;
    const participle = tokens[k - 1];
    const before = tokens[k - 2];
    return participle.word && participle.cap && pastParticipleShape.test(participle.lower) && (!before || (!before.word && OPENER.test(before.text)));
  }
  return false;
}

/** Whether tokens from k spell a year of four digits (1000–2099); the tokenizer keeps digits apart. */
export function yearAt(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || (first.text !== "1" && first.text !== "2")) return false;
  for (let d = k + 1; d < k + 4; d++) if (!/^\d$/u.test(tokens[d]?.text ?? "") || tokens[d].start !== tokens[d - 1].end) return false;
  return !/^\d$/u.test(tokens[k + 4]?.text ?? "") || tokens[k + 4].start !== tokens[k + 3].end;
}
