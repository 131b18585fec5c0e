/**
 * Quotation spans found by one linear scan over quote marks. Good enough to
 * tell whether a date was said by someone (and so is anchored to when it was
 * said) rather than written by the reporter.
 */
import type {Span} from "../text/sentences.js";

/** Opening mark → the marks that close it. */
const CLOSERS: Record<string, string> = {"„": "“”\"", "»": "«", "«": "»", "“": "”\"", "\"": "\"", "‚": "‘’'"};
/**
 * Longest quote taken; an unclosed mark is dropped after this many characters or at a blank line
 * (a straight quote already at the end of its line). Typographic quotes may run over several lines,
 * as posts quoted in full do.
 */
const MAX_QUOTE = 3000;

/** Spans of quoted text (without the marks), in text order. */
export function quoteSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let closers = "";
  const marks = /[„»«“"‚”‘’'\n]/g;
  marks.lastIndex = from;
  for (let found = marks.exec(text); found && found.index < to; found = marks.exec(text)) {
    const i = found.index;
    const c = text[i];
    if (c === "\n" && open < 0) continue;
    if (open >= 0) {
      if (closers.includes(c) && !(c === "\"" && /\p{L}/u.test(text[i + 1] ?? "") && /\s/.test(text[i - 1] ?? ""))) {
        if (i > open + 1) spans.push({start: open + 1, end: i});
        open = -1;
      } else if (i - open > MAX_QUOTE || (c === "\n" && text[i + 1] === "\n")) open = -1;
      else if (c === "\n" && text[open] === "\"") open = -1; // straight quotes do not run across lines
      continue;
    }
    const closing = CLOSERS[c];
    if (!closing) continue;
    if (c === "\"" && /[\p{L}\p{N}]/u.test(text[i - 1] ?? "")) continue; // a closing straight quote without opener
    if (c === "‚" && /\p{L}/u.test(text[i - 1] ?? "")) continue;
    open = i;
    closers = closing;
  }
  return spans;
}
