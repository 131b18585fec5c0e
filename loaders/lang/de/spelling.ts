/**
 * Swiss Standard German writes "ss" for "ß" ("verliessen", "liess", "Strasse"). German text is Swiss as often as not
 * (de-CH outlets), so a pattern of words written with ß must match both spellings.
 */

/**
 * A regular-expression pattern that also matches Swiss spelling: each "ß" outside a character class becomes
 * "(?:ß|ss)" ("verließ(?:en)?" matches "verließen" and "verliessen"). A pattern without ß is returned as it is.
 */
export function withSwissSpelling(pattern: string): string {
  if (!pattern.includes("ß")) return pattern;
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += c + (pattern[i + 1] ?? "");
      i++;
    } else {
      if (c === "[") inClass = true;
      else if (c === "]") inClass = false;
      out += c === "ß" && !inClass ? "(?:ß|ss)" : c;
    }
  }
  return out;
}

/** A word and, when it holds a "ß", its Swiss spelling with "ss" ("ließ" → ["ließ", "liess"]): for lists of written forms. */
export function swissForms(word: string): string[] {
  return word.includes("ß") ? [word, word.replace(/ß/g, "ss")] : [word];
}
