import {quoteMarkPairs, singleQuoteMarks, topLevelSingleQuotes} from "../lang/de/quoteMarks.js";
import {isSpace} from "../text/chars.js";

/** A quotation: `open` and `close` are the indices of its marks, so the content is text.slice(open + 1, close). */
export interface QuotePair {
  open: number;
  close: number;
}

/** Longest quotation accepted (characters); longer ones are treated as unbalanced marks. */
export const MAX_QUOTE_LENGTH = 8000;

const MARKS = new Set(Object.keys(quoteMarkPairs).concat(Object.values(quoteMarkPairs).flatMap((c) => [...c])));
const MARK_SCAN = new RegExp(`[${[...MARKS].join("").replace(/[\]\\^-]/g, "\\$&")}]`, "g");
const BEFORE_OPEN = /[\s([{\/–—-]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}\/–—-]/u;

/** Whether the mark at i may open a quotation: start or space-like before, a non-space after. */
function canOpen(text: string, i: number, from: number, to: number): boolean {
  const c = text[i];
  if (!(c in quoteMarkPairs) || (singleQuoteMarks.includes(c) && !(c in topLevelSingleQuotes)) || c === "”") return false;
  if (i + 1 >= to || /\s/u.test(text[i + 1])) return false;
  if (c === "„") return true;
  return i === from || BEFORE_OPEN.test(text[i - 1]) || MARKS.has(text[i - 1]);
}

/** Whether the mark at i may close a quotation: a non-space before, end or punctuation after. */
function canClose(text: string, i: number, from: number, to: number): boolean {
  const c = text[i];
  if (c === "„") return false;
  if (i === from || /\s/u.test(text[i - 1])) return false;
  return i + 1 >= to || AFTER_CLOSE.test(text[i + 1]) || MARKS.has(text[i + 1]);
}

/**
 * Finds the top-level quotations between `from` and `to`, in order. Quotations
 * may run over several sentences and lines; nested quotes (‚…‘, or „…“ inside
 * »…«) stay inside their outer quotation; a quotation that ends a sentence and
 * is followed by another after only spaces makes one quotation with it. An opening mark without a matching
 * close, or whose close comes after the next opening mark of the same kind on
 * another line, is left out (unbalanced input).
 *
 * Linear: one pass collects the marks; for each opening mark the next
 * matching close is found through per-character pointers that only move forward.
 */
export function findQuotePairs(text: string, from = 0, to = text.length, maxLength = MAX_QUOTE_LENGTH): QuotePair[] {
  const openers: number[] = [];
  const closersByChar = new Map<string, number[]>();
  const openersByChar = new Map<string, number[]>();
  MARK_SCAN.lastIndex = from;
  for (let m = MARK_SCAN.exec(text); m && m.index < to; m = MARK_SCAN.exec(text)) {
    const i = m.index;
    const c = text[i];
    if (canOpen(text, i, from, to)) {
      openers.push(i);
      push(openersByChar, c, i);
    }
    if (canClose(text, i, from, to)) push(closersByChar, c, i);
  }
  const closerPointer = new Map<string, number>();
  const openerPointer = new Map<string, number>();
  /** First position in list (from the char's pointer on) that is > after. */
  const next = (lists: Map<string, number[]>, pointers: Map<string, number>, c: string, after: number): number => {
    const list = lists.get(c);
    if (!list) return Infinity;
    let k = pointers.get(c) ?? 0;
    while (k < list.length && list[k] <= after) k++;
    pointers.set(c, k);
    return k < list.length ? list[k] : Infinity;
  };
  let newlinePointer = from;
  /** First newline after `after` (pointer only moves forward, since openers come in order). */
  const nextNewline = (after: number): number => {
    if (newlinePointer <= after) {
      const n = text.indexOf("\n", after + 1);
      newlinePointer = n < 0 || n >= to ? Infinity : n;
    }
    return newlinePointer;
  };
  const pairs: QuotePair[] = [];
  let resumeAt = from;
  for (const open of openers) {
    if (open < resumeAt) continue;
    const c = text[open];
    let close = Infinity;
    for (const closer of topLevelSingleQuotes[c] ?? quoteMarkPairs[c]) close = Math.min(close, next(closersByChar, closerPointer, closer, open));
    if (close === Infinity || close - open > maxLength) continue;
    if (c !== "\"") {
      const rival = next(openersByChar, openerPointer, c, open);
      if (rival < close && nextNewline(open) < rival) continue;
    }
    if (close - open < 2) continue;
    const prev = pairs[pairs.length - 1];
    if (prev && continuesQuotation(text, prev, open) && close - prev.open <= maxLength) prev.close = close;
    else pairs.push({open, close});
    resumeAt = close + 1;
  }
  return pairs;
}

/**
 * „…wäre.“ „Wäre der Haftbefehl …“: a quotation that ends a sentence and is
 * followed on the same line, after nothing but spaces, by another quotation is
 * carried on by it (the same speaker, no attribution between): one quotation.
 */
function continuesQuotation(text: string, prev: QuotePair, open: number): boolean {
  return /^[ \t\u00a0]+$/.test(text.slice(prev.close + 1, open)) && /[.!?…]/.test(text[prev.close - 1]);
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether `c` is a quotation mark of any kind. */
const isMark = (c: string | undefined) => c !== undefined && MARKS.has(c);

/**
 * A clause quote's span without the stray quotation marks at its edges: an opening mark that
 * nothing inside the span closes ("„Der Ausbau ist nötig, sagte sie" where the mark never closes),
 * or a closing mark that nothing inside the span opens. Marks paired inside the span stay.
 */
export function trimStrayMarks(text: string, start: number, end: number): {start: number; end: number} {
  const c = text[start];
  if (c !== undefined && c in quoteMarkPairs && start < end) {
    let closed = false;
    for (let i = start + 1; i < end && !closed; i++) closed = quoteMarkPairs[c].includes(text[i]);
    if (!closed) while (start < end && (isMark(text[start]) || text[start] === " ")) start++;
  }
  const e = text[end - 1];
  if (isMark(e) && end > start && !(e in quoteMarkPairs && quoteMarkPairs[e].includes(e))) {
    let opened = false;
    for (let i = start; i < end - 1 && !opened; i++) opened = text[i] in quoteMarkPairs && quoteMarkPairs[text[i]].includes(e);
    if (!opened) while (end > start && (isMark(text[end - 1]) || text[end - 1] === " ")) end--;
  }
  return {start, end};
}

/**
 * "…, die Wahl habe politische Gründe: „Man muss …“": a colon that opens a direct quotation ends a
 * reported clause; the quotation after it is the speaker's own words, a direct quote of its own.
 * `directOpens` are the offsets of the opening marks of the sentence's direct quotes (a title after a
 * colon that no direct rule took stays in the clause). Returns where the clause from `start` to
 * `end` ends (before the colon), or `end`.
 */
export function endBeforeQuotingColon(text: string, directOpens: readonly number[], start: number, end: number): number {
  for (const open of directOpens) {
    if (open <= start || open >= end) continue;
    let k = open - 1;
    while (k > start && isSpace(text.charCodeAt(k))) k--;
    if (text[k] !== ":") continue;
    while (k > start && isSpace(text.charCodeAt(k - 1))) k--;
    return k;
  }
  return end;
}
