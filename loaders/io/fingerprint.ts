import {createHash} from "node:crypto";

/** UTF-16 units hashed at a time. */
const CHUNK = 1 << 19;
const TAG = {null: 0, string: 1, number: 2, false: 3, true: 4, column: 5, row: 6, cached: 7, patched: 8, article: 9} as const;

/**
 * A SHA-1 over a stream of UTF-16 units, buffered: cells, column names and
 * row marks are each written as a tag and their units, so the stream encodes
 * them losslessly and unambiguously (see cellsFingerprint).
 */
export class UnitHash {
  private readonly hash = createHash("sha1");
  private readonly units: Uint16Array;
  private readonly float = new Float64Array(1);
  private readonly floatUnits = new Uint16Array(this.float.buffer);
  private at = 0;

  /** @param chunk units buffered before hashing (smaller for the many small hashes of csvParts' patches) */
  constructor(private readonly chunk = CHUNK) {
    this.units = new Uint16Array(chunk + 8);
  }

  private flush(): void {
    this.hash.update(this.units.subarray(0, this.at));
    this.at = 0;
  }

  /** A tag alone (TAG). */
  tag(tag: number): void {
    if (this.at + 1 > this.chunk) this.flush();
    this.units[this.at++] = tag;
  }

  /** A whole number 0 ≤ n < 2³², as two units. */
  count(n: number): void {
    if (this.at + 2 > this.chunk) this.flush();
    this.units[this.at++] = n & 0xffff;
    this.units[this.at++] = n >>> 16;
  }

  /** A string: its tag, its length and its code units. */
  string(s: string): void {
    const n = s.length;
    const units = this.units;
    if (this.at + 3 + n > this.chunk) this.flush();
    units[this.at++] = TAG.string;
    units[this.at++] = n & 0xffff;
    units[this.at++] = n >>> 16;
    let at = this.at;
    if (at + n <= this.chunk) {
      for (let i = 0; i < n; i++) units[at + i] = s.charCodeAt(i);
      this.at = at + n;
      return;
    }
    for (let i = 0; i < n; i++) {
      if (at === this.chunk) {
        this.at = at;
        this.flush();
        at = 0;
      }
      units[at++] = s.charCodeAt(i);
    }
    this.at = at;
  }

  /**
   * One cell: a string, a number as its 64-bit float (so -0 is not 0), a
   * boolean, or null and undefined alike (both are empty cells and nulls).
   * False, writing nothing, for NaN and values of other kinds.
   */
  cell(v: unknown): boolean {
    if (typeof v === "string") {
      this.string(v);
      return true;
    }
    if (this.at + 5 > this.chunk) this.flush();
    const units = this.units;
    if (v == null) units[this.at++] = TAG.null;
    else if (typeof v === "number") {
      if (Number.isNaN(v)) return false;
      this.float[0] = v;
      const f = this.floatUnits;
      units[this.at] = TAG.number;
      units[this.at + 1] = f[0];
      units[this.at + 2] = f[1];
      units[this.at + 3] = f[2];
      units[this.at + 4] = f[3];
      this.at += 5;
    } else if (typeof v === "boolean") units[this.at++] = v ? TAG.true : TAG.false;
    else return false;
    return true;
  }

  /** The SHA-1 of everything written, hex. */
  digest(): string {
    this.flush();
    return this.hash.digest("hex");
  }
}

/**
 * A fingerprint of the cells of `rows` under `columns` (SHA-1, hex), or
 * undefined when a cell is NaN or not a string, number, boolean, null or
 * undefined. The hashed units encode every cell losslessly and unambiguously
 * (UnitHash.cell), column by column. Both files written for a table (CSV, and
 * the Arrow stream behind Parquet) are functions of exactly these cells, so an
 * equal fingerprint (with the same writers' versions and code) means equal
 * files, without building the Arrow stream. NaN is left out because CSV and
 * Parquet disagree on it.
 */
export function cellsFingerprint(rows: readonly object[], columns: readonly string[]): string | undefined {
  const hash = new UnitHash();
  hash.string(String(rows.length));
  for (const column of columns) {
    hash.tag(TAG.column);
    hash.string(column);
    for (let i = 0; i < rows.length; i++) if (!hash.cell((rows[i] as Record<string, unknown>)[column])) return undefined;
  }
  return hash.digest();
}

/** The tags of a row's cells, a run of cached rows, a rewritten row and an article's key in a fingerprint by cache keys (keysFingerprint.ts). */
export const ROW_TAG = TAG.row;
export const CACHED_TAG = TAG.cached;
export const PATCHED_TAG = TAG.patched;
export const ARTICLE_TAG = TAG.article;
