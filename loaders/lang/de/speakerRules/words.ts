/**
 * Words the speaker rules look at: prepositions that open a fronted phrase,
 * pronominal adverbs, finite auxiliaries and modals, relative pronouns,
 * passive auxiliaries. Plain data, lower case.
 */
import {objectRelatives, subjectRelatives} from "../speakerWords.js";
import {swissForms} from "../spelling.js";

/** Prepositions that open a phrase in front of the finite verb ("Auf Nachfrage sagte er"). */
export const frontPrepositions: readonly string[] = [
  "am", "im", "in", "an", "auf", "bei", "beim", "vor", "nach", "mit", "zu", "zum", "zur", "über", "unter", "gegenüber", "während",
  "seit", "gegen", "für", "aus", "vom", "von", "durch", "ohne", "trotz", "wegen", "angesichts", "anlässlich", "bezüglich",
  "hinsichtlich", "innerhalb", "außerhalb", "neben", "hinter", "zwischen", "bis", "um", "ab", "infolge", "aufgrund", "statt", "anstatt"
];

/** Pronominal adverbs ("dagegen", "darüber", "hierzu", "daraufhin"), matched as a pattern. */
export const pronominalAdverb = /^(?:da|dar|hier|wo)(?:gegen|für|über|zu|von|mit|an|auf|aus|bei|nach|durch|um|unter|in|neben|vor|hinter|aufhin)$/;

/** Words that may stand before the prefield without filling it ("Auch auf Nachfrage …", "Doch dagegen …"). */
export const leadingParticles: readonly string[] = ["auch", "und", "doch", "aber", "selbst", "sogar", "nur", "gerade", "schon", "noch"];

/** Finite forms of haben, sein and werden: the auxiliaries of the perfect, passive and future ("hat … gesagt"). */
export const tenseAuxiliaries: readonly string[] = [
  "hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "sei", "seien"
];

/** Finite auxiliaries and modals: the verb of a main clause when the speech verb is an infinitive or participle. */
export const finiteAuxiliaries: readonly string[] = [
  ...tenseAuxiliaries,
  "will", "wollen", "wollte", "wollten", "muss", "müssen", "musste", "mussten", "kann", "können", "konnte", "konnten",
  "soll", "sollen", "sollte", "sollten", "darf", "dürfen", "durfte", "durften", "möchte", "möchten", "ließ", "ließen", "lässt"
].flatMap(swissForms);

/** Relative pronouns after a preposition (", mit dem er sprach"): a subordinate clause, not a fronted phrase. */
export const relativePronouns: readonly string[] = [...subjectRelatives, ...objectRelatives];

/** Forms of "heißen" in "es heißt" / "hieß es" (also in Swiss spelling, "heisst es"): a statement quoted without a person. */
export const heissenForms: readonly string[] = ["heißt", "hieß", "hießen", "heißen"].flatMap(swissForms);

/** Auxiliaries of the passive voice. */
export const passiveAuxiliaries: readonly string[] = ["wird", "werden", "wurde", "wurden", "worden"];

/** Participles of calls and announcements whose "über" phrase is the medium that speaks, never a topic ("über den Sender dazu aufgerufen"). */
export const viaAgentParticiples: readonly string[] = ["aufgerufen", "aufgefordert", "angekündigt", "verbreitet", "bekanntgegeben", "verkündet", "ausgerufen", "angeordnet"];

/** Speech verbs whose passive subject is still the speaker ("Er wird mit dem Satz zitiert"). */
export const passiveSubjectSpeakers: readonly string[] = ["zitiert"];

/** Nouns of documents that stand for their author in a passive sentence ("In einer Erklärung wird gefordert"). */
export const documentPrepositions: readonly string[] = ["in", "im", "laut", "nach", "aus"];

/** Role heads beyond the people lexicon's that open an apposition ("Kommandant des …", "Chefjuristin des Senats"). */
export const appositionRoleHeads: readonly string[] = [
  "kommandant", "jurist", "mitarbeiter", "mitglied", "experte", "expert", "analyst", "ermittler", "polizist", "arzt", "ärztin", "beamte",
  "beamter", "offizier", "funktionär", "angestellte", "leiterin", "inhaber", "besitzer", "eigentümer", "betreiber", "initiator", "organisator",
  "veranstalter", "koordinator", "beobachter", "augenzeuge", "zeuge", "opfer", "bewohner", "chef"
];

