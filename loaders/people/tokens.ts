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
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*/uy;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;
/** Words written with a full stop that belongs to them. */
const DOTTED = new Set(["dr", "prof", "mr", "mrs", "ms", "st", "hl", "jr", "sr"]);

/**
 * Splits text[start, end) into tokens in one left-to-right scan: words (with
 * inner hyphens and apostrophes), initials ("J.", "D."), titles ("Dr."),
 * roman numerals after names and single punctuation characters.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && i + m[0].length <= end) {
      let stop = i + m[0].length;
      while (stop > i + 1 && /['’\-]/.test(text[stop - 1])) stop--;
      const lower = text.slice(i, stop).toLowerCase();
      if (text[stop] === "." && stop < end && (stop - i === 1 || DOTTED.has(lower))) stop++;
      const word = text.slice(i, stop);
      tokens.push({text: word, lower: word.toLowerCase(), start: i, end: stop, cap: UPPER.test(ch), word: true});
      i = stop;
      continue;
    }
    tokens.push({text: ch, lower: ch, start: i, end: i + 1, cap: false, word: false});
    i++;
  }
  return tokens;
}
