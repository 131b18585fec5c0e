/**
 * Throws when a mapping of a data/ file holds a key the file does not have: a misspelt key ("rolle:" for
 * "roles:") would otherwise be dropped without a word, and what it held with it. `where` names the file and entry.
 */
export function checkKeys(entry: object, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(entry)) if (!allowed.includes(key)) throw new Error(`${where}: unknown key ${key} (expected ${allowed.join(", ")})`);
}
