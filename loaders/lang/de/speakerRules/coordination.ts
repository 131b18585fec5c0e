/**
 * A speech verb in the second conjunct of a main clause shares the subject of
 * the first ("Die Firma bestätigte die Zahlen nicht und nannte sie „reine
 * Spekulation“", "Die Abgeordneten sprachen von einem „Dammbruch“ und forderten
 * die Regierung auf, …"): the phrase after the verb is its object, and the
 * speaker is the subject the sentence opens with (or, after an opening
 * adverbial, the one right after the first verb).
 */
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {cueForms} from "../../../quotes/lexicon.js";
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {conjunctionsBeforeVerb, nonNominativeOpeners, nonSpeakerSubjects} from "./words.js";

const CONJUNCTIONS = new Set(conjunctionsBeforeVerb);
const IMPERSONAL = new Set(nonSpeakerSubjects);
const NON_NOMINATIVE = new Set(nonNominativeOpeners);

export const elidedSubject: SpeakerRule = {
  id: "de.speaker.elided-subject",
  find({tokens, cue}) {
    const conjunction = tokens[cue - 1];
    if (cue < 3 || !conjunction || conjunction.quote >= 0 || !CONJUNCTIONS.has(conjunction.lower)) return undefined;
    // a speech verb in the first conjunct: its speaker ("X sprachen von … und forderten …")
    for (let k = 1; k < cue - 1; k++) {
      if (tokens[k].quote >= 0 || !cueForms.has(tokens[k].lower) || isCapitalised(tokens[k])) continue;
      const found = speakerForCue(tokens, k);
      if (found) return found;
      break;
    }
    if (tokens[0].quote >= 0 || NON_NOMINATIVE.has(tokens[0].lower)) return undefined;
    const head = phraseAt(tokens, 0, cue - 1);
    if (!head) return subjectAfterFrontedAdverbial(tokens, cue - 1);
    // the opening phrase is the subject when a lower-case finite verb follows it
    const verb = tokens[head[1] + 1];
    if (!verb || !isWord(verb) || isCapitalised(verb) || verb.quote >= 0) return undefined;
    return head;
  }
};

/**
 * "Bereits am Sonntagabend zogen Demonstranten vor das Rathaus und skandierten …": when an
 * adverbial opens the first conjunct, its subject follows the first finite verb, the lower-case
 * word right after the adverbial's noun.
 */
function subjectAfterFrontedAdverbial(tokens: Token[], conjunction: number): TokenRange {
  for (let k = 2; k < conjunction - 1; k++) {
    const t = tokens[k];
    if (t.quote >= 0 || t.text === ",") return null;
    if (!isWord(t) || isCapitalised(t) || !isCapitalised(tokens[k - 1]) || !isWord(tokens[k - 1])) continue;
    const from = k + 1;
    const subject = phraseAt(tokens, from, conjunction);
    return subject && subject[0] === from && !NON_NOMINATIVE.has(tokens[from].lower) && !IMPERSONAL.has(tokens[from].lower) ? subject : null;
  }
  return null;
}
