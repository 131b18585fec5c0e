/** A word of the text: letters and digits, hyphenated parts kept together ("NATO-Mitgliedschaft"). */
export interface Token {
  start: number;
  end: number;
  surface: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit above ASCII: 0 not read yet, 1 not a word character, 2 a word character. */
const nonAscii = new Uint8Array(65536);

/** Whether a UTF-16 code unit is part of a word (ASCII by range, others by Unicode class, read once per code unit). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = nonAscii[code];
  if (known === 0) nonAscii[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff) ? 2 : 1;
  return known === 2;
}

/** Hyphens and apostrophes that join word parts ("US-Präsident", "Trump's"). */
function isJoiner(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 39 || code === 0x2019;
}

/**
 * Tokens of `text` between `start` and `end`, with offsets into `text`: runs of
 * letters and digits, with inner hyphens and apostrophes kept. One scan, no regex per character class.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const spans: number[] = [];
  const n = tokenSpans(text, start, end, spans);
  const tokens: Token[] = new Array(n);
  for (let k = 0; k < n; k++) tokens[k] = {start: spans[2 * k], end: spans[2 * k + 1], surface: text.slice(spans[2 * k], spans[2 * k + 1])};
  return tokens;
}

/**
 * The tokens of `tokenize` as offsets only, without slicing their text: writes
 * start and end of token k to `spans[2k]` and `spans[2k + 1]` (the array is reused
 * by the caller) and returns the number of tokens.
 */
export function tokenSpans(text: string, start: number, end: number, spans: number[]): number {
  return scanTokens(text, start, end, spans, undefined);
}

/**
 * `tokenSpans`, also writing the FNV-1a hash of token k (wordTable.ts `spanHash`) to `hashes[k]`,
 * computed in the same scan over its characters.
 */
export function tokenSpansHashed(text: string, start: number, end: number, spans: number[], hashes: number[]): number {
  return scanTokens(text, start, end, spans, hashes);
}

/**
 * The one scan of `tokenSpans` and `tokenSpansHashed`: finds the tokens between
 * `start` and `end` and writes their spans, and with `hashes` the FNV-1a hash of
 * each token's characters (the joiners included), returning the number of tokens.
 */
function scanTokens(text: string, start: number, end: number, spans: number[], hashes: number[] | undefined): number {
  let count = 0;
  let i = Math.max(0, start);
  const stop = Math.min(end, text.length);
  while (i < stop) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const from = i;
    // the hash costs one multiply per character: cheaper than a second loop without it
    let h = Math.imul(0x811c9dc5 ^ code, 0x01000193);
    i++;
    for (;;) {
      while (i < stop && isWordChar((code = text.charCodeAt(i)))) {
        h = Math.imul(h ^ code, 0x01000193);
        i++;
      }
      if (i + 1 < stop && isJoiner((code = text.charCodeAt(i))) && isWordChar(text.charCodeAt(i + 1))) {
        h = Math.imul(Math.imul(h ^ code, 0x01000193) ^ text.charCodeAt(i + 1), 0x01000193);
        i += 2;
      } else break;
    }
    spans[2 * count] = from;
    spans[2 * count + 1] = i;
    if (hashes) hashes[count] = h >>> 0;
    count++;
  }
  return count;
}

/** Hyphen (or apostrophe) separated parts of a token: "NATO-Mitgliedschaft" → ["NATO", "Mitgliedschaft"]. */
export function tokenParts(surface: string): string[] {
  return surface.split(/[-‐'’]/).filter(Boolean);
}
