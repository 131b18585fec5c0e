/**
 * A hash table from word forms to what is known about them, looked up by a
 * span of the text rather than by a sliced string: a word already seen costs a
 * hash over its characters and one comparison, and no string is made for it.
 */
export class WordTable<V extends {word: string}> {
  private slots: Int32Array;
  private mask: number;
  private values: V[] = [];
  private hashes: number[] = [];

  constructor(private readonly limit: number, bits = 16) {
    this.slots = new Int32Array(1 << bits).fill(-1);
    this.mask = (1 << bits) - 1;
  }

  /** Number of words held. */
  get size(): number {
    return this.values.length;
  }

  /** The value of the word `text.slice(start, end)` whose hash is `hash` (see `spanHash`), if held. */
  find(text: string, start: number, end: number, hash: number): V | undefined {
    const length = end - start;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.slots[i];
      if (k < 0) return undefined;
      if (this.hashes[k] === hash) {
        const value = this.values[k];
        if (value.word.length === length && sameSpan(value.word, text, start, length)) return value;
      }
    }
  }

  /** Adds a value for a word not held yet; the table is emptied first when it holds `limit` words (bounds memory). */
  add(value: V, hash: number): void {
    if (this.values.length >= this.limit) this.clear();
    if ((this.values.length + 1) * 2 > this.slots.length) this.grow();
    this.place(this.values.push(value) - 1, hash);
    this.hashes.push(hash);
  }

  clear(): void {
    this.slots.fill(-1);
    this.values = [];
    this.hashes = [];
  }

  private place(k: number, hash: number): void {
    let i = hash & this.mask;
    while (this.slots[i] >= 0) i = (i + 1) & this.mask;
    this.slots[i] = k;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    this.hashes.forEach((hash, k) => this.place(k, hash));
  }
}

/** Whether `word` equals the `length` code units of `text` from `start` (a loop: cheaper than `startsWith` for short words). */
function sameSpan(word: string, text: string, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** FNV-1a hash of the UTF-16 code units of `text` from `start` to `end`. */
export function spanHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
