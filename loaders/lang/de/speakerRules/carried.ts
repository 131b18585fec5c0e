/**
 * The attribution a Konjunktiv continuation carries: its own sentence's, when
 * a direct quotation there used up the speech verb, before the one carried
 * from earlier sentences.
 */
import type {Attribution, SentenceContext} from "../../../quotes/context.js";

const CARRIED = "de.quote.direct.carried";

/**
 * The attribution a Konjunktiv continuation takes: that of a direct quotation
 * the sentence itself attributes ("Ida Berg sagte, die Regel „erst prüfen,
 * dann zahlen“ gelte auch im Ausland", "Die „…“ hätten „…“, so Berg."),
 * whose speech verb the quotation used up, before the one carried from earlier
 * sentences.
 */
export function sentenceAttribution(s: SentenceContext): Omit<Attribution, "sentence"> | null {
  for (const q of s.found) {
    if (q.type !== "direct" || q.rule === CARRIED || q.cueStart === null || q.cueStart < s.start || q.cueStart >= s.end) continue;
    return {speakerStart: q.speakerStart, speakerEnd: q.speakerEnd, cue: q.cue, cueStart: q.cueStart, cueEnd: q.cueEnd};
  }
  return s.last;
}
