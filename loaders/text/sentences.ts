import {abbreviations, monthNames, multiLetterInitials} from "../lang/de/abbreviations.js";
import {isSpace} from "./chars.js";

/** A sentence span into the text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Longest stretch handed to `Intl.Segmenter` at once. The segmenter slows down
 * super-linearly on long input (measured: 5 MB/s at 10 kB, 0.08 MB/s at 1 MB),
 * so long lines are cut into chunks at likely sentence ends first.
 */
const CHUNK = 2000;

const ABBREVIATIONS = new Set(abbreviations);
const MULTI_LETTER_INITIALS = new Set(multiLetterInitials);
const MONTHS = new Set(monthNames);
const segmenter = new Intl.Segmenter("de", {granularity: "sentence"});

const OPENERS: Record<string, string> = {"„": "“”\"«", "»": "«", "«": "»", "“": "”\"", "\"": "\""};

/**
 * Splits German text into sentences. Lines never share a sentence. Within a
 * line, `Intl.Segmenter('de')` proposes boundaries, and these German fixes
 * remove the wrong ones:
 * - ordinal dots ("am 12. Februar", "2. Weltkrieg");
 * - abbreviations ("z. B.", "Dr.", "bzw.") and initials ("J.D. Vance", "Donald J. Trump");
 * - boundaries inside an open quotation, so a quote over several sentences stays whole.
 *
 * Linear in the length of the text.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * Where the stretch [from, to) of `text` holds a sentence end that `splitSentences` kept inside one
 * sentence because a quotation was open there ("sagte: „Wir haben gewartet. Am Samstag feiern wir.“"):
 * the index of each such `.`, `!` or `?` that is followed by white space and a word that does not start
 * in lower case, and is no ordinal dot, initial or abbreviation. Linear in the stretch's length.
 */
export function innerSentenceEnds(text: string, from = 0, to = text.length): number[] {
  const ends: number[] = [];
  let start = from;
  for (let i = from; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
    if (!isSpace(text.charCodeAt(i + 1))) continue;
    let next = i + 1;
    while (next < to && isSpace(text.charCodeAt(next))) next++;
    if (next >= to || /^\p{Ll}/u.test(text[next])) continue;
    if (!endsSentence(text, start, i + 1, to)) continue;
    ends.push(i);
    start = next;
  }
  return ends;
}

function splitLine(text: string, start: number, end: number, out: Span[]): void {
  const boundaries = candidateBoundaries(text, start, end);
  const open = quoteDepthAt(text, start, end, boundaries);
  let sentenceStart = start;
  for (let i = 0; i < boundaries.length; i++) {
    const b = boundaries[i];
    if (open[i] || !endsSentence(text, sentenceStart, b, end)) continue;
    push(text, sentenceStart, b, out);
    sentenceStart = b;
  }
  push(text, sentenceStart, end, out);
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({start, end});
}

/** Boundaries proposed by Intl.Segmenter, segmenting long lines chunk by chunk. */
function candidateBoundaries(text: string, start: number, end: number): number[] {
  const result: number[] = [];
  let chunkStart = start;
  while (chunkStart < end) {
    let chunkEnd = Math.min(end, chunkStart + CHUNK);
    if (chunkEnd < end) {
      const cut = lastSentenceEnd(text, chunkStart + CHUNK / 2, chunkEnd);
      if (cut > 0) chunkEnd = cut;
    }
    let offset = chunkStart;
    for (const {segment} of segmenter.segment(text.slice(chunkStart, chunkEnd))) {
      offset += segment.length;
      if (offset < end) result.push(offset);
    }
    chunkStart = chunkEnd;
  }
  return result;
}

function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if (text[i] === " " && /[.!?]/.test(text[i - 1])) return i + 1;
  }
  for (let i = to - 1; i > from; i--) if (text[i] === " ") return i + 1;
  return -1;
}

