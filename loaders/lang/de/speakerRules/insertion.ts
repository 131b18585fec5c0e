/**
 * Stretches between commas inside the verb's clause that the speaker search reads past.
 *
 * A date between commas right before the speech verb ("dass die Regierung des
 * Präsidenten am Tag zuvor, am 11. Februar, berichtete", "X hatte am Montag,
 * dem 3. Mai, erklärt") is an apposition to the adverb before it: the verb's
 * clause goes on before the first comma, so the speaker is looked for with the
 * inserted date left out.
 */
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {clauseStart} from "../../../quotes/context.js";
import {phraseAt} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import type {Token} from "../../../quotes/tokens.js";
import {monthWords, weekdayWords} from "../dates/lexicon.js";
import {dateInsertionOpeners, tenseAuxiliaries} from "./words.js";

const AUXILIARIES = new Set(tenseAuxiliaries);

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


/**
 * de.speaker.inserted-apposition: an apposition between commas before the rest of the verb's clause ("Am Montag hat der
 * Generalsekretär der Partei, Malte Ohlsen, vor … gewarnt", "hat Malte Ohlsen, Generalsekretär der Partei, betont, …"):
 * the clause goes on before the first comma, so the speaker is looked for with the apposition left out; when the
 * phrase found ends right before it, the apposition is the phrase's and the span takes it in. Passes otherwise.
 */
export const insertedApposition: SpeakerRule = {
  id: "de.speaker.inserted-apposition",
  find({tokens, cue, from}) {
    if (from < 4 || from > cue) return undefined;
    const comma = tokens[from - 1];
    if (comma.text !== "," || comma.quote >= 0) return undefined;
    const s = clauseStart(tokens, from - 1);
    if (s < 2 || s >= from - 1 || tokens[s - 1].text !== "," || tokens[s - 1].quote >= 0) return undefined;
    // the stretch is one noun phrase and nothing else ("Malte Ohlsen", "Generalsekretär der Partei"), no clause
    const apposition = phraseAt(tokens, s, from - 1, false);
    if (!apposition || apposition[0] !== s || apposition[1] !== from - 2) return undefined;
    // the subject stands after a tense auxiliary before the first comma ("hat der Generalsekretär …, …, gewarnt"); an
    // apposition of a subject opening the sentence is de.speaker.apposition-before's
    const head = clauseStart(tokens, s - 1);
    let auxiliary = false;
    for (let k = head; k < s - 1 && !auxiliary; k++) auxiliary = AUXILIARIES.has(tokens[k].lower);
    if (!auxiliary) return undefined;
    const gap = from - s + 1;
    const rest = tokens.slice(0, s - 1).concat(tokens.slice(from));
    const found = speakerForCue(rest, cue - gap);
    return found && found[1] === s - 2 ? [found[0], from - 2] : undefined;
  }
};
