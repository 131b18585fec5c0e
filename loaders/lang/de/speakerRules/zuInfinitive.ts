/**
 * A speech verb as a zu-infinitive ("bemühten sich, vor der Presse zu
 * erklären, …", "haben sich darauf verständigt, die Erklärung für nichtig zu
 * erklären", "ließ durchblicken, den Streik ausweiten zu wollen") has no subject of
 * its own: the phrase before "zu" is its object. The speaker is the subject of
 * the clause the infinitive depends on, or no one when that is "es" or "man".
 */
import {clauseStart} from "../../../quotes/context.js";
import {phraseAt} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {conjunctionsBeforeVerb, relativePronouns} from "./words.js";

const IMPERSONAL = new Set(["es", "man"]);
const RELATIVE = new Set(relativePronouns);
const CONJUNCTIONS = new Set(conjunctionsBeforeVerb.filter((w) => w !== "oder"));

export const zuInfinitive: SpeakerRule = {
  id: "de.speaker.zu-infinitive",
  find({tokens, cue, from}) {
    const zu = tokens[cue - 1];
    if (!zu || zu.lower !== "zu" || zu.quote >= 0 || cue - 1 < from) return undefined;
    // "Anna Berger, die nie vergisst zu betonen, …": a relative clause has its own subject
    if (RELATIVE.has(tokens[from].lower) && tokens[from].quote < 0 && !isCapitalised(tokens[from + 1])) return undefined;
    // the governing clause: before the comma that opens the infinitive clause, or this clause when no comma sets it off
    const comma = from - 1;
    const governing = comma > 0 && tokens[comma].text === "," && tokens[comma].quote < 0 ? clauseStart(tokens, comma - 1) : from;
    const limit = governing === from ? cue - 1 : comma;
    if (IMPERSONAL.has(tokens[governing]?.lower ?? "")) return null;
    const subject = phraseAt(tokens, governing, limit, false);
    if (!subject || subject[0] !== governing) return null;
    // "es sei kaum möglich, Angaben dazu zu prüfen": the governing clause's verb comes first, its subject after it
    return IMPERSONAL.has(tokens[subject[1] + 1]?.lower ?? "") ? null : withSecondConjunct(tokens, subject, limit);
  }
};

/**
 * "Die Sprecherin des Rathauses und andere Beamte bemühten sich, … zu erklären": a second
 * conjunct after "und" or "sowie" that runs up to the finite verb (a lower-case word) belongs to
 * the subject.
 */
function withSecondConjunct(tokens: Token[], subject: [number, number], limit: number): [number, number] {
  const and = subject[1] + 1;
  if (!CONJUNCTIONS.has(tokens[and]?.lower ?? "")) return subject;
  const second = phraseAt(tokens, and + 1, limit, false);
  const verb = second ? tokens[second[1] + 1] : undefined;
  return second && second[0] === and + 1 && verb && isWord(verb) && !isCapitalised(verb) ? [subject[0], second[1]] : subject;
}
