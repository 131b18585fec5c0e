/**
 * A large set of words kept as one string: the words sorted by code unit and
 * joined by "\n", searched by halves. A Latin-1 string of this kind takes one
 * byte a character and needs no object per word, where a Set of the same
 * words takes tens of bytes each and long to build. Words with characters
 * beyond Latin-1 (rare: "’", "œ") are kept apart in a small Set, so the big
 * string stays one byte a character.
 */
export class SortedForms {
  /** The forms of {@link sortedWords}' layout. */
  static of({narrow, wide}: SortedWords): SortedForms {
    return new SortedForms(narrow, wide);
  }

  /** Offset of each word in `text`, and one past the end (text.length + 1). */
  private readonly starts: Uint32Array;
  /** First word of each two-letter start ({@link startKey}), and one past the last: the range a search looks in. */
  private readonly buckets: Uint32Array;
  /** The words with a character beyond Latin-1. */
  private readonly wide: ReadonlySet<string>;
  /** Length of the longest word: a longer slice is no word, whatever it holds (keeps `has` on a huge word short). */
  private readonly longest: number;

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
    // words come in code-unit order, so the words of one start follow each other
    const buckets = new Uint32Array(KEYS + 1);
    let key = 0;
    for (let w = 0; w < count; w++) {
      const k = startKey(text, starts[w], starts[w + 1] - 1);
      while (key <= k) buckets[key++] = w;
    }
    while (key <= KEYS) buckets[key++] = count;
    this.buckets = buckets;
    this.wide = new Set(wide);
    let longest = 0;
    for (let w = 0; w < count; w++) longest = Math.max(longest, starts[w + 1] - 1 - starts[w]);
    for (const word of this.wide) longest = Math.max(longest, word.length);
    this.longest = longest;
  }

  /** Number of words. */
  get size(): number {
    return this.starts.length - 1 + this.wide.size;
  }

  /** Whether `word.slice(from)` is one of the words (without making the slice). */
  has(word: string, from = 0): boolean {
    if (word.length - from > this.longest) return false;
    for (let c = word.length - 1; c >= from; c--) if (word.charCodeAt(c) > 0xff) return this.wide.has(word.slice(from));
    const {text, starts} = this;
    const k = from < word.length ? startKey(word, from, word.length) : -1;
    let lo = k < 0 ? 0 : this.buckets[k];
    let hi = k < 0 ? starts.length - 2 : this.buckets[k + 1] - 1;
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

/** Words in the layout SortedForms reads: `narrow` the Latin-1 ones sorted by code unit and "\n"-joined, `wide` the few with other characters. */
export interface SortedWords {
  narrow: string;
  wide: readonly string[];
}

/** The layout SortedForms reads, from any words (duplicates dropped; none may hold "\n"). */
export function sortedWords(words: Iterable<string>): SortedWords {
  const all = [...new Set(words)].sort();
  const isNarrow = (word: string): boolean => /^[\u0000-\u00ff]*$/u.test(word);
  return {narrow: all.filter(isNarrow).join("\n"), wide: all.filter((word) => !isNarrow(word))};
}

/** Number of two-letter starts: a Latin-1 letter, then nothing or a second one. */
const KEYS = 256 * 257;

/** The two-letter start of text[start..end), in code-unit order of the words ("a" before "a\u0000…"); -1 for no letter. */
function startKey(text: string, start: number, end: number): number {
  if (end <= start) return -1;
  return text.charCodeAt(start) * 257 + (end - start > 1 ? text.charCodeAt(start + 1) + 1 : 0);
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
