/**
 * Words the negotiator rules read (loaders/people/negotiator.ts): what makes a sentence about talks or a delegation,
 * the verbs of negotiating and leading, and the words around a name that make it a delegation's head.
 * Plain data, lower case.
 */

/** Words that make a sentence about negotiating or a delegation (stems, matched as prefixes or compound parts). */
export const negotiationStems: readonly string[] = ["verhandl", "verhandel", "delegation", "abordnung", "unterhändler", "gesprächsführ", "friedensgespräch", "sondierung", "sondierer"];

/**
 * Words of mediation between the sides (stems, matched like negotiationStems): they make a sentence about talks too, but
 * a name that only they tie to the talks is a neutral third party, a mediator ("Die Schlichtung unter Leitung von NAME").
 */
export const mediationStems: readonly string[] = ["vermittl", "vermittel", "schlichter", "schlichtung"];

/**
 * Heads of a role that is a neutral third party between the sides, lower case: arbitrators and mediators, also in compounds
 * ("Schlichter", "Co-Schlichterin", "EU-Vermittler", "Mediatorin").
 */
export const MEDIATOR_HEAD = /(?:schlichter|vermittler|mediator|schiedsmann|schiedsfrau)(?:in|innen|n)?$/u;

/** Heads that make a mediator only with talks after them: "Moderator der Gespräche", "Moderatorin der Verhandlungen" (not a TV host). */
export const CHAIR_HEAD = /^(?:co-)?moderator(?:in|en|innen)?$/u;

/** Talks named after a CHAIR_HEAD (stems, lower case): "der Gespräche", "der Tarifverhandlungen", "der Sondierungen". */
export const chairedTalks: readonly string[] = ["gespräch", "verhandl", "sondierung", "schlichtung"];

/**
 * Brokers of a trade, not of talks (heads, lower case): "Arbeitsvermittlerin", "Versicherungsvermittler"; neither negotiators
 * nor mediators.
 */
export const BROKER_HEAD = /(?:arbeits|job|immobilien|versicherungs|kredit|finanz|anlage|personal|wohnungs|kunst|kultur|wissens|heirats|reise)vermittler(?:in|innen|n)?$/u;

/** Finite verbs that make their subject a negotiator ("Witkoff verhandelte mit …", "Für die Stadt verhandelt Berg"). */
export const negotiatingVerbs: readonly string[] = ["verhandelt", "verhandelte", "verhandelten", "vermittelt", "vermittelte"];

/** Articles whose noun, when it names no talks, is the object of a verb of leading: "leitete den Empfang der Delegation". */
export const objectArticles: readonly string[] = ["den", "das", "die", "einen", "eine", "ein"];

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

/**
 * Groups at the table whose members negotiate (compound parts, lower case): "der Delegation angehören", "Mitglied des
 * Verhandlungsteams", "gehört zur Verhandlungsgruppe"; not talks themselves ("gehört zu den Verhandlungen" is no membership).
 */
export const NEGOTIATING_GROUPS = /delegation|verhandlungsteam|verhandlungsgruppe|verhandlungskommission|verhandlungsführung|unterhändlerteam/u;

/** Verbs of belonging: with "an" ("gehört der Delegation an", "angehört") or "zu" ("gehört zum Verhandlungsteam", "zählt zur Delegation"). */
export const BELONGING_VERB = /^(?:an)?(?:gehör(?:t|te|ten|en|e)|angehör(?:t|en|te|ten)|anzugehören|zählt|zählte|zählten|zählen)$/u;
/** Prepositions after a verb of belonging that take the group: "gehört zur Delegation". */
export const belongingPrepositions: readonly string[] = ["zu", "zum", "zur"];
/** Dative pronouns that stand for a group named in the sentence before: "gehört ihr auch NAME an" after "Die Delegation …". */
export const groupPronouns: readonly string[] = ["ihr", "ihm"];
/** Nouns of membership before the group in the genitive, or ending a compound with it: "Mitglied der Delegation", "Delegationsmitglied". */
export const MEMBERSHIP_NOUN = /(?:mitglied|mitglieder|mitgliedern|^teil|bestandteil)$/u;
/** Copulas with which a name is a member: "NAME ist Mitglied der Delegation". */
export const memberCopulas: readonly string[] = ["ist", "war", "sind", "waren", "wird", "wurde", "bleibt", "blieb", "sei", "gilt"];
/** Forms of "sitzen" with which a name sits at the table of talks: "sitzt mit am Verhandlungstisch". */
export const SITTING_VERB = /^(?:sitzt|sitzen|saß|saßen|sitze|säße|gesessen)$/u;
/** The table of talks: "Verhandlungstisch". */
export const TALKS_TABLE = /verhandlungstisch/u;
