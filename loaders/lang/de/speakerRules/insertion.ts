/**
 * A date between commas right before the speech verb ("dass die Regierung des
 * Präsidenten am Tag zuvor, am 11. Februar, berichtete", "X hatte am Montag,
 * dem 3. Mai, erklärt") is an apposition to the adverb before it: the verb's
 * clause goes on before the first comma, so the speaker is looked for with the
 * inserted date left out.
 */
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {clauseStart} from "../../../quotes/context.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import type {Token} from "../../../quotes/tokens.js";
import {monthWords, weekdayWords} from "../dates/lexicon.js";
import {dateInsertionOpeners} from "./words.js";

const OPENERS = new Set(dateInsertionOpeners);

/** Whether tokens [s, e) are a date phrase: "am 11. Februar", "dem 3. Mai 2020", "am Montag", "vom 2. Juni". */
export function isDatePhrase(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2 || e - s > 6 || !OPENERS.has(tokens[s].lower)) return false;
  let named = false;
  for (let k = s + 1; k < e; k++) {
    const w = tokens[k].lower;
    if (monthWords.has(w) || weekdayWords.has(w)) named = true;
    else if (!/^\d{1,4}$|^\.$/.test(w)) return false;
  }
  return named;
}

export const insertedDate: SpeakerRule = {
  id: "de.speaker.inserted-date",
  find({tokens, cue, from}) {
    if (from !== cue || from < 4) return undefined;
    const comma = tokens[from - 1];
    if (comma.text !== "," || comma.quote >= 0) return undefined;
    const s = clauseStart(tokens, from - 1);
    if (s < 2 || tokens[s - 1].text !== "," || tokens[s - 1].quote >= 0 || !isDatePhrase(tokens, s, from - 1)) return undefined;
    // the sentence without ", am 11. Februar,": indices from the first comma on move back by `gap`
    const gap = from - s + 1;
    const rest = tokens.slice(0, s - 1).concat(tokens.slice(from));
    const found = speakerForCue(rest, cue - gap);
    return found ? (found.map((k) => (k >= s - 1 ? k + gap : k)) as [number, number]) : undefined;
  }
};

