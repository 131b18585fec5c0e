/**
 * Speaker rules for appositions, which the Wikinews gold includes in the
 * speaker span: "Jana Roth, Sprecherin des Mieterbunds,
 * kommentierte" (name and role before the verb, split by commas) and "sagte
 * Oberst Piet Claassen, Leiter der Luftwaffenschule, …" (a role after the
 * name that follows the verb).
 */
import {isAdjective, phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {SpeakerRefinement, SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, type Token} from "../../../quotes/tokens.js";
import {roleHeads} from "../person-roles.js";
import {prepositions} from "../closed-class.js";
import {appositionRoleHeads, leadingParticles} from "./words.js";
import {articles, inflectedHeads, possessiveDeterminers} from "../inflection.js";

const PARTICLES = new Set(leadingParticles);
const PREPOSITIONS = new Set(prepositions);
const ROLE = inflectedHeads([...roleHeads, ...appositionRoleHeads]);
const ARTICLES = new Set([...articles, ...possessiveDeterminers]);

/** A noun phrase exactly covering tokens [from, to] (no clause, no verb). */
function exactPhrase(tokens: Token[], from: number, to: number): boolean {
  if (from > to) return false;
  const p = phraseAt(tokens, from, to + 1, false);
  return !!p && p[0] === from && p[1] === to;
}

/**
 * The start of the plain noun phrase in [from, to]: `from` itself, or after an
 * article the adjective that ends an extended attribute ("der für die Schulen
 * zuständige Minister": a prepositional phrase between article and adjective);
 * -1 when [from, to] is no noun phrase.
 */
function phraseCore(tokens: Token[], from: number, to: number): number {
  if (exactPhrase(tokens, from, to)) return from;
  if (!ARTICLES.has(tokens[from]?.lower ?? "") || !PREPOSITIONS.has(tokens[from + 1]?.lower ?? "")) return -1;
  for (let m = from + 3; m < to && m < from + 10; m++) {
    const t = tokens[m];
    if (t.quote >= 0 || /^[,;:()–—]$/.test(t.text)) return -1;
    if (isAdjective(t) && exactPhrase(tokens, m, to)) return m;
  }
  return -1;
}

/** Whether the phrase [from, to] names a role: its first noun ends with a role head ("Sprecher", "Chefjuristin"). */
function isRolePhrase(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k <= to && (ARTICLES.has(tokens[k].lower) || isAdjective(tokens[k]))) k++;
  return k <= to && isCapitalised(tokens[k]) && ROLE.test(tokens[k].lower.replace(/^.*-/, ""));
}

/**
 * "Jana Roth, Sprecherin des Mieterbunds Nord kommentierte",
 * "Der Justiziar des Senats, Piet Claassen verwies": two or three noun
 * phrases split by commas fill the sentence up to the verb, one of them a role.
 */
export const appositionBefore: SpeakerRule = {
  id: "de.speaker.apposition-before",
  find({tokens, cue, from}) {
    if (from === 0 || tokens[from - 1].text !== "," || tokens[from - 1].quote >= 0) return undefined;
    let end = cue - 1;
    if (tokens[end]?.text === ",") end--;
    // the phrases, from the verb backwards
    const parts: [number, number][] = [];
    const starts: number[] = [];
    let right = end;
    while (right >= 0 && parts.length < 3) {
      let left = right;
      while (left > 0 && tokens[left - 1].text !== "," && right - left < 15) left--;
      let start = left;
      if (left === 0) while (start < right && PARTICLES.has(tokens[start].lower)) start++;
      const core = phraseCore(tokens, start, right);
      if (core < 0 || tokens[start].quote >= 0) return undefined;
      parts.unshift([core, right]);
      starts.unshift(start);
      if (left === 0) break;
      right = left - 2;
    }
    if (parts.length < 2 || starts[0] > 1) return undefined;
    if (!parts.some(([a, b]) => isRolePhrase(tokens, a, b))) return undefined;
    return [starts[0], end];
  }
};

/**
 * "sagte Oberst Piet Claassen, Leiter der Luftwaffenschule, ohne …": a role
 * phrase between commas right after a speaker that follows its verb belongs to it.
 */
export const appositionAfter: SpeakerRefinement = {
  id: "de.speaker.apposition-after",
  refine({tokens, cue}, [first, last]) {
    if (first <= cue || tokens[last + 1]?.text !== ",") return undefined;
    const start = last + 2;
    let end = start;
    while (end < tokens.length && tokens[end].text !== "," && end - start < 15) end++;
    const core = tokens[end]?.text === "," ? phraseCore(tokens, start, end - 1) : -1;
    if (core < 0 || !isRolePhrase(tokens, core, end - 1)) return undefined;
    return [first, end - 1] as TokenRange;
  }
};

const CLAUSE_MARKS = /^[,:;–—]$/;

/**
 * "Patrick Kamanda von der Umweltbehörde (National Environment Management
 * Authority, NEMA) sagte", "Die IG Bauen-Agrar-Umwelt (kurz: „IG Bau“)
 * befürchtet": a comma or colon inside parentheses does not start the clause;
 * the speaker is the phrase before the parentheses, with them.
 */
export const parenthesisBefore: SpeakerRule = {
  id: "de.speaker.parenthesis-before",
  find({tokens, cue, from}) {
    if (tokens[cue - 1]?.text !== ")") return undefined;
    let open = cue - 2;
    while (open >= 0 && open > cue - 30 && tokens[open].text !== "(") open--;
    if (open < 1 || tokens[open].text !== "(" || open >= from) return undefined;
    let start = open - 1;
    while (start > 0 && !CLAUSE_MARKS.test(tokens[start - 1].text) && tokens[start - 1].quote < 0 && open - start < 20) start--;
    while (start < open && PARTICLES.has(tokens[start].lower)) start++;
    const phrase = phraseAt(tokens, start, open);
    return phrase && phrase[0] === start && phrase[1] === open - 1 ? [start, cue - 1] : undefined;
  }
};
