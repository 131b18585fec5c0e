/**
 * German event cues: words that report a dated thing that happened or is
 * planned. Plain data: each cue has an id, an event type and a pattern
 * fragment matched as a whole word ("~" at the start also allows a compound
 * noun ending in it: "~gipfel" matches "G20-Gipfel", but "~treffen" does not
 * match the verb "betreffen", since compounds must be capitalised).
 * Cues are tried in the order of `eventCues` in index.ts (the one place that sets it); the first cue that
 * matches a word wins, so "Gipfeltreffen" is a summit, not a meeting.
 * Some cue words count only in the context their cue's `context` rules ask
 * for: a separable particle later in the clause ("kündigte … an", "lehnte …
 * ab"), an article before ("ein Brand", not the name "Brand"), no "sich" after
 * ("präsentiert sich").
 * Cues marked `factual` report only what happened: they give no event in a
 * clause that negates, plans or supposes it (`nonFactualWords`), so "soll … den
 * Bau beschließen" or "hat nicht zugestimmt" is no decision. Verbs whose
 * infinitive often names a plan or a wish ("wählen", "vorstellen") are listed
 * only in past and present forms.
 *
 * This file is the index of the folder ./events/, one file per kind of content: cue-types.ts (the shapes),
 * meeting-cues.ts, decision-cues.ts, office-cues.ts, incident-cues.ts and launch-cues.ts (the cues), mood-words.ts (words of plan,
 * supposition and negation) and context-words.ts (words the context rules read).
 */
export type {CueContext, EventCue} from "./events/cue-types.js";
export {PLANNED_HAPPENING, PLANNED_START} from "./event-plans.js";
export {summitCue, callCue, meetingCue, visitCue} from "./events/meeting-cues.js";
export {releaseCue, exchangeCue, invasionCue, accidentCue} from "./events/incident-cues.js";
export {decisionCue, announcementCue, electionCue, legalCue, inForceCue, agreementCue, statementCue} from "./events/decision-cues.js";
export {launchCue, documentNouns, launchNouns} from "./events/launch-cues.js";
export {resignationCue, appointmentCue, swearingInCue} from "./events/office-cues.js";
export {nonFactualWords, reportedFutureAuxiliary, suppositionWords} from "./events/mood-words.js";
export {
  purposeLeads, ADVOCACY, nounLead, durationUnits, offsetReference, actorSourcePhrase, durationApproximators, articleWords,
  subjectArticles, subjectConjunctions, peopleNounHeads
} from "./events/context-words.js";
