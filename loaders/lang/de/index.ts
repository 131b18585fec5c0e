/**
 * German rules in the order they are tried, the way chrono-node's locale
 * index.ts sets its parsers' order. Each rule is a plain object with an id;
 * lexicons are plain data in the files beside this one.
 */
import * as events from "./events.js";
import type {EventCue} from "./events.js";
import * as parts from "./parts.js";
import type {PartRule} from "./parts.js";

/** Part rules, first match wins for a line. Section openers come before line rules. */
export const partRules: readonly PartRule[] = [
  parts.commentsHeading,
  parts.faqHeading,
  parts.archiveTail,
  parts.authorSignature,
  parts.relatedLinks,
  parts.photoCredit,
  parts.dateLine,
  parts.relativeTimestamp,
  parts.separatorLine,
  parts.bylineLine
];

export {abbreviations, monthNames} from "./abbreviations.js";

/** Event cues, first match wins for a word: summits before calls and meetings ("Gipfeltreffen"). */
export const eventCues: readonly EventCue[] = [
  events.summitCue,
  events.exchangeCue,
  events.negotiationCue,
  events.callCue,
  events.meetingCue,
  events.visitCue,
  events.releaseCue,
  events.invasionCue,
  events.statementCue
];
export {calendarToken, dateRules, dateCue, pastTense, futureTense} from "./dates/index.js";