/** Words after "sein" that make it a frame of opinion ("ist der Meinung, dass …", "war überzeugt, …"). */
export const opinionFrames: readonly string[] = ["meinung", "ansicht", "auffassung", "überzeugung", "überzeugt", "sicher", "zuversichtlich", "optimistisch", "skeptisch"];

/** Heads of organisation nouns that speak as a body ("die Gewerkschaft", "der Oberste Gerichtshof", "das Ministerium"). */
export const speakerOrganisations: readonly string[] = [
  "gewerkschaft", "gericht", "gerichtshof", "ministerium", "partei", "regierung", "polizei", "staatsanwaltschaft", "kommission", "verband",
  "behörde", "konzern", "unternehmen", "rat", "ausschuss", "komitee", "organisation", "vereinigung", "verein", "union", "institut",
  "agentur", "armee", "militär", "führung", "fraktion", "opposition", "verwaltung", "botschaft", "kanzleramt", "präsidium", "vorstand",
  "senat", "parlament", "kongress", "bundestag", "bundesrat", "landtag", "stadtrat", "gemeinderat", "bündnis", "initiative", "bewegung"
];

/** Nouns of institutions that "man" may stand for after they spoke ("Die Bank …, allerdings will man …"): the speaking organisations and a few bodies more. */
export const institutionNouns: readonly string[] = [...speakerOrganisations, "bank", "firma", "stadt", "gemeinde", "behörden", "bahn", "klinik", "universität", "staaten"];

/** Words that may link the parts of a "wie" clause's subject before its verb: articles, possessives and the prepositions of place, origin and document. */
export const wieClauseLinks: readonly string[] = [
  "der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "einer", "eines", "seines", "seiner", "seinem", "ihres", "ihrer", "ihrem",
  "in", "im", "aus", "von", "vom", "für", "bei", "beim", "und"
];

/** Conjunctions right before a finite verb whose subject is left out ("… und nannte sie …"). */
export const conjunctionsBeforeVerb: readonly string[] = ["und", "sowie", "oder"];

/** Determiners and pronouns that open a phrase in the dative or accusative, never a subject. */
export const nonNominativeOpeners: readonly string[] = ["dem", "den", "einem", "einen", "diesem", "diesen", "ihm", "ihn", "ihnen", "seinem", "seinen", "ihrem", "ihren"];

/** Prepositions that attach a place to a subject in the prefield beyond those of `wieClauseLinks` ("Experten vor Ort"). */
export const prefieldLinks: readonly string[] = ["vor"];

/** Prepositions and articles that open a date put between commas after an adverb of time ("am Tag zuvor, am 11. Februar,"). */
export const dateInsertionOpeners: readonly string[] = ["am", "dem", "den", "vom", "im"];

/** Conjunctions that open a subordinate clause a source phrase may vouch for alone (", weil er sich nach Auffassung des Gerichts …"). */
export const sourceClauseOpeners: readonly string[] = ["da", "weil", "dass", "daß", "ob", "obwohl", "nachdem", "wobei", "womit", "wodurch", "wonach", "sodass", "damit", "falls", "wenn"];

/** Verbs of rejection in the second position, with their separable particle ("lehnte … ab", "wies … zurück"). */
export const rejectingVerbs: Readonly<Record<string, string>> = {
  lehnte: "ab", lehnten: "ab", lehnt: "ab", wies: "zurück", wiesen: "zurück", weist: "zurück", weisen: "zurück"
};

/** Participles and forms of rejection that end their clause ("hat … zurückgewiesen, …"). */
export const rejectingParticiples: readonly string[] = ["abgelehnt", "zurückgewiesen", "dementiert", "dementierte", "dementierten", "bestritten", "bestritt"];

/** Nouns of reports and proposals that a rejection takes as its object, beyond the content nouns ("Berichte", "Möglichkeit"). */
export const rejectedObjectNouns: readonly string[] = ["bericht", "berichte", "berichten", "möglichkeit", "plan", "pläne", "angebot", "antrag", "idee", "darstellung", "angaben", "äußerung", "äußerungen"];

