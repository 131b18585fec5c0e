/**
 * Word shapes the speaker and people rules share: the articles, the endings of
 * an inflected attributive word, the endings of a role or organisation noun and
 * the suffixes of abstract nouns. Plain data and the patterns built from it, lower case.
 */

/** Definite articles in all cases. */
export const definiteArticles: readonly string[] = ["der", "die", "das", "des", "dem", "den"];

/** Indefinite articles in all cases. */
export const indefiniteArticles: readonly string[] = ["ein", "eine", "einer", "eines", "einem", "einen"];

/** Definite and indefinite articles in all cases. */
export const articles: readonly string[] = [...definiteArticles, ...indefiniteArticles];

/** Possessive determiners of the third person and of "unser" in all cases ("sein", "ihrer", "unserem"). */
export const possessiveDeterminers: readonly string[] = ["sein", "ihr", "unser"].flatMap((stem) => ["", "e", "er", "es", "em", "en"].map((ending) => stem + ending));

/** Demonstrative determiners in their inflected forms ("diese", "diesem", "jener"). */
export const demonstrativeDeterminers: readonly string[] = ["dies", "jen"].flatMap((stem) => ["e", "er", "es", "em", "en"].map((ending) => stem + ending));

/** The possessives that may open a genitive ("der Leiter ihres Büros", "die Sprecherin seiner Partei"). */
export const genitivePossessives: readonly string[] = possessiveDeterminers.filter((w) => /(?:es|er)$/u.test(w));

const ARTICLE = new Set(articles);

/** Whether a lower-cased word is an article ("der", "einem"). */
export function isArticle(lower: string): boolean {
  return ARTICLE.has(lower);
}

/** The articles of a genitive after a noun ("der Sprecher der Polizei", "des Ministeriums"): "der" and "des". */
export const genitiveArticle = /^(?:der|des)$/;

/** Endings of an inflected attributive adjective, determiner or participle ("neue", "neuen", "neuer", "neues", "neuem"). */
export const attributiveEnding = /(?:e|en|er|es|em)$/u;

/** Endings a role or organisation noun takes in its forms ("Sprecherin", "Sprecherinnen", "Ministeriums", "Beamten"). */
export const roleNounEndings: readonly string[] = ["innen", "in", "en", "er", "e", "n", "s"];

/** A pattern for a lower-cased word that ends in one of `heads` with one of `endings` or none ("polizeisprecherin" for "sprecher"). */
export function inflectedHeads(heads: readonly string[], endings: readonly string[] = roleNounEndings): RegExp {
  return new RegExp(`(?:${heads.join("|")})(?:${endings.join("|")})?$`, "u");
}

/** Suffixes of abstract nouns, never a name's end ("Regierung", "Freiheit", "Gesellschaft", "Nation", "Universität"). */
export const abstractNounSuffixes: readonly string[] = ["ung", "heit", "keit", "schaft", "tion", "sion", "tät"];
