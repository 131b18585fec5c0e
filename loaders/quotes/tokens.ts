/** A word or punctuation token of a sentence: `text.slice(start, end)`. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Index of the quotation this token lies in (-1 outside quotations), set by the caller. */
  quote: number;
}

/** A token that ends a clause: sentence or clause punctuation, a closing parenthesis or a dash. */
export const CLAUSE_END_TOKEN = /^[.,;:!?)–—-]$/;
/** Punctuation tokens that end a clause or a sentence (no parenthesis or dash), for a scan to the clause's end. */
export const CLAUSE_END_MARKS: ReadonlySet<string> = new Set([",", ";", ":", ".", "!", "?"]);

/** Letters and digits of the scripts German news uses (Latin with diacritics, Greek, Cyrillic); no `u` flag, which is slower. */
const W = "0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF";
/** The token pattern: `[W]+(?:[-'’.][W]+)*|[\uD800-\uDBFF][\uDC00-\uDFFF]|\S`, read by `tokenize` without a regex. */
export const TOKEN_PATTERN = `[${W}]+(?:[-'’.][${W}]+)*|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|\\S`;

/** Per UTF-16 code unit: 1 for a word character (class W), 2 for white space (`\s`), 0 otherwise. */
const KIND = (() => {
  const word = new RegExp(`^[${W}]$`);
  const space = /^\s$/;
  const table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    table[c] = word.test(ch) ? 1 : space.test(ch) ? 2 : 0;
  }
  return table;
})();
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46; // - ' ’ .

/**
 * Tokens of text[start, end): words (with inner hyphens and apostrophes) and single punctuation
 * characters, as `TOKEN_PATTERN` matches them from `start` (a token running past `end` is cut there).
 * A scan over character classes; faster than the regex, same tokens.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let p = start;
  for (;;) {
    while (p < n && KIND[text.charCodeAt(p)] === 2) p++;
    if (p >= n || p >= end) break;
    const c = text.charCodeAt(p);
    let q = p + 1;
    if (KIND[c] === 1) {
      while (q < n && KIND[text.charCodeAt(q)] === 1) q++;
      // inner hyphens, apostrophes and dots, each followed by word characters
      while (q + 1 < n && isJoiner(text.charCodeAt(q)) && KIND[text.charCodeAt(q + 1)] === 1) {
        q += 2;
        while (q < n && KIND[text.charCodeAt(q)] === 1) q++;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && q < n) {
      const d = text.charCodeAt(q);
      if (d >= 0xdc00 && d <= 0xdfff) q++;
    }
    const tokenEnd = q < end ? q : end;
    const word = text.slice(p, tokenEnd);
    tokens.push({start: p, end: tokenEnd, text: word, lower: word.toLowerCase(), quote: -1});
    p = q;
  }
  return tokens;
}

/** Whether a token starts with an upper-case letter. */
export function isCapitalised(token: Token): boolean {
  const c = token.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Shared tests of a token's text, as module constants (under tsx, esbuild turns a `\p{…}` literal into `new RegExp` at each use). */
export const LETTER_START = /^\p{L}/u;
export const UPPER_START = /^\p{Lu}/u;
/** An upper-case letter, then a lower-case one: a capitalised word, not an acronym. */
export const TITLE_START = /^\p{Lu}\p{Ll}/u;
export const LOWER_START = /^\p{Ll}/u;
export const LOWER_WORD = /^\p{Ll}+$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a token starts with a letter (a word, not a number or punctuation). */
export function startsWithLetter(token: Token): boolean {
  return LETTER_START.test(token.text);
}

/** Whether a token is a word (letters or digits), not punctuation. */
export function isWord(token: Token): boolean {
  return WORD_CHAR.test(token.text[0]);
}

/**
 * A cache for {@link perTokens}: a WeakMap that also remembers the last entry asked for (a rule asks
 * many times in a row for one sentence's table, so most asks are one identity check).
 */
export class TokensCache<K extends object, T> extends WeakMap<K, T> {
  lastKey: K | undefined = undefined;
  lastValue: T | undefined = undefined;
}

/**
 * A table of a sentence's tokens (or of another per-sentence list, such as its cues), made once per
 * array and kept while the array lives (these arrays are not changed once a sentence is set up), so a rule asked once per cue or quotation
 * stays linear in the sentence's length. `make` must not return undefined.
 */
export function perTokens<K extends object, T>(cache: TokensCache<K, T>, tokens: K, make: (tokens: K) => T): T {
  if (cache.lastKey === tokens) return cache.lastValue as T;
  let value = cache.get(tokens);
  if (value === undefined) cache.set(tokens, (value = make(tokens)));
  cache.lastKey = tokens;
  cache.lastValue = value;
  return value;
}
