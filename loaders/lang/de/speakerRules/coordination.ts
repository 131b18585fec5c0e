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
import {isCapitalised, isWord, perTokens, TokensCache, type Token} from "../../../quotes/tokens.js";
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
    const k = firstOf(tokens).speechVerb;
    if (k < cue - 1) {
      const found = speakerForCue(tokens, k);
      if (found) return found;
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
 * "Schon am Freitagabend zogen Studenten vor das Theater und skandierten …": when an
 * adverbial opens the first conjunct, its subject follows the first finite verb, the lower-case
 * word right after the adverbial's noun.
 */
function subjectAfterFrontedAdverbial(tokens: Token[], conjunction: number): TokenRange {
  const k = firstOf(tokens).verbAfterNoun;
  if (k >= conjunction - 1 || tokens[k].quote >= 0 || tokens[k].text === ",") return null;
  const from = k + 1;
  const subject = phraseAt(tokens, from, conjunction);
  return subject && subject[0] === from && !NON_NOMINATIVE.has(tokens[from].lower) && !IMPERSONAL.has(tokens[from].lower) ? subject : null;
}

/**
 * Per token array, found once (both rules are asked for every cue after a conjunction): the first lower-case
 * speech verb form outside quotations from token 1 on, and from token 2 on the first quoted token, comma or
 * lower-case word after a capitalised one (where the first conjunct's verb follows an adverbial's noun);
 * `tokens.length` when there is none.
 */
const firstTokens = new TokensCache<Token[], {speechVerb: number; verbAfterNoun: number}>();

const firstOf = (tokens: Token[]) => perTokens(firstTokens, tokens, firstIn);

function firstIn(tokens: Token[]): {speechVerb: number; verbAfterNoun: number} {
  let speechVerb = 1;
  while (speechVerb < tokens.length && (tokens[speechVerb].quote >= 0 || !cueForms.has(tokens[speechVerb].lower) || isCapitalised(tokens[speechVerb]))) speechVerb++;
  let verbAfterNoun = 2;
  for (; verbAfterNoun < tokens.length; verbAfterNoun++) {
    const t = tokens[verbAfterNoun];
    const before = tokens[verbAfterNoun - 1];
    if (t.quote >= 0 || t.text === "," || (isWord(t) && !isCapitalised(t) && isCapitalised(before) && isWord(before))) break;
  }
  return {speechVerb, verbAfterNoun};
}
