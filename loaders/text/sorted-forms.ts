/**
 * A large set of words kept as one string: the words sorted by code unit and
 * joined by "\n", searched by halves. A Latin-1 string of this kind takes one
 * byte a character and needs no object per word, where a Set of the same
 * words takes tens of bytes each and long to build. Words with characters
 * beyond Latin-1 (rare: "’", "œ") are kept apart in a small Set, so the big
 * string stays one byte a character.
 */
export class SortedForms {
  /** Offset of each word in `text`, and one past the end (text.length + 1). */
  private readonly starts: Uint32Array;
  /** The words with a character beyond Latin-1. */
  private readonly wide: ReadonlySet<string>;

  /**
   * @param text words without "\n", sorted by code unit (Array.prototype.sort), joined by "\n"; all in Latin-1
   * @param wide the words with a character beyond Latin-1
   */
  constructor(private readonly text: string, wide: readonly string[] = []) {
    let count = text.length ? 1 : 0;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
    const starts = new Uint32Array(count + 1);
    let k = 0;
    if (count) for (let at = 0; ; k++) {
      starts[k] = at;
      const nl = text.indexOf("\n", at);
      if (nl < 0) break;
      at = nl + 1;
    }
    starts[count] = text.length + 1;
    this.starts = starts;
    this.wide = new Set(wide);
  }

  /** Number of words. */
  get size(): number {
    return this.starts.length - 1 + this.wide.size;
  }

  /** Whether `word.slice(from)` is one of the words (without making the slice). */
  has(word: string, from = 0): boolean {
    for (let c = word.length - 1; c >= from; c--) if (word.charCodeAt(c) > 0xff) return this.wide.has(word.slice(from));
    const {text, starts} = this;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compare(word, from, text, starts[mid], starts[mid + 1] - 1);
      if (order === 0) return true;
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }
}

/** Code-unit order of word[from..] against text[start..end) (as Array.prototype.sort orders strings). */
function compare(word: string, from: number, text: string, start: number, end: number): number {
  const a = word.length - from;
  const b = end - start;
  const n = a < b ? a : b;
  for (let k = 0; k < n; k++) {
    const d = word.charCodeAt(from + k) - text.charCodeAt(start + k);
    if (d !== 0) return d;
  }
  return a - b;
}
