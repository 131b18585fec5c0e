/**
 * German event cues: words that report a dated thing that happened or is
 * planned. Plain data: each cue has an id, an event type and a pattern
 * fragment matched as a whole word ("~" at the start also allows a compound
 * noun ending in it: "~gipfel" matches "G20-Gipfel", but "~treffen" does not
 * match the verb "betreffen", since compounds must be capitalised).
 * Cues are tried in the order of `eventCues` in index.ts; the first cue that
 * matches a word wins, so "Gipfeltreffen" is a summit, not a meeting.
 * Cues marked `factual` report only what happened: they give no event in a
 * clause that negates, plans or supposes it (`nonFactualWords`), so "soll … den
 * Bau beschließen" or "hat nicht zugestimmt" is no decision. Verbs whose
 * infinitive often names a plan or a wish ("wählen", "vorstellen") are listed
 * only in past and present forms.
 */
export interface EventCue {
  id: string;
  type: string;
  pattern: string;
  /** Only an event when its clause holds none of `nonFactualWords`. */
  factual?: boolean;
}

export const summitCue: EventCue = {id: "de.event.summit", type: "summit", pattern: "~gipfel(?:treffen)?(?:s|n)?"};
export const callCue: EventCue = {
  id: "de.event.call",
  type: "call",
  pattern: "~telefon(?:at|gespräch)(?:e|s|es|en)?|telefon|telefonier(?:t|te|ten|en)|anruf(?:e|s|en)?|an(?:zu)?rufen|anruft|rief|~gespräch(?:s|es)?|sprach(?:en)?|gesprochen"
};
export const meetingCue: EventCue = {id: "de.event.meeting", type: "meeting", pattern: "~treffen(?:s)?|treffe|trifft|traf(?:en)?|getroffen|begegnung(?:en)?|zusammenkunft"};
export const visitCue: EventCue = {id: "de.event.visit", type: "visit", pattern: "~besuch(?:e|s|es|en)?|besucht(?:e|en)?|besuchen|reise|~staatsreise|~dienstreise|reiste|anreiste|reisen"};
export const releaseCue: EventCue = {id: "de.event.release", type: "release", pattern: "freilassung|freigelassen|freilassen|freiließ(?:en)?|freigekommen"};
export const exchangeCue: EventCue = {id: "de.event.exchange", type: "exchange", pattern: "~gefangenenaustausch(?:s|es)?|~austausch(?:s|es)?"};
export const invasionCue: EventCue = {id: "de.event.invasion", type: "invasion", pattern: "invasion|einmarsch(?:s|es)?|einmarschiert(?:e|en)?|~angriffskrieg(?:s|es)?"};
export const negotiationCue: EventCue = {id: "de.event.negotiation", type: "negotiation", pattern: "~verhandlung(?:en)?|verhandel(?:n|t|te|ten)|verhandlungs\\p{L}*|~gespräche"};
export const decisionCue: EventCue = {
  id: "de.event.decision", type: "decision", factual: true,
  pattern: "beschlossen|beschloss(?:en)?|beschließt|~beschluss(?:es)?|~beschlüsse(?:n)?|verabschiedet(?:e|en)?|~abstimmung(?:en)?|abgestimmt|zugestimmt|abgelehnt|lehnte(?:n)?"
};
export const announcementCue: EventCue = {
  id: "de.event.announcement", type: "announcement", factual: true,
  pattern: "angekündigt|kündigte(?:n)?|~ankündigung(?:en)?|vorgestellt|präsentiert(?:e|en)?"
};
export const electionCue: EventCue = {
  id: "de.event.election", type: "election", factual: true,
  pattern: "wahl(?:en)?|~(?:tags|rats|meister|präsidentschafts|kommunal|europa|parlaments|kanzler)wahl(?:en)?|stichwahl(?:en)?|neuwahl(?:en)?|gewählt|wiedergewählt|wählte(?:n)?"
};
export const legalCue: EventCue = {
  id: "de.event.legal", type: "legal", factual: true,
  pattern: "~klage|anklagen|verklagt(?:e|en)?|angeklagt|urteil(?:s|e|en)?|~(?:gerichts|straf|todes|grundsatz)urteil(?:s|e|en)?|~haftstrafe(?:n)?|freispruch(?:s|es)?|freigesprochen"
};
export const resignationCue: EventCue = {
  id: "de.event.resignation", type: "resignation", factual: true,
  pattern: "zurückgetreten|~rücktritt(?:s|es)?"
};
export const appointmentCue: EventCue = {
  id: "de.event.appointment", type: "appointment", factual: true,
  pattern: "ernannt(?:e|en)?|ernennt|~ernennung(?:en)?"
};
export const accidentCue: EventCue = {
  id: "de.event.accident", type: "accident", factual: true,
  pattern: "~unfall(?:s|es)?|~unfälle(?:n)?|~unglück(?:s|es)?|verunglückt(?:e|en)?|~explosion(?:en)?|explodiert(?:e|en)?|entgleist(?:e|en)?|~brand(?:s|es)?"
};
export const agreementCue: EventCue = {
  id: "de.event.agreement", type: "agreement", factual: true,
  pattern: "unterzeichnet(?:e|en)?|~unterzeichnung(?:en)?|~abkommen(?:s)?|~vereinbarung(?:en)?"
};
export const statementCue: EventCue = {id: "de.event.statement", type: "statement", pattern: "erklärung|berichtete|erklärte|teilte|verkündete|bekanntgab|pressekonferenz"};

/**
 * Words that make a clause not report a fact for `factual` cues: negation,
 * plans and obligations (modal verbs, "geplant"), suppositions (Konjunktiv II, conditions).
 */
export const nonFactualWords: readonly string[] = [
  "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals",
  "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "möchte", "möchten",
  "muss", "müssen", "kann", "können", "darf", "dürfen", "plant", "planen", "plante", "planten", "geplant",
  "würde", "würden", "hätte", "hätten", "wäre", "wären", "könnte", "könnten", "falls", "sofern", "wenn"
];

/** Durations stated about an event: "über eine Stunde", "etwa anderthalb Stunden". */
export const durationNumbers: Record<string, number> = {
  ein: 1, eine: 1, einer: 1, einen: 1, anderthalb: 1.5, eineinhalb: 1.5, zwei: 2, zweieinhalb: 2.5, drei: 3, vier: 4, fünf: 5, sechs: 6, zehn: 10, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, neunzig: 90
};

/** Qualifiers before a duration and what they mean: "approx" counts as the value itself. */
export const durationQualifiers: Record<string, "more" | "almost" | "approx"> = {
  über: "more", "mehr als": "more", gut: "more", "länger als": "more",
  fast: "almost", knapp: "almost", beinahe: "almost",
  etwa: "approx", rund: "approx", ungefähr: "approx", circa: "approx", ca: "approx"
};
