/**
 * Plans among event cues, as plain data: talks, a meeting, a summit, a visit or a release that is to begin or take
 * place is no event yet. The infinitive of beginning or taking place names a plan only under a verb that governs it
 * ("Die Gespräche sollen am Montag beginnen", "Die Verhandlungen werden im Mai fortgesetzt werden", "…, um die
 * Gespräche zu beginnen"); the same form as a present finite verb states a fact ("Die Gespräche beginnen heute",
 * "…, dass die Gespräche heute stattfinden"), which the date of its clause places before or after the article's
 * publication (`de.dates.planned.after-publication`, in dates.csv's `planned` column).
 */

/** Infinitives of taking place that a noun cue's clause puts in the future ("soll die Freilassung … stattfinden"); participles ("stattgefunden") do not. */
export const PLANNED_HAPPENING: readonly string[] = ["stattfinden", "erfolgen"];
/**
 * Infinitives of talks, a meeting or a visit beginning or taking place, later in a noun cue's clause: a plan, not a
 * report ("Die Gespräche sollen am Montag beginnen", "Der Besuch soll im Mai stattfinden"); "begannen", "hat stattgefunden" report.
 */
export const PLANNED_START: readonly string[] = [...PLANNED_HAPPENING, "beginnen", "starten", "fortgesetzt werden", "aufgenommen werden"];

/**
 * Words that govern an infinitive in their clause and so make one of the infinitives above a plan: modals and the
 * future auxiliary, lower case ("sollen … beginnen", "wird … stattfinden", "könnten … beginnen"). "zu" right before
 * the infinitive governs it too ("um die Gespräche zu beginnen"). A word of the infinitive's own phrase ("werden" of
 * "fortgesetzt werden") does not count: "…, dass die Gespräche heute fortgesetzt werden" is present.
 */
export const planGovernors: readonly string[] = [
  "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "möchte", "möchten",
  "wird", "werden", "werde", "würde", "würden", "kann", "können", "könnte", "könnten", "muss", "müssen", "müsste", "müssten",
  "darf", "dürfen", "dürfte", "dürften",
  // Konjunktiv I of reported speech: "…, wann die Gespräche beginnen könne"
  "solle", "wolle", "könne", "müsse", "dürfe", "möge", "mögen"
];

/** The rule that reads a governed infinitive of beginning or taking place as a plan (no event). */
export const plannedInfinitive = {id: "de.event.plan.governed-infinitive", infinitives: PLANNED_START, governors: planGovernors} as const;

/**
 * A verb cue that is itself an infinitive under a word that governs it in its clause names a plan, no event (rule
 * `de.event.plan.governed-cue`): a future auxiliary or modal before it, or right after it as a clause ends
 * ("kündigte an, er werde am Wochenende nach Kairo reisen", "Die Ministerin wird den Präsidenten treffen", "…, dass er
 * Kairo besuchen werde"), or "zu" right before it ("um den Präsidenten zu treffen"). Only lower-case words (verbs) of
 * the cues that ask for it (`CueContext.plannedSelf`); "Die Minister reisen heute nach Kairo" states a fact.
 * Its id names the rule for the docs only: the rule removes or keeps rows and no row records it (not in a `rule` or note column).
 */
export const plannedCueInfinitive = {id: "de.event.plan.governed-cue", governors: planGovernors} as const;
