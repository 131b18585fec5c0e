/** A word or punctuation token of a sentence: `text.slice(start, end)`. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Index of the quotation this token lies in (-1 outside quotations), set by the caller. */
  quote: number;
}

/** Letters and digits of the scripts German news uses (Latin with diacritics, Greek, Cyrillic); no `u` flag, which is slower. */
const W = "0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF";
const TOKEN = new RegExp(`[${W}]+(?:[-'’.][${W}]+)*|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|\\S`, "g");

/** Tokens of text[start, end): words (with inner hyphens and apostrophes) and single punctuation characters. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const tokenEnd = Math.min(m.index + m[0].length, end);
    const word = text.slice(m.index, tokenEnd);
    tokens.push({start: m.index, end: tokenEnd, text: word, lower: word.toLowerCase(), quote: -1});
  }
  return tokens;
}

/** Whether a token starts with an upper-case letter. */
export function isCapitalised(token: Token): boolean {
  const c = token.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Whether a token is a word (letters or digits), not punctuation. */
export function isWord(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.text[0]);
}
