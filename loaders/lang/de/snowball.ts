/**
 * The Snowball German stemmer (snowballstem.org/algorithms/german), written
 * out over an array of character codes instead of the generated Snowball
 * runtime of @nlpjs/lang-de (a string rebuilt for every change). Same output
 * as `StemmerDe.innerStem` of @nlpjs/lang-de for every input (checked against
 * it in test/loaders/lang/de/snowball.test.ts), several times faster.
 */

const A = 97, E = 101, I = 105, U = 117, Y = 121, UPPER_U = 85, UPPER_Y = 89, SHARP_S = 0xdf;

/** Vowels of the algorithm: a e i o u y ä ö ü (lower case only; the marked U and Y are consonants). */
function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === 111 || c === U || c === Y || c === 0xe4 || c === 0xf6 || c === 0xfc;
}

/** Letters before which a final "s" is dropped: b d f g h k l m n r t. */
function isSEnding(c: number): boolean {
  return c === 98 || c === 100 || c === 102 || c === 103 || c === 104 || c === 107 || c === 108 || c === 109 || c === 110 || c === 114 || c === 116;
}

/** Letters before which a final "st" is dropped: the s-endings without r. */
function isStEnding(c: number): boolean {
  return c !== 114 && isSEnding(c);
}

/** Characters the postlude rewrites: U Y ä ö ü. */
function isFolded(c: number): boolean {
  return c === UPPER_U || c === UPPER_Y || c === 0xe4 || c === 0xf6 || c === 0xfc;
}

/** Whether `w` (of length `n`) ends with the ASCII suffix `s`. */
function endsWith(w: number[], n: number, s: string): boolean {
  if (n < s.length) return false;
  for (let i = 1; i <= s.length; i++) if (w[n - i] !== s.charCodeAt(s.length - i)) return false;
  return true;
}

const codes: number[] = [];

/** Stem of a (lower-case) German word, as the Snowball German algorithm gives it: "krieges" → "krieg". */
export function snowballGerman(word: string): string {
  // prelude: ß → ss; u and y between vowels marked as consonants (U, Y)
  const w = codes;
  let n = 0;
  /** Whether the stem is no longer a prefix of the word (ß expanded, U or Y marked). */
  let changed = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === SHARP_S) {
      w[n++] = 115;
      w[n++] = 115;
      changed = true;
    } else w[n++] = c;
  }
  for (let p = 0; p + 2 < n; p++) {
    const c = w[p + 1];
    if ((c === U || c === Y) && isVowel(w[p]) && isVowel(w[p + 2])) {
      w[p + 1] = c === U ? UPPER_U : UPPER_Y;
      changed = true;
    }
  }
  // regions: R1 after the first non-vowel following a vowel (at least 3 letters in), R2 the same within R1
  let p1 = n;
  let p2 = n;
  if (n >= 3) {
    let i = 0;
    while (i < n && !isVowel(w[i])) i++;
    i++;
    while (i < n && isVowel(w[i])) i++;
    if (i < n) {
      i++;
      p1 = Math.max(i, 3);
      while (i < n && !isVowel(w[i])) i++;
      i++;
      while (i < n && isVowel(w[i])) i++;
      if (i < n) p2 = i + 1;
    }
  }
  n = step1(w, n, p1);
  n = step2(w, n, p1);
  n = step3(w, n, p1, p2);
  // postlude: unmark U and Y, fold umlauts; most stems are a prefix of their word with none of these
  if (!changed) {
    let plain = true;
    for (let i = 0; i < n && plain; i++) plain = !isFolded(w[i]);
    if (plain) return n === word.length ? word : word.slice(0, n);
  }
  let out = "";
  for (let i = 0; i < n; i++) {
    const c = w[i];
    out += String.fromCharCode(c === UPPER_U || c === 0xfc ? U : c === UPPER_Y ? Y : c === 0xe4 ? A : c === 0xf6 ? 111 : c);
  }
  return out;
}

/** Step 1: em ern er → delete; e en es → delete (and the s of "niss"); s after an s-ending → delete; in R1. */
function step1(w: number[], n: number, p1: number): number {
  let size = 0;
  let kind = 0;
  if (endsWith(w, n, "ern")) size = 3, kind = 1;
  else if (endsWith(w, n, "em") || endsWith(w, n, "er")) size = 2, kind = 1;
  else if (endsWith(w, n, "en") || endsWith(w, n, "es")) size = 2, kind = 2;
  else if (endsWith(w, n, "e")) size = 1, kind = 2;
  else if (endsWith(w, n, "s")) size = 1, kind = 3;
  if (!kind || n - size < p1) return n;
  if (kind === 1) return n - size;
  if (kind === 2) {
    n -= size;
    return endsWith(w, n, "niss") ? n - 1 : n;
  }
  return n - 1 > 0 && isSEnding(w[n - 2]) ? n - 1 : n;
}

/** Step 2: en er est → delete; st after an st-ending that has at least three letters before it → delete; in R1. */
function step2(w: number[], n: number, p1: number): number {
  if (endsWith(w, n, "est")) return n - 3 >= p1 ? n - 3 : n;
  if (endsWith(w, n, "en") || endsWith(w, n, "er")) return n - 2 >= p1 ? n - 2 : n;
  if (endsWith(w, n, "st")) {
    const bra = n - 2;
    return bra >= p1 && bra >= 4 && isStEnding(w[bra - 1]) ? bra : n;
  }
  return n;
}

/** Step 3: derivational suffixes in R2 (end ung, ig ik isch, lich heit, keit) and what they leave before them. */
function step3(w: number[], n: number, p1: number, p2: number): number {
  let size = 0;
  let kind = 0;
  if (endsWith(w, n, "end") || endsWith(w, n, "ung")) size = 3, kind = 1;
  else if (endsWith(w, n, "isch")) size = 4, kind = 2;
  else if (endsWith(w, n, "ig") || endsWith(w, n, "ik")) size = 2, kind = 2;
  else if (endsWith(w, n, "lich") || endsWith(w, n, "heit")) size = 4, kind = 3;
  else if (endsWith(w, n, "keit")) size = 4, kind = 4;
  if (!kind || n - size < p2) return n;
  const bra = n - size;
  if (kind === 2) return bra > 0 && w[bra - 1] === E ? n : bra;
  n = bra;
  if (kind === 1) return endsWith(w, n, "ig") && !(n - 2 > 0 && w[n - 3] === E) && n - 2 >= p2 ? n - 2 : n;
  if (kind === 3) return (endsWith(w, n, "er") || endsWith(w, n, "en")) && n - 2 >= p1 ? n - 2 : n;
  if (endsWith(w, n, "lich")) return n - 4 >= p2 ? n - 4 : n;
  if (endsWith(w, n, "ig")) return n - 2 >= p2 ? n - 2 : n;
  return n;
}
