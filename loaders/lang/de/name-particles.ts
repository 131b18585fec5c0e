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

/** Foreign articles, capitalised, that open the name of an outlet or firm after its noun ("die Zeitung El Mundo", "der Sender Al Arabija", "das Blatt La Stampa"). */
export const foreignArticles: readonly string[] = ["el", "al", "la", "le", "il", "lo", "los", "las", "les", "the"];
