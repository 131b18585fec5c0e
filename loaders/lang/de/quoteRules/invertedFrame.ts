/**
 * A quotation that opens its sentence, or a main clause in Konjunktiv I, followed
 * by a comma, a finite verb and its subject ("„…“, ärgerte sich der Trainer.",
 * "Das sei ein Skandal, wetterte die Ministerin am Abend."): in German news this
 * inverted frame is a frame of saying whatever the verb, so the lexicon need not
 * list every verb of manner ("poltern", "sich freuen", "befinden").
 */
import {attributionByWord} from "../../../quotes/attribute.js";
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {ClauseRule, DirectRule} from "../../../quotes/rule.js";
import {clauseStart} from "../../../quotes/context.js";
import {hasKonjunktiv, isCueAt, span} from "./clauses.js";
import {LOWER_START, LOWER_WORD, type Token} from "../../../quotes/tokens.js";
import {finiteForm} from "./sentenceFacts.js";
import {functionWords} from "../functionWords.js";
import {finiteAuxiliaries} from "../speakerRules/words.js";
import {invertedFrameAdverbs, invertedFrameNonVerbs, invertedFrameSubjects} from "../speakerWords.js";

// "…, sondern ein Fehler", "…, habe der Bau begonnen", "…, sollten die Preise steigen": no frame of saying
const NON_VERBS = new Set([...invertedFrameNonVerbs, ...functionWords, ...finiteAuxiliaries]);
const SUBJECT_PRONOUNS = new Set(invertedFrameSubjects);
const ADVERBS = new Set(invertedFrameAdverbs);

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

/**
 * The subject of an inverted frame whose finite verb is `tokens[verb]` ("wetterte die Ministerin", "ärgerte
 * sich der Kapitän", "schmunzelte ihm die Ärztin zu"), when the sentence ends a few words after it; else null.
 */
function frameSubject(tokens: Token[], verb: number): TokenRange {
  if (!finiteVerb(tokens[verb])) return null;
  let at = verb + 1;
  if (tokens[at]?.lower === "sich") at++;
  // "„…“, bestätigte ihm der Arzt": an object pronoun stands before the subject
  if (tokens[at] && OBJECT_PRONOUNS.test(tokens[at].lower)) at++;
  // "…, findet auch der Bürgermeister."
  while (at < verb + 5 && ADVERBS.has(tokens[at]?.lower ?? "")) at++;
  const speaker = phraseAt(tokens, at);
  if (!speaker || (speaker[0] === speaker[1] && LOWER_START.test(tokens[speaker[0]].text) && !SUBJECT_PRONOUNS.has(tokens[speaker[0]].lower))) return null;
  return endsSoon(tokens, speaker[1] + 1) ? speaker : null;
}

const OBJECT_PRONOUNS = /^(?:ihm|ihn|ihr|ihnen|uns|mir|mich|dir|euch)$/;

/** „…“, ärgerte sich der Trainer. — the subject of the verb right after a quotation that opens the sentence. */
export const invertedFrame: DirectRule = {
  id: "de.quote.direct.inverted-frame",
  attribute({pair, sentence, after, words}) {
    if (words < 2 || sentence.tokens[0]?.start !== pair.open || after[0]?.text !== ",") return null;
    const speaker = frameSubject(after, 1);
    return speaker ? attributionByWord(after, 1, speaker) : null;
  }
};

/** How far from the sentence end the comma of an inverted frame may stand (verb, subject up to 30 tokens, tail). */
const FRAME_REACH = 45;


/** Openers of clauses that are not the main clause: a Konjunktiv after them makes no report of the sentence. */
const NOT_MAIN = new Set(["wenn", "falls", "ob", "als", "wie", "damit", "dass", "daß", "weil", "obwohl", "nachdem", "um", "da", "sofern"]);

/**
 * Das sei ein Skandal, empörte sich die Opposition. — a main clause with a Konjunktiv I form before the sentence's
 * last comma, then an inverted frame whose verb the lexicon does not list (a listed one is de.quote.indirect.clause-cue).
 */
export const invertedClauseFrame: ClauseRule = {
  id: "de.quote.indirect.inverted-frame",
  apply(s) {
    const {tokens} = s;
    const first = s.strongKonjunktiv[0];
    if (first === undefined || clauseStart(tokens, first) !== 0 || NOT_MAIN.has(tokens[0].lower)) return null;
    // the frame's subject ends a few tokens before the sentence does: only the last commas are looked at (linear time)
    for (let k = tokens.length - 3; k > first && k > tokens.length - FRAME_REACH; k--) {
      if (tokens[k].text !== "," || tokens[k].quote >= 0) continue;
      if (tokens[k - 1].quote >= 0 || s.used.has(k + 1) || isCueAt(s, k + 1)) return null;
      if (hasKonjunktiv(s, k + 1, k + 2)) continue; // "…, wenn der Bus ausfällt, sei die Schule geschlossen"
      // "…, empörte sich Anna Berg, die Chefin der Grünen.": a later comma may belong to the subject's apposition
      const speaker = frameSubject(tokens, k + 1);
      if (!speaker) continue;
      s.used.add(k + 1);
      return {...span(tokens, 0, k), type: "indirect", ...attributionByWord(tokens, k + 1, speaker)};
    }
    return null;
  }
};
