/**
 * The subject of a verb-final "wie" clause ("Wie die Zeitschrift Der Freitag in
 * einer Vorabmeldung vom 3. Mai berichtet, …", "…, wie Ute Lenz,
 * Leiterin des Instituts für Meereskunde betont."): the Wikinews gold marks all of
 * it up to the verb, with its apposition, genitives, place, document and date;
 * an adverb in between ("heute", "am Montag", "gegenüber der Presse") keeps
 * the phrase as it is, and so does a pronoun.
 */
import {isAdjective} from "../../../quotes/phrase.js";
import type {SpeakerRefinement} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {wieClauseLinks} from "./words.js";

const LINKS = new Set(wieClauseLinks);
const PRONOUNS = /^(?:er|sie|es|man|wir|ich)$/;

/** Whether token k may stand inside the subject of a "wie" clause. */
export function subjectPart(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.quote >= 0) return false;
  if (/^[,()]$/.test(t.text) || /^\d+$/.test(t.text)) return true;
  if (t.text === ".") return /^\d+$/.test(tokens[k - 1]?.text ?? ""); // "22. August"
  if (!isWord(t)) return false;
  if (isCapitalised(t) || LINKS.has(t.lower)) return true;
  // an attributive adjective before its noun ("im französischen Toulouse"), not a verb in -te
  const next = tokens[k + 1];
  return isAdjective(t) && !!next && isWord(next) && (isCapitalised(next) || isAdjective(next));
}

export const wieClauseExtent: SpeakerRefinement = {
  id: "de.speaker.wie-clause-extent",
  refine({tokens, cue}, [first, last]) {
    if (last >= cue - 1 || first >= cue || PRONOUNS.test(tokens[first].lower)) return undefined;
    let opener = first - 1;
    if (tokens[opener]?.lower === "aus") opener--;
    if (tokens[opener]?.lower !== "wie" || (opener > 0 && tokens[opener - 1].text !== ",")) return undefined;
    const next = tokens[cue + 1];
    if (next && !/^[,.;:!?)–—-]$/.test(next.text)) return undefined; // the verb ends the clause
    for (let k = last + 1; k < cue; k++) if (!subjectPart(tokens, k)) return undefined;
    let end = cue - 1;
    while (end > last && tokens[end].text === ",") end--;
    return end > last ? [first, end] : undefined;
  }
};
