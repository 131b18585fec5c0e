/**
 * A source phrase ("nach Angaben der Polizei", "Experten zufolge", "laut X")
 * inside a relative or subordinate clause (", das russischen Propagandisten
 * zufolge anderthalb Stunden dauerte", ", weil er sich nach Auffassung des
 * Gerichts schuldig gemacht hat") vouches for that clause only, not for the
 * main clause around it (in a relative clause only right after the pronoun): the reported clause runs from the relative pronoun or
 * conjunction to the clause's end (with an infinitive clause that completes it).
 */
import {CLAUSE_END, clauseStart} from "../../../quotes/context.js";
import type {Token} from "../../../quotes/tokens.js";
import {finiteAuxiliaries, relativeClausePrepositions, relativePronouns, sourceClauseOpeners} from "./words.js";

const OPENERS = new Set(sourceClauseOpeners);
const RELATIVE = new Set(relativePronouns);
const AUXILIARIES = new Set(finiteAuxiliaries);
const PREPOSITION = new Set(relativeClausePrepositions);

/**
 * The token range [from, to) of the relative or subordinate clause that holds
 * the source phrase [phraseStart, phraseEnd], or null when the phrase stands in
 * the main clause (or the subordinate clause opens the sentence).
 */
export function sourceClause(tokens: Token[], phraseStart: number, phraseEnd: number): [number, number] | null {
  const from = clauseStart(tokens, phraseStart);
  // the postposition's phrase may take the relative pronoun in ("das russischen Propagandisten zufolge")
  if (from === 0 || from > phraseStart || tokens[from - 1].text !== ",") return null;
  const first = tokens[from].lower;
  const pronoun = RELATIVE.has(first) ? from : PREPOSITION.has(first) && RELATIVE.has(tokens[from + 1]?.lower ?? "") ? from + 1 : -1;
  // a relative clause only when the source follows its pronoun (", das Beobachtern zufolge …"); deeper in
  // (", den sie laut Trump … erzielen könnten") it vouches for the sentence
  if (pronoun >= 0 ? phraseStart > pronoun + 1 : !OPENERS.has(first)) return null;
  let to = clauseStop(tokens, phraseEnd + 1);
  // ", da der Händler versuchen könnte, die Ware zu verstecken": an infinitive clause completes the verb
  if (tokens[to]?.text === ",") {
    const next = clauseStop(tokens, to + 1);
    let last = next - 1;
    while (last > to && /^[.!?]$/.test(tokens[last].text)) last--;
    // not a main clause that goes on after the relative clause (", sind … nicht zu überprüfen")
    const finite = AUXILIARIES.has(tokens[to + 1]?.lower ?? "");
    if (!finite && last - to > 2 && (tokens[last - 1].lower === "zu" || /^\p{Ll}+zu\p{Ll}+en$/u.test(tokens[last].lower))) to = next;
  }
  return to - from >= 3 ? [from, to] : null;
}

/** Index of the first comma, colon, semicolon or dash outside quotations from token i on (or the token count). */
function clauseStop(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && !(CLAUSE_END.has(tokens[j].text) && tokens[j].quote < 0)) j++;
  return j;
}
