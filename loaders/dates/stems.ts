/**
 * Finds which of a fixed list of lower-case stems occur in a lower-cased
 * text, in one pass: a table of the stems' first three characters flags the
 * positions where a stem can start, and only there are stems compared. Faster
 * than one regex alternation of all stems, which tries the alternatives at
 * every position. Linear in the text length (times the few stems per bucket).
 */

/** Characters that can occur in stems get a symbol (1…31); everything else is 0. */
const ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüß ";
const SYMBOL = new Uint8Array(65536);
for (let i = 0; i < ALPHABET.length; i++) SYMBOL[ALPHABET.charCodeAt(i)] = i + 1;
const BITS = 5;

/** Table key of the three characters at `i` of `s`, or -1 when one of them has no symbol. */
function keyAt(s: string, i: number): number {
  const a = SYMBOL[s.charCodeAt(i)];
  const b = SYMBOL[s.charCodeAt(i + 1)];
  const c = SYMBOL[s.charCodeAt(i + 2)];
  return a && b && c ? (a << (2 * BITS)) | (b << BITS) | c : -1;
}

/**
 * Prepares `stems` and returns a scanner: it calls `found(i)` for the index `i` (into `stems`) of
 * every stem occurring in a lower-case text, at every place it occurs (overlapping ones too).
 */
export function stemScanner(stems: readonly string[]): (lower: string, found: (stem: number) => void) => void {
  const table: number[][] = new Array(1 << (3 * BITS));
  const odd: number[] = [];
  stems.forEach((stem, i) => {
    const key = stem.length >= 3 ? keyAt(stem, 0) : -1;
    if (key < 0) odd.push(i);
    else (table[key] ??= []).push(i);
  });
  return (lower, found) => {
    for (const i of odd) if (lower.includes(stems[i])) found(i);
    const n = lower.length;
    if (n < 3) return;
    let a = SYMBOL[lower.charCodeAt(0)];
    let b = SYMBOL[lower.charCodeAt(1)];
    for (let p = 0; p + 2 < n; p++) {
      const c = SYMBOL[lower.charCodeAt(p + 2)];
      if (a && b && c) {
        const list = table[(a << (2 * BITS)) | (b << BITS) | c];
        if (list) for (const i of list) if (lower.startsWith(stems[i], p)) found(i);
      }
      a = b;
      b = c;
    }
  };
}
