/**
 * A speech verb in the second conjunct of a main clause shares the subject of
 * the first ("Die Firma bestätigte die Zahlen nicht und nannte sie „reine
 * Spekulation“", "Die Abgeordneten sprachen von einem „Dammbruch“ und forderten
 * die Regierung auf, …"): the phrase after the verb is its object, and the
 * speaker is the subject the sentence opens with.
 */
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {cueForms} from "../../../quotes/lexicon.js";
import {phraseAt} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord} from "../../../quotes/tokens.js";
import {conjunctionsBeforeVerb, nonNominativeOpeners} from "./words.js";

const CONJUNCTIONS = new Set(conjunctionsBeforeVerb);
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
    if (!head) return undefined;
    // the opening phrase is the subject when a lower-case finite verb follows it
    const verb = tokens[head[1] + 1];
    if (!verb || !isWord(verb) || isCapitalised(verb) || verb.quote >= 0) return undefined;
    return head;
  }
};