/** For each boundary, whether a quotation is open there. One pass over the line. */
function quoteDepthAt(text: string, start: number, end: number, boundaries: number[]): boolean[] {
  const open: boolean[] = new Array(boundaries.length).fill(false);
  let closers = ""; // expected closers of the innermost open quote
  let opened = -1;
  let k = 0;
  for (let i = start; i < end; i++) {
    while (k < boundaries.length && boundaries[k] <= i) open[k++] = closers !== "";
    // Past the last boundary, read on only to see whether the open quote closes.
    if (k === boundaries.length && !closers) break;
    if (!isQuoteMark(text.charCodeAt(i))) continue;
    const c = text[i];
    if (closers && closers.includes(c)) {
      closers = "";
    } else if (!closers && c in OPENERS && isOpening(text, i, end)) {
      closers = OPENERS[c];
      opened = i;
    }
  }
  // A quote still open at the end of the line was unbalanced: do not let it swallow sentences.
  if (closers) for (let j = 0; j < boundaries.length; j++) if (boundaries[j] > opened) open[j] = false;
  return open;
}

/** Whether a UTF-16 code unit is one of the quotation marks of OPENERS (as opener or closer). */
function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201e);
}

/** A straight or curly quote opens when followed by a non-space character. */
function isOpening(text: string, i: number, end: number): boolean {
  return i + 1 < end && !isSpace(text.charCodeAt(i + 1));
}

/** Whether the segment from `start` to boundary `b` really ends a sentence. */
function endsSentence(text: string, start: number, b: number, lineEnd: number): boolean {
  let e = b;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (text[e - 1] !== ".") return true;
  const word = lastWord(text, start, e - 1);
  if (!word) return true;
  const next = nextWord(text, b, lineEnd);
  if (/^\d{1,3}$/.test(word)) {
    // ordinal dot ("am 12. Februar", "2. Weltkrieg") unless a new sentence plainly starts
    if (next === "") return true;
    if (isLikelyOrdinalHead(next)) return false;
    return isSentenceStartAfterNumber(next);
  }
  if (/^\p{L}$/u.test(word)) return false; // initials: "J." in "Donald J. Trump", "z. B."
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false; // "J.D", "z.B", "u.a"
  if (ABBREVIATIONS.has(word.toLowerCase()) || MULTI_LETTER_INITIALS.has(word)) return false;
  return true;
}

function lastWord(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && !endsWordBefore(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

function nextWord(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  let j = i;
  while (j < end && !endsWordAfter(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

/** `/[\s(\[„“"»«]/`: what a word is read back to. */
function endsWordBefore(c: number): boolean {
  return isSpace(c) || c === 0x28 || c === 0x5b || c === 0x201e || c === 0x201c || c === 0x22 || c === 0xbb || c === 0xab;
}

/** `/[\s,.;:!?]/`: what a word is read forward to. */
function endsWordAfter(c: number): boolean {
  return isSpace(c) || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
}

/** Words that typically follow an ordinal number: months, "Jahrhundert", "Weltkrieg", "Mal", "Platz"... */
function isLikelyOrdinalHead(word: string): boolean {
  return MONTHS.has(word.toLowerCase()) || /^(Jahrhundert|Jh|Weltkrieg|Mal|Platz|Stock|Etage|Klasse|Liga|Runde|Tag|Woche|Quartal|Halbjahr|Amtszeit|Legislatur|Bundesliga|Spieltag)/.test(word);
}

/**
 * After "NN." a capitalised word may start a new sentence ("… waren es 15. Danach …")
 * or be the head of an ordinal ("der 3. Versuch"). Function words point to a new sentence.
 */
function isSentenceStartAfterNumber(word: string): boolean {
  return /^(Der|Die|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|Ihr|Man|Dies|Diese|Dieser|Dann|Danach|Doch|Aber|Und|Auch|Im|In|Am|An|Auf|Bei|Mit|Nach|Vor|Seit|Laut|So|Als|Wie|Was|Wer|Wo|Wenn|Zudem|Damit|Dabei|Trotzdem)$/.test(word);
}
