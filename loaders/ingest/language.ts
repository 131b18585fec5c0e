/** Which articles the German extractors analyse, by their language tag. */

/**
 * Whether the German extractors apply to an article of this language: a tag
 * whose primary subtag is "de" ("de", "de-AT", "de_CH"), or no language at
 * all (a text too short to tell is tried). Every rule, lexicon and date parser
 * here is German, so an English article would only yield wrong rows.
 */
export function isGermanLanguage(language: string): boolean {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "" || primary === "de" || primary === "deu" || primary === "ger" || primary === "deutsch" || primary === "german";
}

/** The ingest warning for an article the German extractors skipped, or undefined when they ran. */
export function languageWarning(language: string): string | undefined {
  return isGermanLanguage(language) ? undefined : `language "${language}" is not German: the article is listed (articles.csv, parts.csv) but not analysed`;
}
