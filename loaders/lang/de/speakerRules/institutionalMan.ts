/**
 * "man" as the subject of a speech verb right after an institution spoke
 * ("Die Sparkasse schließt zwei Filialen, doch will man das Personal
 * behalten", "Die Regierung erklärt, … . Man warnt aber, dass …"): "man"
 * stands for that institution, its speaker phrase. Otherwise "man" is
 * impersonal and names no one.
 */
import type {FoundQuote, SentenceContext} from "../../../quotes/context.js";
import {clauseStart} from "../../../quotes/context.js";
import {phraseAt} from "../../../quotes/phrase.js";
import {tokensEndingBy} from "../../../quotes/sentenceSetup.js";
import {definiteArticles} from "../inflection.js";
import {institutionNouns} from "./words.js";
import {UPPER_START} from "../../../quotes/tokens.js";

const ARTICLES = new Set(definiteArticles);
const INSTITUTION = new RegExp(`(?:^|-)\\p{L}*(?:${institutionNouns.join("|")})(?:en|n|s|es)?$`, "u");

/** Whether a speaker phrase names an institution: one of its capitalised words ends in an institution noun ("Bundesregierung", "Deutsche Bank"). */
export function namesInstitution(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => UPPER_START.test(w) && INSTITUTION.test(w.toLowerCase()));
}

/**
 * The span "man" stands for: an earlier quote of the same sentence with a speaker, else a noun
 * phrase with its article before the clause of "man" ("hält die Landesbank am Plan fest, doch
 * will man …"), else the attribution carried from the sentence before.
 */
function antecedent(s: SentenceContext, cueStart: number, man: number): {speakerStart: number | null; speakerEnd: number | null} | null {
  for (let k = s.found.length - 1; k >= 0; k--) {
    const q = s.found[k];
    if (q.speakerStart !== null && q.speakerStart < cueStart) return q;
  }
  const {tokens} = s;
  for (let k = 0; k < clauseStart(tokens, man); k++) {
    if (tokens[k].quote >= 0 || !ARTICLES.has(tokens[k].lower)) continue;
    const phrase = phraseAt(tokens, k, man, false);
    if (phrase && namesInstitution(s.text.slice(tokens[phrase[0]].start, tokens[phrase[1]].end))) return {speakerStart: tokens[phrase[0]].start, speakerEnd: tokens[phrase[1]].end};
  }
  return s.last && s.last.sentence >= s.index - 1 ? s.last : null;
}

export const institutionalMan = {
  id: "de.speaker.institutional-man",
  /** The speaker span for a quote whose speech verb has "man" as subject, when an institution spoke just before; or null. */
  speakerFor(s: SentenceContext, q: FoundQuote): {speakerStart: number; speakerEnd: number} | null {
    if (q.speakerStart !== null || q.cueStart === null || q.cueStart < s.start || q.cueStart >= s.end) return null;
    const cue = tokensEndingBy(s.tokens, q.cueStart);
    if (s.tokens[cue]?.start !== q.cueStart) return null;
    // "man betont", "will man": the subject right before or after the verb
    const man = s.tokens[cue - 1]?.lower === "man" ? cue - 1 : s.tokens[cue + 1]?.lower === "man" ? cue + 1 : -1;
    if (man < 0) return null;
    const a = antecedent(s, q.cueStart, man);
    if (!a || a.speakerStart === null || a.speakerEnd === null || !namesInstitution(s.text.slice(a.speakerStart, a.speakerEnd))) return null;
    return {speakerStart: a.speakerStart, speakerEnd: a.speakerEnd};
  }
};
