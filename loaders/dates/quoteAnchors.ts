/**
 * The utterance date of each quote (loaders/dates/find.ts): a day-level date in its attribution, outside the quote, anchors
 * the relative dates inside it.
 */
import type {Span} from "../text/sentences.js";
import type {Candidate, DateMatch} from "./find.js";
import {quoteSpans} from "./quotes.js";
import {type Ymd, parseYmd} from "./timex.js";

/** A quote's span and the day its attribution names (or none), with a note of how. */
export interface QuoteAnchor extends Span {
  day?: Ymd;
  how: string;
}

/**
 * Utterance date of each quote: a day-level date in its attribution context
 * (the rest of the sentence where the quote opens or closes, outside the quote).
 */
export function quoteAnchors(text: string, sentences: readonly Span[], candidates: readonly Candidate[], resolved: DateMatch[]): QuoteAnchor[] {
  if (!sentences.length) return [];
  const quotes = quoteSpans(text, sentences[0].start, sentences[sentences.length - 1].end);
  const days = resolved.filter((r) => /^\d{4}-\d{2}-\d{2}/.test(r.value)).map((r) => ({start: r.start, end: r.end, day: parseYmd(r.value)!, surface: r.surface}));
  const anchors: QuoteAnchor[] = [];
  let si = 0;
  let di = 0;
  for (const q of quotes) {
    while (si < sentences.length - 1 && sentences[si].end <= q.start) si++;
    let sj = si;
    while (sj < sentences.length - 1 && sentences[sj].end < q.end) sj++;
    let from = Math.min(sentences[si].start, q.start);
    // "Trump schrieb am Mittwoch:\n»…«": the attribution is the sentence before, ending in a colon
    if (si > 0 && /:\s*$/.test(text.slice(Math.max(sentences[si - 1].start, q.start - 400), q.start - 1))) from = sentences[si - 1].start;
    const to = Math.max(sentences[sj].end, q.end);
    while (di < days.length && days[di].end <= from) di++;
    let found: (typeof days)[number] | undefined;
    for (let k = di; k < days.length && days[k].start < to; k++) {
      const d = days[k];
      if (d.start >= q.start - 1 && d.end <= q.end + 1) continue;
      found = d;
      break;
    }
    anchors.push({start: q.start, end: q.end, day: found?.day, how: found ? `"${found.surface}" in the attribution` : "no date in the attribution"});
  }
  void candidates;
  return anchors;
}
