/**
 * Words the negotiator rules read (loaders/people/negotiator.ts): what makes a sentence about talks or a delegation,
 * the verbs of negotiating and leading, and the words around a name that make it a delegation's head.
 * Plain data, lower case.
 */

/** Words that make a sentence about negotiating or a delegation (stems, matched as prefixes or compound parts). */
export const negotiationStems: readonly string[] = ["verhandl", "verhandel", "delegation", "abordnung", "unterhändler", "gesprächsführ", "friedensgespräch", "vermittl", "vermittel", "sondierung", "schlichter", "schlichtung"];

/** Finite verbs that make their subject a negotiator ("Witkoff verhandelte mit …", "Für die Stadt verhandelt Berg"). */
export const negotiatingVerbs: readonly string[] = ["verhandelt", "verhandelte", "verhandelten", "vermittelt", "vermittelte"];

/** Finite verbs of leading: with talks or a delegation as their object, their subject negotiates ("Berg führt die Gespräche"). */
export const leadingVerbs: readonly string[] = ["führt", "führen", "führte", "führten", "leitet", "leiten", "leitete", "leiteten"];

/** Any verb form of leading, finite or not, read inside a clause with talks as object ("der die Gespräche geführt hatte"). */
export const LEADING_FORMS = /^(?:an)?(?:ge)?(?:führ|leit)(?:e?t|en|e?te|e?ten)$/u;

/** Auxiliaries and modals after a name whose participle or infinitive later in the clause is the verb ("Berg hat die Gespräche geleitet"). */
export const negotiatorAuxiliaries: readonly string[] = ["hat", "hatte", "haben", "hatten", "wird", "werden", "soll", "sollte", "will", "wollte", "kann", "konnte", "darf", "durfte"];

/** Words before a name that make it the head of a delegation or of talks: "unter Leitung von", "angeführt von". */
export const ledByWords: readonly string[] = ["leitung", "führung", "federführung", "geleitet", "angeführt"];
/** The prepositions and articles between such a word and the name ("Leitung von", "unter Führung des"). */
export const ledByPrepositions: readonly string[] = ["von", "des", "der"];

/** Groups named by the person they gather around: "die Delegation um NAME", "das Verhandlungsteam um NAME". */
export const DELEGATION_AROUND = /delegation|verhandlungsteam|verhandlungsgruppe|verhandlungsführung/u;

/**
 * Objects of a leading verb that are talks: the plural after a definite article only ("führen die Gespräche";
 * "ein Gespräch führen" is one conversation, "führte Gespräche mit …" conversations).
 */
export const talksObjects: readonly string[] = ["gespräche", "gesprächen", "sondierungen", "sondierungsgespräche"];

/**
 * Nouns of a group that make a delegation only in a sentence about talks ("Das Team der Partei führt NAME" beside "Verhandlungen";
 * "das Team" of a club is none): read as object of a verb of leading before the name, or before a passive of leading.
 */
export const teamNouns: readonly string[] = ["team", "teams", "gruppe", "mannschaft"];

/** Heads of a role that take a stance on talks or watch them from outside: "Kritiker der Verhandlungen" is no negotiator. */
export const STANCE_HEADS = /^(?:kritiker|gegner|befürworter|beobachter|skeptiker|verfechter|fürsprecher|kommentator|experte|expertin)(?:in|innen|n)?$/u;
