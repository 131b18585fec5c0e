/**
 * Reports carried over from the sentence before or after: a Konjunktiv (or
 * reportive "soll") continuation of the last attribution, and "Das teilte X
 * mit." pointing back to the sentence before.
 */
import {attributionFor} from "../../../quotes/attribute.js";
import {speakerForCue} from "../../../quotes/cueSpeaker.js";
import {clauseEnd, clauseStart, type Cue, type SentenceContext} from "../../../quotes/context.js";
import {calendarTimeIn} from "../../../quotes/scheduledPlan.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import {CLAUSE_END_TOKEN, startsWithLetter, type Token, UPPER_START} from "../../../quotes/tokens.js";
import {speakerKindRules} from "../speakerKinds.js";
import {sentenceAttribution} from "../speakerRules/carried.js";
import {continuationModals, futureTimeWords, indicativeLikeModals} from "../speechVerbs.js";
import {weekdayWords} from "../dates/lexicon.js";
import {hearsayAboutPrevious, purposeModal} from "./vetoes.js";
import {anyIn, isPassive, span, unusedCues} from "./clauses.js";

const CONTINUATION_MODALS = new Set(continuationModals);
const FUTURE_TIME = new Set(futureTimeWords);
/** Perfect infinitives after a reportive modal ("soll … gesagt haben", "soll … gewesen sein"). */
const PERFECT_INFINITIVE = new Set(["haben", "sein"]);

/** Prepositions that put a weekday on a schedule: "am Freitag", "ab Montag", "bis Donnerstag". */
const SCHEDULE_BEFORE_WEEKDAY = new Set(["am", "ab", "bis"]);

/**
 * A "soll" that schedules ("Am Donnerstag soll der Stadtrat beraten", "soll nächste Woche beginnen", "sollen bis Freitag dauern"):
 * a time still ahead in the sentence and no perfect infinitive, which would make it hearsay about the past.
 */
function schedulingModal(tokens: Token[]): boolean {
  let ahead = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (PERFECT_INFINITIVE.has(w) && tokens[i].quote < 0) return false;
    if (FUTURE_TIME.has(w) || (weekdayWords.has(w) && SCHEDULE_BEFORE_WEEKDAY.has(tokens[i - 1]?.lower ?? ""))) ahead = true;
  }
  return ahead;
}

const INDICATIVE_LIKE = new Set(indicativeLikeModals);

/** Whether a perfect infinitive ("haben", "sein") stands outside quotations after token i in its clause: hearsay about the past. */
function perfectAfter(tokens: Token[], i: number): boolean {
  for (let j = i + 1, end = clauseEnd(tokens, i); j < end; j++) if (PERFECT_INFINITIVE.has(tokens[j].lower) && tokens[j].quote < 0) return true;
  return false;
}

/**
 * A weaker sign of reported speech, used only right after an attribution: a reportive modal outside quotations.
 * A plural form that is the indicative too ("sollen") with a calendar time in its clause is the writer's schedule
 * ("Die Gespräche sollen am 12. März fortgesetzt werden"), unless a perfect infinitive makes it hearsay ("Die
 * Täter sollen am Montag geflohen sein"); without a date it still continues (the Wikinews corpus reads "Die
 * Kosten sollen sinken." after a report as the speaker's).
 */
function continuationMarker(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (INDICATIVE_LIKE.has(t.lower) && !perfectAfter(tokens, i) && calendarTimeIn(tokens, clauseStart(tokens, i), clauseEnd(tokens, i))) continue;
    // "…, der die Preise regulieren soll.": a modal ending a subordinate clause states a purpose, not hearsay
    if (t.quote < 0 && CONTINUATION_MODALS.has(t.lower) && !CLAUSE_END_TOKEN.test(tokens[i + 1]?.text ?? ".") && !purposeModal.test(tokens, i)) return true;
  }
  return false;
}

/**
 * "Das teilte Polizeisprecherin Nina Wendt mit." / "Dies gab die Reederei bekannt.":
 * a short sentence whose object points back; the sentence before is the report.
 */
