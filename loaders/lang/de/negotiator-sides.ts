/**
 * Words that name the side a negotiator stands for (loaders/people/negotiator-side.ts): "Für die Hamas verhandelt NAME", "Auf israelischer
 * Seite saß NAME", "Die israelische Delegation wird von NAME geleitet", "Israels Delegation leitet NAME". Plain data, lower case.
 */

/** Prepositions before the side a name acts for: "für die Hamas", "im Namen der Regierung" is left out (an office, not a side). */
export const sidePrepositions: readonly string[] = ["für"];

/**
 * Stems of a word of talks that must stand in the clause for "für SIDE" to name a negotiator's side: "für Israel verhandelt NAME",
 * "spricht für die Hamas", "sitzt für Polen am Tisch"; not "trat für Berlin bei Wahlen an". Matched as word heads, lower case.
 */
export const TALKS_FOR = /^(?:verhand|sprich|sprach|sprech|gesprochen|sitzt|saß|saßen|sitzen|tisch$|gespräch)/u;

/** Nouns of a side after an adjective of a country: "auf israelischer Seite", "auf palästinensischer Seite". */
export const sideNouns: readonly string[] = ["seite"];

/** Parts of the noun of a delegation or team of a side (compound parts): "Delegation", "Verhandlungsteam", "Verhandlungsdelegation". */
export const SIDE_GROUP = /delegation|verhandlungsteam|verhandlungsgruppe|unterhändlerteam/u;

/** Negotiator rules by which the name heads the delegation its clause names (negotiator.ts): then it is the delegation's leader too. */
export const headingRules: readonly string[] = [
  "negotiator:leads", "negotiator:inverted-leads", "negotiator:passive-agent", "negotiator:fronted-object", "negotiator:led-by", "negotiator:delegation-under", "negotiator:delegation-led"
];

/** The word before a name that makes a delegation named before it the name's: "die israelische Delegation unter Ronen Shavit". */
export const delegationUnder = "unter";

/** Finite verbs of leading with which a side's delegation in the clause is the name's: "Israels Delegation leitet erneut NAME". */
export const delegationLeadingVerbs: readonly string[] = ["leitet", "leitete", "führt", "führte", "anführt", "anführte"];
