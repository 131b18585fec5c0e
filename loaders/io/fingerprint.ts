import {createHash} from "node:crypto";

/** UTF-16 units hashed at a time. */
const CHUNK = 1 << 19;
const TAG = {null: 0, string: 1, number: 2, false: 3, true: 4, column: 5} as const;

/**
 * A fingerprint of the cells of `rows` under `columns` (SHA-1, hex), or
 * undefined when a cell is NaN or not a string, number, boolean, null or
 * undefined. The hashed units encode every cell losslessly and unambiguously:
 * a tag per kind, strings as their length and UTF-16 code units, numbers as
 * their 64-bit float (so -0 is not 0), null and undefined alike (both are
 * empty cells and nulls). Both files written for a table (CSV, and the Arrow
 * stream behind Parquet) are functions of exactly these cells, so an equal
 * fingerprint (with the same writers' versions and code) means equal files,
 * without building the Arrow stream. NaN is left out because CSV and Parquet
 * disagree on it.
 */
export function cellsFingerprint(rows: readonly object[], columns: readonly string[]): string | undefined {
  const hash = createHash("sha1");
  const units = new Uint16Array(CHUNK + 8);
  const float = new Float64Array(1);
  const floatUnits = new Uint16Array(float.buffer);
  let at = 0;
  const flush = () => {
    hash.update(units.subarray(0, at));
    at = 0;
  };
  const string = (s: string) => {
    const n = s.length;
    if (at + 3 + n > CHUNK) flush();
    units[at++] = TAG.string;
    units[at++] = n & 0xffff;
    units[at++] = n >>> 16;
    if (at + n <= CHUNK) {
      for (let i = 0; i < n; i++) units[at + i] = s.charCodeAt(i);
      at += n;
      return;
    }
    for (let i = 0; i < n; i++) {
      if (at === CHUNK) flush();
      units[at++] = s.charCodeAt(i);
    }
  };
  string(String(rows.length));
  for (const column of columns) {
    if (at + 1 > CHUNK) flush();
    units[at++] = TAG.column;
    string(column);
    for (let i = 0; i < rows.length; i++) {
      const v = (rows[i] as Record<string, unknown>)[column];
      if (typeof v === "string") {
        string(v);
        continue;
      }
      if (at + 5 > CHUNK) flush();
      if (v == null) units[at++] = TAG.null;
      else if (typeof v === "number") {
        if (Number.isNaN(v)) return undefined;
        float[0] = v;
        units[at] = TAG.number;
        units[at + 1] = floatUnits[0];
        units[at + 2] = floatUnits[1];
        units[at + 3] = floatUnits[2];
        units[at + 4] = floatUnits[3];
        at += 5;
      } else if (typeof v === "boolean") units[at++] = v ? TAG.true : TAG.false;
      else return undefined;
    }
  }
  flush();
  return hash.digest("hex");
}
