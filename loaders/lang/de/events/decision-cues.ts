/**
 * Event cues of decisions and their outcomes: votes and decisions, announcements, elections, legal acts, treaties taking
 * effect, agreements and statements (plain data; order in index.ts `eventCues`).
 */
import type {EventCue} from "./cue-types.js";
import {ADVOCACY, articleWords} from "./context-words.js";
import {AGREEMENT_DATED, AGREEMENT_REACHED, AGREEMENT_REACHED_OBJECT} from "./agreement-words.js";
import {documentNouns, notObjectLeads} from "./launch-cues.js";

export const decisionCue: EventCue = {
  id: "de.event.decision", type: "decision", factual: true,
  pattern: "beschlossen|beschloss(?:en)?|beschließt|~beschluss(?:es)?|~beschlüsse(?:n)?|verabschiedet(?:e|en)?|~abstimmung(?:en)?|abgestimmt|zugestimmt|abgelehnt|lehnte(?:n)?|" +
    "stimmte(?:n)?|gestimmt|billigte(?:n)?|gebilligt|genehmigt|" +
    // attributive participles: "das am Freitag gebilligte Abkommen", "die beschlossenen Kürzungen" are decisions (and the
    // decision's date), not agreements
    "gebilligte[mnrs]?|beschlossene[mnrs]?|genehmigte[mnrs]?|ratifiziert|ratifizierte[mnrs]?",
  context: [
    // "lehnte … ab" decides; "lehnte sich an die Wand" does not
    {pattern: "lehnte(?:n)?", later: ["ab"]},
    // "stimmte für den Antrag" votes, "stimmte dem Abkommen zu" approves ("zu" closing the clause as the verb's particle);
    // "das stimmte" is true, "stimmten nur bis zu einem gewissen Grad" is too
    {pattern: "stimmte(?:n)?|gestimmt", inClause: ["für", "gegen", "dafür", "dagegen"], orLater: ["zu"]},
    // before a noun, a participle decides only with words of its own ("das am Freitag gebilligte Abkommen"; "14 genehmigte
    // Anträge" is a count); the finite past ("Die Stadt genehmigte den Bau") is no attribute
    {pattern: "gebilligte[mnrs]?|beschlossene[mnrs]?|genehmigte[mnrs]?|ratifizierte[mnrs]?", extendedAttribute: articleWords}
  ],
  // "Das Kabinett stimmte dem Abkommen zu", "Das Parlament billigte die Vereinbarung": a body's decision on an agreement, not a
  // second agreement (an agreement mention of the same clause is dropped; one in another clause is kept)
  replaces: ["agreement"]
};
export const announcementCue: EventCue = {
  id: "de.event.announcement", type: "announcement", factual: true, reports: true,
  pattern: "angekündigt|kündigte(?:n)?|~ankündigung(?:en)?|vorgestellt|präsentiert(?:e|en)?|vorgelegt|legte(?:n)?",
  // "kündigte … an" announces; "kündigte ihm fristlos" dismisses; "präsentiert sich" is a manner, not a presentation;
  // "vorgelegt", "legte(n) … vor" put a document forward ("ein gemeinsames Papier vorgelegt", "legten einen Entwurf vor"),
  // not a bandage ("legte … an") nor an offer or a recommendation (cues of their own)
  context: [
    {pattern: "kündigte(?:n)?", later: ["an"]},
    {pattern: "präsentiert(?:e|en)?", notNext: ["sich"]},
    {pattern: "vorgelegt|legte(?:n)?", withWord: documentNouns, withWordUnled: notObjectLeads},
    {pattern: "legte(?:n)?", later: ["vor"]}
  ]
};
export const electionCue: EventCue = {
  id: "de.event.election", type: "election", factual: true,
  pattern: "wahl(?:en)?|~(?:tags|rats|meister|präsidentschafts|kommunal|europa|parlaments|kanzler)wahl(?:en)?|stichwahl(?:en)?|neuwahl(?:en)?|gewählt|wiedergewählt|wählte(?:n)?",
  context: [
    // "wählte ein neues Parlament", "wählte den Vorstand"; not the choice of a number, a way or words
    {pattern: "wählte(?:n)?", notLater: ["nummer", "notruf", "notrufnummer", "weg", "route", "worte", "wort", "richtung", "farbe", "taxi", "platz"]},
    // "die Wahl fiel auf", "die Wahl zwischen" is a choice; "die Wahl am Sonntag", "die Wahl des Bürgermeisters" an election
    {pattern: "wahl", notNext: ["fiel", "fällt", "traf", "trifft", "zwischen"], notLater: ["fiel auf", "fällt auf"]}
  ]
};
export const legalCue: EventCue = {
  id: "de.event.legal", type: "legal", factual: true,
  pattern: "~klage|anklage|anklagen|verklagt(?:e|en)?|angeklagt|urteil(?:s|e)?|~(?:gerichts|straf|todes|grundsatz)urteil(?:s|e|en)?|~haftstrafe(?:n)?|freispruch(?:s|es)?|freigesprochen"
};
/**
 * A treaty, law or ceasefire taking effect: "ist in Kraft getreten", "trat in Kraft", "das Inkrafttreten". Only "Kraft"
 * right after "in" with a past or present form of "treten" in its clause (the infinitive "wird … in Kraft treten" plans it;
 * "außer Kraft", "mit aller Kraft" are no cue).
 */
export const inForceCue: EventCue = {
  id: "de.event.in-force", type: "in-force", factual: true,
  pattern: "kraft|inkrafttreten(?:s)?",
  context: [{pattern: "kraft", before: ["in"], withWord: "tritt|trat|traten|getreten"}]
};

export const agreementCue: EventCue = {
  id: "de.event.agreement", type: "agreement", factual: true,
  pattern: "unterzeichnet(?:e|en)?|~unterzeichnung(?:en)?|~abkommen(?:s)?|~vereinbarung(?:en)?|geeinigt|einigte(?:n)?|~einigung",
  context: [
    // "einigten sich auf …" agrees; "einigte das Land" unites
    {pattern: "einigte(?:n)?", inClause: ["sich"]},
    // "für die Umsetzung des Abkommens demonstriert", "stimmte für die Vereinbarung": the protest or the vote is the event;
    // "endet ohne Einigung" denies it; the noun alone names a document or a topic ("warb für das Abkommen", "kritisierte die
    // Vereinbarung"): it is an agreement only when reached, concluded or signed (`AGREEMENT_REACHED` in its clause)
    {pattern: "\\p{L}*(?:abkommen(?:s)?|vereinbarung(?:en)?|einigung)", notPurpose: ADVOCACY, notAfter: ["ohne"], predicate: AGREEMENT_REACHED, orNext: AGREEMENT_DATED, orObjectOf: AGREEMENT_REACHED_OBJECT}
  ]
};
export const statementCue: EventCue = {id: "de.event.statement", type: "statement", reports: true, pattern: "erklärung|berichtete|erklärte|teilte|verkündete|bekanntgab|pressekonferenz"};
