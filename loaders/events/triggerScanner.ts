/**
 * The scanner of the event cues' trigger literals (cueSet.ts): where in a sentence a literal may start, found by
 * folding the text's characters one by one instead of trying every alternative of the trigger regex.
 */
import {FOLD} from "../dates/stems.js";

/**
 * Literals the trigger may search for without the `u` flag (about twice as fast on 10kGNAD): for
 * a–z, ä, ö, ü and ß, case-insensitive matching without it differs from Unicode case folding only
 * on the characters of {@link FOLDED_ONLY_WITH_U}, so sentences holding none of them are searched so.
 */
export const PLAIN_LITERAL = /^[a-zäöüß]+$/;
/** "ſ" (long s: s), "ẞ" (capital sharp s: ß) and the Kelvin sign (k): case-folded to a literal's letter only with the `u` flag. */
export const FOLDED_ONLY_WITH_U = /[\u017F\u1E9E\u212A]/;

/**
 * The trigger's literals as a scanner of the text's characters, folded one by one through the dates' table
 * (`FOLD`: a–z, ä, ö, ü, ß and their upper case): a table of every literal's first three letters flags the
 * places where one may start, and only there are literals compared. Finds the same positions as
 * `plainTrigger` on the sentences it is used for (those without {@link FOLDED_ONLY_WITH_U}), without
 * trying every alternative of the regex at every position.
 */
export class TriggerScanner {
  /** Literals by the key of their first three symbols: `first[key]` is a literal index + 1, `next[i]` the following one. */
  private first = new Int32Array(1 << 15);
  private next: Int32Array;
  private symbols: Uint8Array[];

  /** `literals` lower case, plain ({@link PLAIN_LITERAL}) and at least three letters long. */
  constructor(literals: readonly string[]) {
    this.next = new Int32Array(literals.length);
    this.symbols = literals.map((l) => Uint8Array.from(l, (c) => FOLD[c.charCodeAt(0)]));
    for (let i = literals.length - 1; i >= 0; i--) {
      const key = keyOf(this.symbols[i][0], this.symbols[i][1], this.symbols[i][2]);
      this.next[i] = this.first[key];
      this.first[key] = i + 1;
    }
  }

  /** Index of the first place at or after `from` where a literal stands in `text` (case folded), or -1. */
  find(text: string, from: number): number {
    const n = text.length;
    if (from + 2 >= n) return -1;
    let a = FOLD[text.charCodeAt(from)];
    let b = FOLD[text.charCodeAt(from + 1)];
    for (let p = from; p + 2 < n; p++) {
      const c = FOLD[text.charCodeAt(p + 2)];
      if (a && b && c) {
        for (let i = this.first[keyOf(a, b, c)] - 1; i >= 0; i = this.next[i] - 1) {
          const s = this.symbols[i];
          if (p + s.length > n) continue;
          let k = 3;
          while (k < s.length && FOLD[text.charCodeAt(p + k)] === s[k]) k++;
          if (k === s.length) return p;
        }
      }
      a = b;
      b = c;
    }
    return -1;
  }
}

/** The bucket of three symbols (each 1…31; `FOLD` gives 255 to no letter a literal holds, so such keys are empty). */
function keyOf(a: number, b: number, c: number): number {
  return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
}

/** A literal's spellings: each "ß" written as "ß" or "ss" (what `withSwissSpelling` makes of it). */
export function swissVariants(literal: string): string[] {
  const at = literal.indexOf("ß");
  if (at < 0) return [literal];
  return swissVariants(literal.slice(at + 1)).flatMap((rest) => [`${literal.slice(0, at)}ß${rest}`, `${literal.slice(0, at)}ss${rest}`]);
}
