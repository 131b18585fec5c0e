/**
 * Words of the mediator cues (loaders/people/mediator-cues.ts): what makes a person a neutral third party between the sides of
 * talks by what the text says of them ("gilt als Vermittler", "vermittelt zwischen", "pendelt zwischen den Delegationen",
 * "Geleitet werden die Gespräche von …", "spielt eine Vermittlerrolle"). Plain data, lower case.
 */

/** Verbs after a name that give it a mediator's role as predicate: "NAME gilt als (geduldiger) Vermittler", "ist Vermittlerin", "spielt die Vermittlerrolle". */
export const mediatorPredicateVerbs: readonly string[] = [
  "gilt", "galt", "ist", "war", "bleibt", "blieb", "wurde", "wird", "fungiert", "fungierte", "agiert", "agierte", "tritt", "trat",
  "spielt", "spielte", "übernimmt", "übernahm", "hat", "hatte", "nimmt", "nahm"
];

/** Nouns of a mediator's role named as such: "Vermittlerrolle", "Mittlerrolle", "Vermittlerposten" (a word ending in one of these). */
export const MEDIATOR_ROLE_NOUN = /(?:vermittler|mittler|schlichter)(?:rolle|posten|funktion|mandat)n?$/u;

/**
 * Finite verbs after a name by which it goes between the sides: mediating ("vermittelt zwischen") and shuttling, the latter only with
 * "zwischen" later in the clause ("pendelte fast täglich zwischen den Delegationen"). `between`: whether "zwischen" is needed.
 */
export const betweenVerbs: readonly {word: string; between: boolean}[] = [
  ...["vermittelt", "vermittelte", "vermitteln", "vermittelten", "schlichtet", "schlichtete"].map((word) => ({word, between: false})),
  ...["pendelt", "pendelte", "pendeln", "pendelten", "shuttelt", "shuttelte"].map((word) => ({word, between: true}))
];

/** Infinitives and participles of mediating after a modal or auxiliary in the name's clause: "NAME will zwischen den Lagern vermitteln", "hat … vermittelt". */
export const mediatingNonFinite: readonly string[] = ["vermitteln", "vermittelt", "schlichten", "geschlichtet"];

/** Modals and auxiliaries after a name before such an infinitive or participle. */
export const mediatingAuxiliaries: readonly string[] = ["will", "wollte", "soll", "sollte", "kann", "konnte", "hat", "hatte", "wird", "würde", "möchte", "bot", "bietet"];

/** What lies between: the sides ("zwischen den Delegationen", "zwischen Israel und der Hamas"). */
export const betweenWord = "zwischen";

/** Participles of chairing talks: "Geleitet werden die Gespräche von NAME", "Die Verhandlungen werden von NAME moderiert". */
export const chairParticiples: readonly string[] = ["geleitet", "moderiert"];

/**
 * Talks as a whole that someone chairs (lower case, whole words): leading them is chairing, where the article speaks of mediation;
 * a delegation or team one leads is a side's ("Die Delegation wird von NAME geleitet" stays a negotiator).
 */
export const chairedTalksNouns: readonly string[] = ["gespräche", "verhandlungen", "runde", "gesprächsrunde", "verhandlungsrunde", "friedensgespräche"];

/**
 * Nouns that show an article is about mediated talks (so that chairing them is mediating), as whole words or a compound's head
 * ("Vermittlungsangebot", not "Arbeitsvermittlung"): "Vermittler", "Schlichtung", "Mediation". The verb "vermitteln" counts only with
 * the sides or a conflict in its clause (CONFLICT_HEADS, "zwischen"), "indirekt" only before talks ("indirekte Gespräche").
 */
export const MEDIATED_TALKS_NOUN = /^(?:vermittler|vermittlung|schlichter|schlichtung|mediator|mediation)/u;

/** Stems of the verb of mediating, lower case: "vermittelt", "vermittelte", "vermitteln". */
export const MEDIATING_VERB = /^vermitte?l/u;

/** Talks after "indirekt": "indirekte Gespräche", "indirekten Verhandlungen". */
export const INDIRECT_TALKS = /^(?:indirekte[nrs]?)$/u;

/** Word heads of a conflict or its talks that let "vermitteln" mean mediating ("vermittelt im Konflikt", "zwischen den Parteien"). */
export const CONFLICT_HEADS = /^(?:konflikt|streit|gespräch|verhandl|waffenruhe|frieden|einigung|abkommen|krieg|geisel)/u;

/** Subordinators that may open the clause before a mediating country: "dass Katar nur vermittelt, wenn …". */
export const clauseOpeners: readonly string[] = ["dass", "weil", "wenn", "ob", "da", "nachdem", "seit", "und"];

/**
 * Heads of state offices (lower case, a role ending in one): a person of a mediating country who holds one represents it, and mediates
 * where the article says that country mediates ("unter Vermittlung Katars", "Katar und Ägypten haben … vermittelt").
 */
export const STATE_OFFICE = /(?:präsident|premier|regierungschef|kanzler|minister|emir|könig|scheich|sultan|gesandter|botschafter|diplomat|geheimdienstchef|staatschef)(?:in)?$/u;
