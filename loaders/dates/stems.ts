/**
 * Finds which of a fixed list of lower-case stems occur in a text, in one
 * pass, as they would in the text's lower case: a table of the stems' first
 * three characters flags the positions where a stem can start, and only there
 * are stems compared. Faster than one regex alternation of all stems, which
 * tries the alternatives at every position. Characters are lower-cased one
 * by one through a table (`FOLD`), so no lower-cased copy of the text is made.
 * Linear in the text length (times the few stems per bucket).
 */

/** Characters that can occur in stems get a symbol (1…31); everything else is 0. */
const ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüß ";
const BITS = 5;
/** A code unit whose lower case is more than one code unit ("İ" → "i̇"): such texts take the slow path. */
const EXPANDS = 255;

/**
 * Symbol of the lower case of each UTF-16 code unit: the alphabet itself, the
 * upper-case letters whose lower case is in it (A–Z, Ä, Ö, Ü, ẞ, and the Kelvin
 * sign "K" → "k"), 0 for every other code unit. `String.prototype.toLowerCase`
 * agrees code unit by code unit (checked for all 65,536 in test/loaders/dates/stems.test.ts).
 */
export const FOLD = new Uint8Array(65536);
for (let i = 0; i < ALPHABET.length; i++) FOLD[ALPHABET.charCodeAt(i)] = i + 1;
for (const [upper, lower] of [["ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ\u1e9e\u212a", "abcdefghijklmnopqrstuvwxyzäöüßk"]]) {
  for (let i = 0; i < upper.length; i++) FOLD[upper.charCodeAt(i)] = FOLD[lower.charCodeAt(i)];
}
FOLD[0x130] = EXPANDS;

/**
 * Prepares `stems` and returns a scanner: it calls `found(i)` for the index `i` (into `stems`) of
 * every stem occurring in the lower case of a text, at least once for every place it occurs
 * (overlapping ones too).
 */
export function stemScanner(stems: readonly string[]): (text: string, found: (stem: number) => void) => void {
  /** Stems by the key of their first three symbols: `first[key]` is a stem index + 1, `next[i]` the following one. */
  const first = new Int32Array(1 << (3 * BITS));
  const next = new Int32Array(stems.length);
  const symbols = stems.map((stem) => Uint8Array.from(stem, (c) => FOLD[c.charCodeAt(0)]));
  const odd: number[] = [];
  for (let i = stems.length - 1; i >= 0; i--) {
    const s = symbols[i];
    if (s.length < 3 || s.some((symbol, k) => !symbol || symbol === EXPANDS || ALPHABET[symbol - 1] !== stems[i][k])) {
      odd.push(i);
      continue;
    }
    const key = (s[0] << (2 * BITS)) | (s[1] << BITS) | s[2];
    next[i] = first[key];
    first[key] = i + 1;
  }
  const slow = (lower: string, found: (stem: number) => void) => {
    const n = lower.length;
    for (let p = 0; p + 2 < n; p++) {
      const a = FOLD[lower.charCodeAt(p)];
      const b = FOLD[lower.charCodeAt(p + 1)];
      const c = FOLD[lower.charCodeAt(p + 2)];
      if (!a || !b || !c || a === EXPANDS || b === EXPANDS || c === EXPANDS) continue;
      for (let i = first[(a << (2 * BITS)) | (b << BITS) | c] - 1; i >= 0; i = next[i] - 1) if (lower.startsWith(stems[i], p)) found(i);
    }
  };
  return (text, found) => {
    if (odd.length) {
      const lower = text.toLowerCase();
      for (const i of odd) if (lower.includes(stems[i])) found(i);
    }
    const n = text.length;
    if (n < 3) {
      if (n && (FOLD[text.charCodeAt(0)] === EXPANDS || FOLD[text.charCodeAt(n - 1)] === EXPANDS)) slow(text.toLowerCase(), found);
      return;
    }
    let a = FOLD[text.charCodeAt(0)];
    let b = FOLD[text.charCodeAt(1)];
    if (a === EXPANDS || b === EXPANDS) return slow(text.toLowerCase(), found);
    for (let p = 0; p + 2 < n; p++) {
      const c = FOLD[text.charCodeAt(p + 2)];
      if (c === EXPANDS) return slow(text.toLowerCase(), found);
      if (a && b && c) {
        for (let i = first[(a << (2 * BITS)) | (b << BITS) | c] - 1; i >= 0; i = next[i] - 1) {
          const s = symbols[i];
          if (p + s.length > n) continue;
          let k = 3;
          while (k < s.length && FOLD[text.charCodeAt(p + k)] === s[k]) k++;
          if (k === s.length) found(i);
        }
      }
      a = b;
      b = c;
    }
  };
}
