/**
 * Negation: the one list of words that deny what their clause says, and the one test of whether such a word
 * really denies it. Used by the quote veto de.quote.veto.negated-act (quoteRules/vetoes.ts) and by the event
 * mood (loaders/events/mood.ts). Not a denial: "nicht nur … (sondern auch)", "nicht zuletzt", "kein X,
 * sondern Y" for a cue after "sondern" (that part says what was) or when "sondern" only swaps the object
 * ("keinen Trostpreis vergeben, sondern den Hauptpreis"), and a vote "mit keiner Gegenstimme" or "ohne
 * Gegenstimme" ("ohne" is no negation word here). A cue before a "sondern" that brings its own verb stays
 * denied: "fasste keinen Beschluss, sondern vertagte sich".
 */
import {LETTER_START} from "../../quotes/tokens.js";

/** Words that deny the act of their clause: "bestätigte das nicht", "wollte sich nicht äußern", "hat nichts gesagt". */
export const negationWords: readonly string[] = ["nicht", "nichts", "nie", "niemals", "keine", "keinen", "keiner", "keinem", "keines", "kein"];

/** Words right after "nicht" that make it no denial: "nicht nur", "nicht zuletzt", "nicht allein". */
const NOT_DENYING_NEXT = new Set(["nur", "zuletzt", "allein", "bloß", "lediglich"]);
/** Nouns of a vote that "kein" counts rather than denies: "mit keiner Gegenstimme", "bei keiner Enthaltung". */
const VOTE_COUNTS = /^(?:gegenstimme|gegenstimmen|enthaltung|enthaltungen)$/;
/** How many words after "kein" a "sondern" may stand and still correct it ("kein Verbot, sondern eine Regel"). */
const SONDERN_REACH = 10;
/** Words right after "sondern" that start a bare noun phrase: the denied part's verb still holds ("sondern den Hauptpreis"). */
const OBJECT_SWAP = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "sein", "seine", "seinen", "ihr", "ihre", "ihren"]);
const NEGATIONS = new Set(negationWords);
const isWord = (w: string) => LETTER_START.test(w);

/**
 * How far the negation at word `i` of `words` (lower-case words and punctuation of a sentence, in order)
 * denies, independent of any cue: -1 when it denies nothing (no negation word, "nicht nur", "nicht
 * zuletzt", "mit keiner Gegenstimme", a "kein …, sondern" that swaps an object under the same verb),
 * the index of the "sondern" of a "kein …, sondern" (it denies a cue up to there, not one after it), or
 * Infinity (it denies its clause). Computed once per negation, so a sentence's cues each ask in constant time.
 */
export function denialReach(words: readonly string[], i: number): number {
  const w = words[i];
  if (!NEGATIONS.has(w)) return -1;
  let next = i + 1;
  while (next < words.length && !isWord(words[next])) next++;
  if (w === "nicht" && NOT_DENYING_NEXT.has(words[next])) return -1;
  if (w.startsWith("kein")) {
    if (VOTE_COUNTS.test(words[next] ?? "")) return -1;
    for (let j = i + 1, seen = 0; j < words.length && seen < SONDERN_REACH; j++) {
      if (words[j] === "." || words[j] === ";") break;
      if (!isWord(words[j])) continue;
      if (words[j] === "sondern") return OBJECT_SWAP.has(words[j + 1] ?? "") ? -1 : j;
      seen++;
    }
  }
  return Infinity;
}

/**
 * Whether the word at `i` of `words` (lower-case words and punctuation of a sentence, in order) is a negation
 * that denies its clause: a negation word, not in "nicht nur", "nicht zuletzt" or "mit keiner Gegenstimme",
 * and not a "kein …, sondern" that corrects rather than denies the cue at word index `cue` (the cue stands
 * after "sondern", or "sondern" is followed by an article: an object swapped under the same verb). Without
 * `cue`, every "kein …, sondern" counts as a correction.
 */
export function deniesAt(words: readonly string[], i: number, cue?: number): boolean {
  const reach = denialReach(words, i);
  return cue === undefined ? reach === Infinity : cue <= reach;
}
