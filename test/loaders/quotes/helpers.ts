import {findQuotes} from "../../../loaders/quotes/extract.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** Quotes found in a text, as the strings a test compares: quote text, type, speaker text, cue, rule. */
export function quotesIn(text: string) {
  return findQuotes(text, splitSentences(text)).map((q) => ({
    text: text.slice(q.start, q.end),
    type: q.type,
    speaker: q.speakerStart === null ? "" : text.slice(q.speakerStart, q.speakerEnd!),
    cue: q.cue,
    rule: q.rule
  }));
}
