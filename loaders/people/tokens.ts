/** A word or punctuation token with its span in the article text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters), not punctuation or a number. */
  word: boolean;
  /** Role-noun reading, filled in on first use by `roleNoun` (undefined = not read yet). */
  role?: import("./roles.js").RoleNoun | null;
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;
/** Words written with a full stop that belongs to them. */
const DOTTED = new Set(["dr", "prof", "mr", "mrs", "ms", "st", "hl", "jr", "sr"]);

/** Letter test with an ASCII fast path. */
function isLetter(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

/** Inner word characters: letters, digits, hyphen, apostrophes, soft hyphen. */
function isInner(code: number, ch: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 39;
  return code === 0x2019 || code === 0xad || LETTER.test(ch) || /\p{N}/u.test(ch);
}

/**
 * Splits text[start, end) into tokens in one left-to-right scan: words (with
 * inner hyphens and apostrophes), initials ("J.", "D."), titles ("Dr.") and
 * single punctuation characters. Char-code tests, no regex per token.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && SPACE.test(ch))) {
      i++;
      continue;
    }
    if (!isLetter(code, ch)) {
      tokens.push({text: ch, lower: ch, start: i, end: i + 1, cap: false, word: false, role: undefined});
      i++;
      continue;
    }
    let stop = i + 1;
    while (stop < end && isInner(text.charCodeAt(stop), text[stop])) stop++;
    while (stop > i + 1 && /['’\-\u00ad]/.test(text[stop - 1])) stop--;
    const cap = code < 128 ? code >= 65 && code <= 90 : UPPER.test(ch);
    let word = text.slice(i, stop);
    let lower = cap || code > 127 ? word.toLowerCase() : word;
    if (text[stop] === "." && stop < end && (stop - i === 1 || DOTTED.has(lower))) {
      stop++;
      word += ".";
      lower += ".";
    }
    tokens.push({text: word, lower, start: i, end: stop, cap, word: true, role: undefined});
    i = stop;
  }
  return tokens;
}
