import {multiLetterInitials} from "../lang/de/abbreviations.js";

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const NUMBER = /\p{N}/u;
const SPACE = /\s/u;
const SOFT_HYPHEN = /\u00ad/gu;
/** A token that opens a sentence or a quote before its first constituent (a full stop, colon or quotation mark). */
export const OPENER = /^[.!?:"„“«»]$/u;
/** Words written with a full stop that belongs to them. */
const DOTTED = new Set(["dr", "prof", "mr", "mrs", "ms", "st", "hl", "jr", "sr"]);
/** Initials of two or three letters ("Ch.", "Th."): one token with their dot. */
const DOTTED_INITIALS = new Set(multiLetterInitials);

/** Character classes of UTF-16 code units above ASCII, read once per code unit: bit 1 = known, 2 = letter/mark, 4 = number, 8 = upper, 16 = space. */
const classes = new Uint8Array(65536);
const KNOWN = 1;
const LETTER_BIT = 2;
const NUMBER_BIT = 4;
const UPPER_BIT = 8;
const SPACE_BIT = 16;

/** Class bits of one non-ASCII code unit (the same regex tests as on the one-character string, cached). */
function classOf(code: number): number {
  let bits = classes[code];
  if (bits) return bits;
  const ch = String.fromCharCode(code);
  bits = KNOWN | (LETTER.test(ch) ? LETTER_BIT : 0) | (NUMBER.test(ch) ? NUMBER_BIT : 0) | (UPPER.test(ch) ? UPPER_BIT : 0) | (SPACE.test(ch) ? SPACE_BIT : 0);
  classes[code] = bits;
  return bits;
}

/** Letter test with an ASCII fast path. */
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (classOf(code) & LETTER_BIT) !== 0;
}

/** Inner word characters: letters, digits, hyphen, apostrophes, soft hyphen. */
function isInner(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 39;
  return code === 0x2019 || code === 0xad || (classOf(code) & (LETTER_BIT | NUMBER_BIT)) !== 0;
}

/** Characters a word may not end with: apostrophes, hyphen, soft hyphen. */
function isTrailing(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0xad;
}

/**
 * A word or punctuation token with its span in the article text. Made by its constructor rather than an object
 * literal: V8 tracks an allocation site per literal and, seeing an article's
 * tokens survive young-generation collections, starts allocating that
 * literal's objects in the old generation, where every token of every later
 * article then waits for a full collection. Objects made by `new` have no such site.
 */
export class Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (letters), not punctuation or a number. */
  word: boolean;
  /** Role-noun reading, filled in on first use by `roleNoun` (undefined = not read yet). */
  role?: import("./roles.js").RoleNoun | null = undefined;
  /** Surname-candidate reading, filled in on first use by `isSurnameCandidate`, for the non-person word list in `surnameList`. */
  surname?: boolean = undefined;
  surnameList?: ReadonlySet<string> = undefined;
  /** Given-name reading, filled in on first use by `isGiven`, for the given-name list in `givenList`. */
  given?: boolean = undefined;
  givenList?: ReadonlySet<string> = undefined;

  constructor(text: string, lower: string, start: number, end: number, cap: boolean, word: boolean) {
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.end = end;
    this.cap = cap;
    this.word = word;
  }
}

/**
 * Splits text[start, end) into tokens in one left-to-right scan: words (with
 * inner hyphens and apostrophes), initials ("J.", "D."), titles ("Dr.") and
 * single punctuation characters. Char-code tests (cached per code unit above
 * ASCII), no regex or one-character string per character.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && (classOf(code) & SPACE_BIT) !== 0)) {
      i++;
      continue;
    }
    if (!isLetter(code)) {
      const ch = text[i];
      tokens.push(new Token(ch, ch, i, i + 1, false, false));
      i++;
      continue;
    }
    let stop = i + 1;
    let soft = false;
    // a capital (or a letter above ASCII) after a lower-case first letter ("al-Hadri", "eBay"): the word is lower-cased too
    let mixed = false;
    for (let c = text.charCodeAt(stop); stop < end && isInner(c); c = text.charCodeAt(++stop)) {
      if (c === 0xad) soft = true;
      else if (c > 127 || (c >= 65 && c <= 90)) mixed = true;
    }
    while (stop > i + 1 && isTrailing(text.charCodeAt(stop - 1))) stop--;
    const cap = code < 128 ? code >= 65 && code <= 90 : (classOf(code) & UPPER_BIT) !== 0;
    let word = text.slice(i, stop);
    let lower = cap || code > 127 || mixed ? word.toLowerCase() : word;
    // a soft hyphen (U+00AD) marks where a word may break, not a letter: lists are looked up without it ("Chris\u00ADtian")
    if (soft) lower = lower.replace(SOFT_HYPHEN, "");
    if (stop < end && text.charCodeAt(stop) === 46 && (stop - i === 1 || DOTTED.has(lower) || DOTTED_INITIALS.has(word))) {
      stop++;
      word += ".";
      lower += ".";
    }
    tokens.push(new Token(word, lower, i, stop, cap, true));
    i = stop;
  }
  return tokens;
}
