import type {FoundQuote} from "./context.js";

/** A character range [start, end) inside a quote span that is not part of the quote. */
export interface Gap {
  start: number;
  end: number;
}

/** Characters that may stand between an attribution phrase and the words around it. */
const EDGE = /^[\s,;–—-]*$/;

/**
 * The attribution phrase inside an indirect quote ("Der Konzern prüft nach
 * Angaben des Betriebsrats die Schließung …", "Der Fehler liege eher, so die
 * Ministerin laut ZDF, darin, dass …", "… waren Berichten zufolge bis London zu
 * spüren"): the cue and the speaker are not the quote's words, so the quote
 * runs around them, as the Wikinews corpus annotates it (a quote span in two
 * pieces). Returns the gap, or null when the attribution is not inside the
 * span. A gap that opens after a comma ("…, so der Minister laut BBC News, …")
 * runs to the next comma: the whole inserted attribution.
 */
export function attributionGap(text: string, q: Pick<FoundQuote, "type" | "start" | "end" | "speakerStart" | "speakerEnd" | "cueStart" | "cueEnd">): Gap | null {
  if (q.type !== "indirect" || q.cueStart === null || q.cueEnd === null) return null;
  let start = q.cueStart;
  let end = q.cueEnd;
  if (q.speakerStart !== null && q.speakerEnd !== null) {
    // the speaker must stand right by the cue ("nach Angaben X", "X zufolge"), not elsewhere in the sentence
    const between = q.speakerStart >= end ? text.slice(end, q.speakerStart) : q.speakerEnd <= start ? text.slice(q.speakerEnd, start) : "";
    if (!/^\s*$/.test(between)) return null;
    start = Math.min(start, q.speakerStart);
    end = Math.max(end, q.speakerEnd);
  }
  if (start <= q.start || end >= q.end) return null;
  const before = text.slice(q.start, start);
  if (/,\s*$/.test(before)) {
    const comma = text.indexOf(",", end);
    if (comma >= 0 && comma < q.end && !/[.;:!?„“"»«]/.test(text.slice(end, comma))) end = comma;
  }
  // nothing of the quote on one side: no gap (the span itself is off), leave it to the rule
  if (EDGE.test(before) || EDGE.test(text.slice(end, q.end))) return null;
  return {start, end};
}

/** The pieces of a quote span without its gaps, in order. */
export function quotePieces(q: {start: number; end: number; gaps?: readonly Gap[]}): Gap[] {
  const pieces: Gap[] = [];
  let from = q.start;
  for (const g of q.gaps ?? []) {
    if (g.start > from) pieces.push({start: from, end: g.start});
    from = Math.max(from, g.end);
  }
  if (from < q.end) pieces.push({start: from, end: q.end});
  return pieces;
}