export const pointerBack: ClauseRule = {
  id: "de.quote.indirect.pointer-back",
  apply(s) {
    const {tokens, before} = s;
    if (!before || tokens.length > 25 || !/^(?:das|dies)$/.test(tokens[0]?.lower ?? "")) return null;
    const cue = unusedCues(s).find((c) => c.index === 1);
    if (!cue || isPassive(tokens, 1) || s.konjunktiv.length || tokens.some((t) => t.lower === "dass" || t.quote >= 0 || t.text === ":")) return null;
    const speaker = speakerForCue(tokens, 1);
    if (!speaker || speaker[0] < 2) return null;
    const text = s.text.slice(before.start, before.end).trimEnd();
    const end = before.start + text.length - (/[.!?]$/.test(text) ? 1 : 0);
    s.used.add(cue.index);
    return {start: before.start, end, type: "indirect", ...attributionFor(tokens, cue, speaker)};
  }
};

/**
 * "Allerdings habe Putin die Idee abgelehnt": a speech verb as a participle after a Konjunktiv I
 * auxiliary of its clause is itself reported, part of the carried report, not a cue of its own; so is a passive one
 * ("Das Ergebnis werde am Montag verkündet": its subject is what is said, not who says it).
 */
function reportedCue(s: SentenceContext, cue: Cue): boolean {
  // "Das Ergebnis werde am Montag verkündet.": a passive speech verb with a Konjunktiv I auxiliary is reported too
  if (!cue.form.participle && !cue.form.lemma.endsWith("-participle") && !isPassive(s.tokens, cue.index)) return false;
  const from = clauseStart(s.tokens, cue.index);
  return anyIn(s.strongKonjunktiv, from, cue.index);
}

/** Longest subject phrase before the finite verb that `actorPosition` reads (article, adjectives, noun, name). */
const ACTOR_WORDS = 5;

/**
 * The subject phrase that opens a sentence right before its finite verb in Konjunktiv I when it names an organisation
 * (`speakerKindRules`: "Die Soziale Liste", "Das Innenministerium", "Die SPD"), as token indices [from, to); else null.
 */
function actorSubject(s: SentenceContext): [number, number] | null {
  const {tokens} = s;
  const k = s.strongKonjunktiv[0];
  if (k === undefined || k < 1 || k > ACTOR_WORDS) return null;
  for (let i = 0; i < k; i++) if (tokens[i].quote >= 0 || !startsWithLetter(tokens[i]) || (i > 0 && !UPPER_START.test(tokens[i].text))) return null;
  const words = tokens.slice(0, k).map((t) => t.text);
  for (const rule of speakerKindRules) {
    const m = rule.match(words);
    if (m) return m.kind === "organisation" ? [0, k] : null;
  }
  return null;
}

/**
 * de.quote.indirect.actor-position: a Konjunktiv I sentence with no attribution in reach whose subject, right before
 * the finite verb, names an organisation ("Die Soziale Liste sehe das anders." opening a text) reports that
 * organisation's position: an indirect quote with the organisation as its speaker and no cue, whom the Konjunktiv
 * sentences after it continue. After an attributed report the sentence is that report's continuation, the
 * organisation only what it is about ("Anna Berg sagte, … . Die VPD habe den Plan nie gewollt.": Anna Berg), as for
 * a thing or an unnamed body ("Die Ursache sei unklar", "Allerdings habe die Stadt …").
 */
export const actorPosition: ClauseRule = {
  id: "de.quote.indirect.actor-position",
  apply(s) {
    if (s.last || unusedCues(s).some((c) => !reportedCue(s, c))) return null;
    const subject = actorSubject(s);
    if (!subject) return null;
    const {tokens} = s;
    const speaker = span(tokens, subject[0], subject[1]);
    return {...span(tokens, 0, tokens.length, true), type: "indirect", speakerStart: speaker.start, speakerEnd: speaker.end, cue: "", cueStart: null, cueEnd: null};
  }
};

/** A Konjunktiv I sentence after an attributed report continues it: the speaker is carried over. */
export const konjunktivContinuation: ClauseRule = {
  id: "de.quote.indirect.konjunktiv-continuation",
  apply(s) {
    if (!s.last || unusedCues(s).some((c) => !reportedCue(s, c))) return null;
    if (hearsayAboutPrevious.test(s.tokens, s)) return null; // "Sie soll es gewesen sein, die …" after a sentence about her
    if (!s.konjunktiv.length && (!continuationMarker(s.tokens) || schedulingModal(s.tokens))) return null;
    const {tokens} = s;
    return {...span(tokens, 0, tokens.length, true), type: "indirect", ...(sentenceAttribution(s) ?? s.last)};
  }
};
