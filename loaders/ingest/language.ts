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

/**
 * A language tag as a page, feed or column gives it, in the usual BCP 47 case, the region kept: "de-at" and
 * "de_AT" → "de-AT", "DE" → "de", "de-CH" stays "de-CH", so an Austrian or Swiss outlet stays apart from a German
 * one in articles.csv. A value that is no tag ("Deutsch", "English") is kept as given, trimmed (isGermanLanguage reads it).
 */
export function languageTag(value: string): string {
  const m = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?(?=$|[-_])/.exec(value.trim());
  if (!m) return value.trim();
  return m[2] ? `${m[1].toLowerCase()}-${m[2].toUpperCase()}` : m[1].toLowerCase();
}
