/**
 * "… nahm den Ton der Lokalpresse auf, in der es heißt, dass …", "ein Bericht, in dem es
 * heißt, …": "es heißt" in a relative clause opened by "in" and a relative pronoun quotes the
 * document or medium the pronoun stands for, the noun phrase right before the comma.
 */
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {documentInPrepositions, heissenForms, relativePronouns} from "./words.js";

const IN = new Set(documentInPrepositions);
const RELATIVE = new Set(relativePronouns);
const HEISSEN = new Set(heissenForms);
/** How far back from the comma the antecedent may start. */
const MAX_ANTECEDENT = 8;

export const relativeDocument: SpeakerRule = {
  id: "de.speaker.relative-document",
  find({tokens, cue, from}) {
    if (!HEISSEN.has(tokens[cue].lower) || !IN.has(tokens[from]?.lower ?? "") || !RELATIVE.has(tokens[from + 1]?.lower ?? "")) return undefined;
    if (tokens[from - 1]?.text !== "," || tokens[from - 1].quote >= 0) return undefined;
    return antecedentBefore(tokens, from - 1) ?? undefined;
  }
};

/** The longest noun phrase that ends right before the comma (past a separable particle: "griff … auf,"), or null. */
export function antecedentBefore(tokens: Token[], comma: number): TokenRange {
  let end = comma - 1;
  if (end > 0 && isWord(tokens[end]) && !isCapitalised(tokens[end]) && isCapitalised(tokens[end - 1])) end--;
  let best = -1;
  for (let s = end; s >= 0 && s >= end - MAX_ANTECEDENT; s--) {
    if (tokens[s].quote >= 0 || /^[,.;:]$/.test(tokens[s].text)) break;
    const r = phraseAt(tokens, s, end + 1, false);
    if (r && r[0] === s && r[1] === end) best = s;
  }
  return best >= 0 ? [best, end] : null;
}
