/**
 * German event cues: words that report a dated thing that happened or is
 * planned. Plain data: each cue has an id, an event type and a pattern
 * fragment matched as a whole word ("~" at the start also allows a compound
 * noun ending in it: "~gipfel" matches "G20-Gipfel", but "~treffen" does not
 * match the verb "betreffen", since compounds must be capitalised).
 * Cues are tried in the order of `eventCues` in index.ts; the first cue that
 * matches a word wins, so "Gipfeltreffen" is a summit, not a meeting.
 */
export interface EventCue {
  id: string;
  type: string;
  pattern: string;
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
export const statementCue: EventCue = {id: "de.event.statement", type: "statement", pattern: "erklärung|berichtete|erklärte|teilte|verkündete|bekanntgab|pressekonferenz"};

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