/** Prepositions and adverbs that open a prefield like a preposition but may be the conjunction of a subordinate clause ("Während Deutschland …", "Damit sich …"). */
export const conjunctionLikeOpeners: readonly string[] = ["während", "seit", "bis", "um", "damit", "statt", "anstatt"];

/** Words that open a subject yet name no speaker: pronouns of no one in particular, the first and second person, and prepositions. */
export const nonSpeakerSubjects: readonly string[] = ["es", "das", "dies", "dieses", "man", "ich", "wir", "du", "ihr", ...frontPrepositions, "bezüglich", "laut"];

/** Forms of "sein": a copula states, it does not frame a report. */
export const copulaForms: readonly string[] = ["ist", "sind", "war", "waren", "wäre", "wären"];

/** Words that may stand between a passive participle and the "von" of its agent ("– so etwa von …", ", unter anderem von …"). */
export const passiveAgentLeads: readonly string[] = ["-", "–", "—", ",", "so", "etwa", "vor", "allem", "unter", "anderem", "auch", "insbesondere", "besonders", "zum", "beispiel", "wurde", "wird", "wurden", "werden", "worden"];

/** Prepositions that put a document's words in it ("In diesem wird festgehalten"). */
export const documentInPrepositions: readonly string[] = ["in", "im"];

/** Pronouns that stand for a document named before ("In diesem wird festgehalten, …"). */
export const documentPronouns: readonly string[] = ["diesem", "dieser", "diesen", "ihm", "ihr", "ihnen", "dem", "der", "denen"];

/** Articles and determiners that open the object of a rejection and its attribute ("die vom Anwalt ins Gespräch gebrachte Lösung"). */
export const rejectedObjectLeads: readonly string[] = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "alle", "diese", "diesen", "dieser", "jene", "jenen"];

/** Prepositions that may come before a relative pronoun opening a clause (", von denen …", ", bei dem …"). */
export const relativeClausePrepositions: readonly string[] = ["von", "bei", "in", "an", "auf", "mit", "nach", "für", "über", "unter", "gegen", "aus", "zu"];

/** Prepositions that attach a place name to a speaker after its verb ("gab die Reederei im dänischen Esbjerg bekannt"). */
export const placePrepositions: readonly string[] = ["in", "im", "aus"];

/** Prepositions that join a field to an institution or role noun inside a name ("Bundesamt für Migration", "Sprecher für Digitale Infrastruktur"). */
export const nameComplementPrepositions: readonly string[] = ["für"];

/** Conjunctions that join two subjects of a plural speech verb ("erklärten der Bürgermeister und die Landrätin"). */
export const subjectConjunctions: readonly string[] = ["und", "sowie"];

/**
 * Plural finite forms the verb dictionary (finite-verb-dict.ts, indicative only) lacks or leaves out: the plural
 * auxiliaries and modals ("mussten", "seien") and the Konjunktiv II of "haben", "sein", "werden".
 */
export const pluralVerbForms: readonly string[] = ["sind", "hätten", "wären", "würden", ...finiteAuxiliaries.filter((w) => w.endsWith("en"))];

/** Ends of nouns of media a speaker talks to ("sagte Roth der Zeitung Danas", "der Nachrichtenagentur AFP", "der Bild-Zeitung"). */
export const addresseeMediaEnding = /(?:zeitung|agentur|sender|zeitschrift|magazin|blatt|rundfunk|fernsehen|radio|portal|welle|presse)$/;

/** Professions of the media: a medium after them is their employer, also after their name ("die Korrespondentin Anna Roth der Zeitung Welt"). */
export const mediaProfessionHeads: readonly string[] = [
  "reporter", "korrespondent", "redakteur", "journalist", "kolumnist", "herausgeber", "verleger", "moderator", "kommentator", "fotograf",
  "intendant", "chefredakteur"
];

/**
 * Role heads of people who may work for a medium: a genitive of the medium right after them is theirs ("eine Reporterin der
 * Nachrichtenagentur AFP", "ein Sprecher der Zeitung"); after their name it may be the addressee ("Polizeisprecher Karl Roth der Zeitung").
 */
export const mediaStaffHeads: readonly string[] = [...mediaProfessionHeads, "autor", "mitarbeiter", "sprecher", "chef", "leiter", "direktor", "eigentümer", "gründer"];
