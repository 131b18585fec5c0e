/**
 * A quotation that opens its sentence and is followed by a comma, a finite
 * verb and its subject ("„…“, ärgerte sich der Trainer.", "„…“, wetterte die
 * Ministerin am Abend."): in German news this inverted frame is a frame of
 * saying whatever the verb, so the lexicon need not list every verb of
 * manner ("poltern", "sich freuen", "befinden").
 */
import {attributionByWord} from "../../../quotes/attribute.js";
import {phraseAt} from "../../../quotes/phrase.js";
import type {DirectRule} from "../../../quotes/rule.js";
import {LOWER_WORD, type Token} from "../../../quotes/tokens.js";
import {finiteForm} from "./sentenceFacts.js";
import {invertedFrameNonVerbs, invertedFrameSubjects} from "../speakerWords.js";

const NON_VERBS = new Set(invertedFrameNonVerbs);
const SUBJECT_PRONOUNS = new Set(invertedFrameSubjects);

/** How many tokens may follow the subject phrase before the sentence ends ("… am Montag in Wien.", "… zufrieden."). */
const MAX_TAIL = 6;

/** Whether a token is a lower-case finite verb form (not an article, preposition or conjunction that looks like one). */
function finiteVerb(t: Token | undefined): boolean {
  return !!t && t.quote < 0 && LOWER_WORD.test(t.text) && !NON_VERBS.has(t.lower) && finiteForm(t.lower);
}

/** The tokens that end the sentence after the frame: a period, "!" or "?" (perhaps after a closing parenthesis). */
function endsSoon(after: Token[], from: number): boolean {
  for (let k = from; k < after.length && k <= from + MAX_TAIL; k++) {
    const t = after[k];
    if (/^[.!?]$/.test(t.text)) return true;
    if (t.quote >= 0 || t.text === ":" || t.text === ";") return false;
  }
  return from >= after.length;
}

/** „…“, ärgerte sich der Trainer. — the subject of the verb right after a quotation that opens the sentence. */
export const invertedFrame: DirectRule = {
  id: "de.quote.direct.inverted-frame",
  attribute({pair, sentence, after, words}) {
    if (words < 2 || sentence.tokens[0]?.start !== pair.open) return null;
    if (after[0]?.text !== "," || !finiteVerb(after[1])) return null;
    let at = 2;
    if (after[at]?.lower === "sich") at++;
    const first = after[at];
    // "„…“, bestätigte ihm der Arzt": an object pronoun stands before the subject
    if (first && /^(?:ihm|ihn|ihr|ihnen|uns|mir|mich|dir|euch)$/.test(first.lower)) at++;
    const speaker = phraseAt(after, at);
    if (!speaker || (speaker[0] === speaker[1] && /^\p{Ll}/u.test(after[speaker[0]].text) && !SUBJECT_PRONOUNS.has(after[speaker[0]].lower))) return null;
    if (!endsSoon(after, speaker[1] + 1)) return null;
    return attributionByWord(after, 1, speaker);
  }
};
