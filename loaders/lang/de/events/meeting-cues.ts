/** Event cues of meeting: summits, calls and talks, meetings and visits (plain data; order in index.ts `eventCues`). */
import type {EventCue} from "./cue-types.js";
import {PLANNED_START} from "../event-plans.js";

export const summitCue: EventCue = {
  id: "de.event.summit", type: "summit", pattern: "~gipfel(?:treffen)?(?:s|n)?",
  context: [{pattern: "\\p{L}*gipfel(?:treffen)?(?:s|n)?", plannedLater: PLANNED_START}]
};
/** Bodies and procedures one appeals to ("die Schlichtung anrufen", "rief das Verfassungsgericht an"), lower case. */
const APPEALED = "\\p{L}*(?:schlichtung|schiedsstelle|einigungsstelle|gericht|gerichtshof|ausschuss|sicherheitsrat|instanz|kommission|schlichter|ombudsstelle)";

export const callCue: EventCue = {
  id: "de.event.call",
  type: "call",
  pattern: "~telefon(?:at|gespräch)(?:e|s|es|en)?|telefon|telefonier(?:t|te|ten|en)|anruf(?:e|s|en)?|an(?:zu)?rufen|anruft|rief|~gespräch(?:s|es)?|sprach(?:en)?|gesprochen",
  context: [
    // "rief ihn an" calls; "rief … zur Ruhe auf", "rief den Notstand aus" appeal or proclaim
    {pattern: "rief", later: ["an"]},
    // "rief die Schlichtung an", "das Gericht anrufen": an appeal to a body or a procedure, no call
    {pattern: "rief|an(?:zu)?rufen|anruft", withoutWord: APPEALED},
    // one speaker: "sprach mit Putin" is a talk; "sprach von einem Skandal", "sprach über die Lage", "sprach sich für … aus" are not
    {pattern: "sprach|gesprochen", inClause: ["mit", "miteinander"]},
    // two or more: "sprachen über die Ukraine" is a talk, "sprachen sich für … aus", "sprachen von einem Erfolg" are not
    {pattern: "sprachen", notNext: ["sich", "von"]},
    // "werde den Präsidenten anrufen", "wird mit ihm telefonieren": planned
    {pattern: "anrufen|telefonieren", plannedSelf: true}
  ]
};
export const meetingCue: EventCue = {
  id: "de.event.meeting", type: "meeting",
  pattern: "~treffen(?:s)?|treffe|trifft|traf(?:en)?|getroffen|begegnung(?:en)?|zusammenkunft|zusammengetroffen|zusammenzutreffen|~zusammentreffen(?:s)?|empfing(?:en)?|empfangen|" +
    "kam(?:en)?|kommt|kommen|zusammengekommen|zusammenkam(?:en)?|zusammenkommt|zusammenkommen",
  context: [
    // people meet; a thing "trifft" (hits) someone: "Der Streik traf Tausende Pendler"
    {pattern: "treffen|treffe|trifft|traf(?:en)?|getroffen|zusammengetroffen", personSubject: true},
    // "Das Treffen soll am Freitag stattfinden" plans it
    {pattern: "\\p{L}*treffen(?:s)?|begegnung(?:en)?|zusammenkunft", plannedLater: PLANNED_START},
    // "empfing die Delegationen zu Gesprächen" receives for talks; "empfing Signale", "zu empfangen" (a plan) do not
    {pattern: "empfing(?:en)?|empfangen", withWord: "\\p{L}*gespräch(?:e|en)?|unterredung(?:en)?|treffen|beratung(?:en)?|audienz", notBefore: ["zu"]},
    // "wird am Montag den Präsidenten treffen", "um ihn zu treffen": planned
    {pattern: "treffen", plannedSelf: true},
    // "Die Delegationen kamen am Dienstag in Kairo zusammen": people or bodies meet, "zusammen" in the verb's own clause;
    // "kam zu spät", "Das kommt alles zusammen", "100.000 Unterschriften sind zusammengekommen" do not
    // "zusammen" must close the clause as the verb's particle: "kamen zusammen auf 45 Prozent", "kamen zusammen mit ihren Familien" do not meet
    {pattern: "kam(?:en)?|kommt|kommen", later: ["zusammen"], peopleSubject: true},
    {pattern: "zusammengekommen|zusammenkam(?:en)?|zusammenkommt|zusammenkommen", peopleSubject: true},
    {pattern: "zusammenkommen", plannedSelf: true}
  ]
};
export const visitCue: EventCue = {
  id: "de.event.visit", type: "visit", pattern: "~besuch(?:e|s|es|en)?|besucht(?:e|en)?|besuchen|reise|~staatsreise|~dienstreise|reiste|anreiste|reisen",
  context: [
    {pattern: "\\p{L}*besuch(?:e|s|es|en)?|\\p{L}*reise", plannedLater: PLANNED_START},
    // "kündigte an, er werde am Wochenende nach Kairo reisen", "wird Kairo besuchen": planned
    {pattern: "besuchen|reisen", plannedSelf: true}
  ]
};
