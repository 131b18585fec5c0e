/**
 * Spelling variants of German words: Swiss German writes "ss" for every "ß"
 * ("liess", "heisst", "beschliesst"), so a lexicon written with "ß" matches
 * Swiss texts only with both forms.
 */

/** The word and, when it holds a "ß", its Swiss spelling with "ss" ("ließ" → ["ließ", "liess"]). */
export function withSwissSpelling(word: string): string[] {
  return word.includes("ß") ? [word, word.replace(/ß/g, "ss")] : [word];
}
