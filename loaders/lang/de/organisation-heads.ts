/**
 * Head nouns of an organisation's name made of capitalised adjectives and a noun ("Europäischer Bauernverband", "Südatlantischer Bund",
 * "Polnische Bauernpartei"): after such an adjective the words are one organisation's name, so an adjective that alone names a country
 * or the EU ("europäisch" → EU) or a noun that alone names the German federation ("Bundes") does not give its affiliation there
 * (people/adjective-organisation.ts). Lower case, with the gender that makes the nominative of the adjective ("Europäischen" →
 * "Europäischer" for a masculine head, "Europäische" for a feminine one, "Europäisches" for a neuter one); a compound ending in one of
 * them ("Bauernverband", "Gewerkschaftsbund") has its gender.
 *
 * Bodies of a state or of the EU itself ("Europäische Union", "Europäische Kommission", "Russische Föderation", "Deutscher Bundestag", "Europäischer Rat")
 * are not listed: their adjective names the side.
 */
export const organisationHeads: Readonly<Record<string, "m" | "f" | "n">> = {
  bund: "m", verband: "m", verein: "m", klub: "m", club: "m", konzern: "m", zusammenschluss: "m",
  partei: "f", gewerkschaft: "f", vereinigung: "f", liga: "f", allianz: "f", stiftung: "f", gesellschaft: "f", genossenschaft: "f",
  front: "f", bewegung: "f", initiative: "f", organisation: "f", kammer: "f",
  bündnis: "n", institut: "n", netzwerk: "n", forum: "n", komitee: "n", werk: "n"
};


/**
 * Generic organisation nouns that a role compound takes as prefix ("Verbandspräsidentin", "Vereinschef", "Gewerkschaftssprecher") and
 * that an article names an organisation after ("der Verband Familienbetriebe Nord", "die Gewerkschaft Bau und Holz"): the role holder
 * belongs to the one organisation the article names so (people/article-organisation.ts). Lower case.
 */
export const namedAfterNouns: readonly string[] = ["verband", "verein", "gewerkschaft", "partei", "bündnis", "genossenschaft", "stiftung"];

/**
 * Capitalised words of time that begin an adverbial, never an organisation's name, after a generic organisation noun ("der Verein Mitte
 * Mai Klage eingereicht", "der Verband Ende April Beschwerde eingelegt"): a name read after `namedAfterNouns` with one of them is none.
 * Lower case.
 */
export const nameTimeWords: ReadonlySet<string> = new Set([
  "anfang", "mitte", "ende", "beginn", "jahr", "jahre", "woche", "wochen", "monat", "monate", "tag", "tage", "heute", "gestern", "morgen",
  "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "frühjahr", "sommer", "herbst", "winter"
]);

/**
 * Lower-case words after which an organisation's name read after `namedAfterNouns` goes on ("der Verein Freunde der Altstadt", "die
 * Stiftung Kunst für alle"): a name followed by one of them is cut and read as none. A verb, a bracketed acronym or punctuation ends the name.
 */
export const nameContinuations: ReadonlySet<string> = new Set([
  "der", "die", "das", "des", "dem", "den", "für", "von", "vom", "im", "in", "mit", "aus", "zu", "zum", "zur", "am", "an", "auf", "bei",
  "nach"
]);

/** Endings of a capitalised adjective inflected before an organisation's head noun ("Europäischen", "Freie", "Nordischer"). */
export const adjectiveEndings: readonly string[] = ["en", "em", "er", "es", "e"];

/** Endings of a head noun's inflected forms, longest first ("Bauernverbandes", "Bundes", "Verbänden"): "" is the bare form. */
export const headNounEndings: readonly string[] = ["es", "s", "en", "n", ""];

/** The ending of an adjective's nominative before a head of each gender, without an article ("Europäischer Bund", "Polnische Partei"). */
export const nominativeAdjectiveEndings: Readonly<Record<"m" | "f" | "n", string>> = {m: "er", f: "e", n: "es"};

/**
 * Definite articles: after one an adjective is weak and never ends in "-er" ("des Europäischen Bundes"), so a word in "-er" there is a
 * place's indeclinable adjective ("der Schweizer Volkspartei", "des Kieler Instituts").
 */
export const definiteArticles: ReadonlySet<string> = new Set(["der", "die", "das", "des", "dem", "den"]);

/**
 * Stem endings and whole stems of adjectives that are inflected in "-er" before a masculine head without an article ("Europäischer
 * Verband", "Freier Bund"); another word in "-er" is a place's indeclinable adjective ("Berliner Verband") and stays as it is.
 */
export const inflectedErStemEndings: readonly string[] = ["isch", "lich", "ig", "al", "ell", "iv", "är"];
export const inflectedErStems: ReadonlySet<string> = new Set(["frei", "neu", "alt", "groß", "klein", "jung", "grün", "rot", "schwarz", "weiß", "unabhängig"]);

/** A preposition that goes on an organisation's name with capitalised words ("Deutsches Institut für Wirtschaftsforschung"), and its joiner. */
export const nameTailPrepositions: ReadonlySet<string> = new Set(["für"]);
export const nameTailJoiner = "und";
