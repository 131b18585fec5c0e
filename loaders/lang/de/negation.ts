/**
 * Negation: the one list of words that deny what their clause says, and the one test of whether such a word
 * really denies it. Used by the quote veto de.quote.veto.negated-act (quoteRules/vetoes.ts) and by the event
 * mood (loaders/events/mood.ts). Not a denial: "nicht nur … (sondern auch)", "nicht zuletzt", "kein X,
 * sondern Y" (the clause after "sondern" says what was), and a vote "mit keiner Gegenstimme" or "ohne
 * Gegenstimme" ("ohne" is no negation word here).
 */

/** Words that deny the act of their clause: "bestätigte das nicht", "wollte sich nicht äußern", "hat nichts gesagt". */
export const negationWords: readonly string[] = ["nicht", "nichts", "nie", "niemals", "keine", "keinen", "keiner", "keinem", "keines", "kein"];

/** Words right after "nicht" that make it no denial: "nicht nur", "nicht zuletzt", "nicht allein". */
const NOT_DENYING_NEXT = new Set(["nur", "zuletzt", "allein", "bloß", "lediglich"]);
/** Nouns of a vote that "kein" counts rather than denies: "mit keiner Gegenstimme", "bei keiner Enthaltung". */
const VOTE_COUNTS = /^(?:gegenstimme|gegenstimmen|enthaltung|enthaltungen)$/;
/** How many words after "kein" a "sondern" may stand and still correct it ("kein Verbot, sondern eine Regel"). */
const SONDERN_REACH = 10;
const NEGATIONS = new Set(negationWords);
const isWord = (w: string) => /^\p{L}/u.test(w);

/**
 * Whether the word at `i` of `words` (lower-case words and punctuation of a sentence, in order) is a negation
 * that denies its clause: a negation word, not in "nicht nur", "nicht zuletzt", "kein …, sondern" or
 * "mit keiner Gegenstimme".
 */
export function deniesAt(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (!NEGATIONS.has(w)) return false;
  let next = i + 1;
  while (next < words.length && !isWord(words[next])) next++;
  if (w === "nicht" && NOT_DENYING_NEXT.has(words[next])) return false;
  if (w.startsWith("kein")) {
    if (VOTE_COUNTS.test(words[next] ?? "")) return false;
    for (let j = i + 1, seen = 0; j < words.length && seen < SONDERN_REACH; j++) {
      if (words[j] === "." || words[j] === ";") break;
      if (!isWord(words[j])) continue;
      if (words[j] === "sondern") return false;
      seen++;
    }
  }
  return true;
}
