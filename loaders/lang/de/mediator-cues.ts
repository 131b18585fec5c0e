/**
 * Words of the mediator cues (loaders/people/mediator-cues.ts): what makes a person a neutral third party between the sides of
 * talks by what the text says of them ("gilt als Vermittler", "vermittelt zwischen", "pendelt zwischen den Delegationen",
 * "Geleitet werden die Gespräche von …", "spielt eine Vermittlerrolle"). Plain data, lower case.
 */

import {objectArticles} from "./negotiator-words.js";
import {peopleConjunctions} from "./coordinated-people.js";

/** Copulas among the predicate verbs: with them a mediator noun names the role ("gilt als Vermittler", "ist Vermittlerin"). */
export const mediatorCopulas: readonly string[] = ["gilt", "galt", "ist", "war", "bleibt", "blieb", "wurde", "wird", "fungiert", "fungierte", "agiert", "agierte", "tritt", "trat"];

/**
 * Verbs after a name that give it a mediator's role as predicate: "NAME gilt als (geduldiger) Vermittler", "ist Vermittlerin", "spielt die
 * Vermittlerrolle"; those not among `mediatorCopulas` need a role noun ("spielt die Vermittlerrolle", not "spielt Vermittler").
 */
export const mediatorPredicateVerbs: readonly string[] = [...mediatorCopulas, "spielt", "spielte", "übernimmt", "übernahm", "hat", "hatte", "nimmt", "nahm"];

/**
 * Words between a copula and a mediator noun that stop the predicate: prepositions of a complement and the articles of the dative and
 * genitive ("ist mit dem Vermittler befreundet", "war bei den Vermittlern"). Not closed-class `prepositions`: words of time pass
 * ("gilt seit gestern als Vermittler", "ist ab sofort Vermittlerin").
 */
export const predicateStoppers: readonly string[] = [
  "mit", "von", "vom", "bei", "beim", "zu", "zum", "zur", "für", "gegen", "an", "auf", "über", "nach", "vor", "unter", "neben", "ohne", "dem", "den", "des", "durch", "um"
];

/**
 * Articles of an object that "vermitteln" conveys or arranges ("vermittelt den Eindruck", "hat den Kontakt vermittelt"): the object articles
 * of negotiator-words.ts without "die", which opens the talks or truce mediated as often ("vermittelte die Waffenruhe", "die Gespräche").
 */
export const conveyedObjectArticles: readonly string[] = objectArticles.filter((a) => a !== "die");

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

/** The preposition of the agent who chairs talks in the passive ("Geleitet werden die Gespräche von NAME"). */
export const chairAgentWord = "von";

/**
 * Conjunctions that join two mediators' names or two mediating countries ("NAME und NAME", "NAME sowie NAME", "Katar und Ägypten"):
 * the word ones of peopleConjunctions (lang/de/coordinated-people.ts).
 */
export const mediatorConjunctions: readonly string[] = peopleConjunctions.filter((c) => /^\p{L}+$/u.test(c));

/** Participles of chairing talks: "Geleitet werden die Gespräche von NAME", "Die Verhandlungen werden von NAME moderiert". */
export const chairParticiples: readonly string[] = ["geleitet", "moderiert"];

/**
 * Finite verbs after a name by which it chairs talks: "NAME leitet die Gespräche", "moderierte die Verhandlungen". Not the verbs of
 * negotiator-words `leadingVerbs`: "führt die Gespräche" is a side's negotiator conducting its talks, not a chair.
 */
export const chairingVerbs: readonly string[] = ["leitet", "leitete", "leiten", "leiteten", "moderiert", "moderierte"];

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
