/**
 * Lower-case particles that open a foreign surname written without given name ("de Groot", "van Gaal",
 * "di Lorenzo", "della Valle", "ter Horst"). German "von"/"zu" are left out: alone after a verb they are
 * prepositions ("sprach von …"), and open a name only after a form of address or a role noun.
 * Read by the people finder (loaders/people/particle-names.ts) and the quote speaker phrase (loaders/quotes/phrase.ts),
 * so both read the same names.
 */
export const foreignNameParticles: readonly string[] = ["de", "van", "di", "du", "del", "della", "dos", "le", "ten", "ter"];

/** Second particles after a first one: "van der Sar", "de la Cruz", "von der Leyen". */
export const secondNameParticles: readonly string[] = ["der", "den", "la", "le", "los", "las"];

/** A surname with the Arabic article, one word: "al-Hussein", "el-Sisi", "ad-Din". */
export const ARABIC_ARTICLE_SURNAME = /^(?:al|el|ad|ar|as|asch|at|az|an|ash)-\p{Lu}\p{Ll}+$/u;

/** Arabic particles of descent ("son of"), lower-case inside a full name: "Kasim bin Rashid al-Farouqi", "Ahmad ibn Tariq". */
export const nasabParticles: readonly string[] = ["bin", "ibn", "bint"];

/**
 * Particles that open a Hebrew or Arabic surname and are written capitalised and apart ("Daniel Ben Avi", "Karim Abu Tarab",
 * "Jaron Bar Levi"): after a given name they belong to the surname, not to the given names.
 */
export const surnameOpeningParticles: readonly string[] = ["abu", "ben", "bar", "bin", "ibn"];

/** A surname with the Arabic article in either case, one word: "al-Hussein", "Al-Hussein", "El-Sisi". Taken only at the end of a full name. */
export const ARABIC_ARTICLE_SURNAME_ANY_CASE = /^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sch|[Aa]sh)-\p{Lu}\p{Ll}+$/u;

/** Foreign articles, capitalised, that open the name of an outlet or firm after its noun ("die Zeitung El Mundo", "der Sender Al Arabija", "das Blatt La Stampa"). */
export const foreignArticles: readonly string[] = ["el", "al", "la", "le", "il", "lo", "los", "las", "les", "the"];

/**
 * Arabic nouns that open the name of a group, army, party, place or building before a word with the article ("Dschabhat al-Lindar",
 * "Hisb al-Wattan", "Ain al-Bahr", "Dar al-Salam"): a word of these before "al-…" is no given name. German transcription, lower case.
 */
export const arabicGroupAndPlaceNouns: readonly string[] = (
  "ansar dschabhat jabhat dschaisch jaish harakat hisb hizb hizbollah kataib ahrar liwa tanzim saraja dschamaat jamaat dschamaa " +
  "ain bab bait beit dar ras tell tal wadi dschebel dschabal dschabel qasr kasr suk souk madinat medina bahr bir " +
  "masdschid moschee tahrir ahl"
).split(/\s+/).filter(Boolean);
