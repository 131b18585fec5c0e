import {negationWords} from "../lang/de/negation.js";
import {BELONGING_VERB, belongingPrepositions, groupPronouns, memberCopulas, MEMBERSHIP_NOUN, NEGOTIATING_GROUPS, SITTING_VERB, TALKS_TABLE} from "../lang/de/negotiator-words.js";
import {CLAUSE_END_MARKS} from "../quotes/tokens.js";
import type {FoundMention} from "./mentions.js";
import type {Token} from "./tokens.js";

const BELONGING_PREPOSITIONS = new Set(belongingPrepositions);
const GROUP_PRONOUNS = new Set(groupPronouns);
const COPULAS = new Set(memberCopulas);
const NEGATIONS = new Set(negationWords);

const isGroup = (t: Token | undefined) => !!t?.word && NEGOTIATING_GROUPS.test(t.lower);

/** Whether the sentence names a negotiating group ("Die Delegation wird von … geleitet"), for a pronoun that stands for it. */
function namesGroup(tokens: readonly Token[] | undefined): boolean {
  return !!tokens?.some((t) => isGroup(t));
}

/**
 * Whether tokens[from, to) say that their subject belongs to a negotiating group or sits at the table of talks, not denied:
 * - a verb of belonging with the group ("gehört der Delegation an", "angehört", "zählt zur Verhandlungsgruppe"), or with a
 *   dative pronoun for a group the sentence before names (`previous`: "Die Delegation … . Ihr gehört auch NAME an");
 * - a copula with a noun of membership before the group in the genitive or in one compound ("ist Mitglied der Delegation",
 *   "war Delegationsmitglied");
 * - a form of "sitzen" with the table of talks ("sitzt mit am Verhandlungstisch").
 */
export function clauseIsMembership(tokens: readonly Token[], from: number, to: number, previous?: readonly Token[]): boolean {
  let belonging = -1;
  let copula = false;
  let sitting = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (NEGATIONS.has(t.lower) && tokens[k + 1]?.lower !== "nur") return false;
    if (!t.cap && BELONGING_VERB.test(t.lower)) belonging = k;
    else if (COPULAS.has(t.lower)) copula = true;
    else if (!t.cap && SITTING_VERB.test(t.lower)) sitting = true;
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.word) continue;
    if (sitting && TALKS_TABLE.test(t.lower)) return true;
    if (copula && t.cap && MEMBERSHIP_NOUN.test(t.lower) && (isGroup(t) || (/^(?:der|des)$/u.test(tokens[k + 1]?.lower ?? "") && (isGroup(tokens[k + 2]) || isGroup(tokens[k + 3]))))) return true;
    if (belonging < 0) continue;
    if (BELONGING_PREPOSITIONS.has(t.lower)) {
      if (isGroup(tokens[k + 1]) || isGroup(tokens[k + 2]) || isGroup(tokens[k + 3])) return true;
    } else if (isGroup(t) && !BELONGING_PREPOSITIONS.has(tokens[k - 1]?.lower ?? "") && separableAn(tokens, belonging, to)) return true;
    else if (GROUP_PRONOUNS.has(t.lower) && separableAn(tokens, belonging, to) && namesGroup(previous)) return true;
  }
  return false;
}

/** Whether the verb of belonging at tokens[verb] is "angehören" (one word) or has its particle "an" later in its clause. */
function separableAn(tokens: readonly Token[], verb: number, to: number): boolean {
  if (tokens[verb].lower.includes("angehör")) return true;
  for (let k = verb + 1; k < to; k++) if (tokens[k].lower === "an") return true;
  return false;
}

/** Per sentence: where each token's clause starts and the next clause mark, and the verdict per clause (by its start), kept once. */
interface Clauses {
  starts: Int32Array;
  marks: Int32Array;
  previous: readonly Token[] | undefined;
  verdicts: Map<number, boolean>;
}
const clauseCache = new WeakMap<readonly Token[], Clauses>();

/** The clauses of a sentence's tokens, computed in one pass each way (so a sentence of many names costs linear time). */
function clausesOf(tokens: readonly Token[], previous: readonly Token[] | undefined): Clauses {
  const kept = clauseCache.get(tokens);
  if (kept && kept.previous === previous) return kept;
  const n = tokens.length;
  const starts = new Int32Array(n + 1);
  const marks = new Int32Array(n + 2);
  for (let k = 1; k <= n; k++) starts[k] = CLAUSE_END_MARKS.has(tokens[k - 1].text) ? k : starts[k - 1];
  marks[n] = marks[n + 1] = n;
  for (let k = n - 1; k >= 0; k--) marks[k] = CLAUSE_END_MARKS.has(tokens[k].text) ? k : marks[k + 1];
  const clauses = {starts, marks, previous, verdicts: new Map<number, boolean>()};
  clauseCache.set(tokens, clauses);
  return clauses;
}

/**
 * negotiator:member: the mention's clause says it belongs to a delegation or negotiating team or sits at the table of talks
 * ("Der Delegation gehört auch NAME an", "NAME ist Mitglied des Verhandlungsteams", "NAME sitzt mit am Verhandlungstisch");
 * not a name after "von" ("ein Berater von NAME"). The clause (from after the last clause mark before the mention to the
 * next one after it) is judged once for all the names in it.
 */
export function memberOfTalks(tokens: readonly Token[], m: FoundMention, previous?: readonly Token[]): boolean {
  if (tokens[m.first - 1]?.lower === "von") return false;
  const clauses = clausesOf(tokens, previous);
  const from = clauses.starts[m.first];
  let verdict = clauses.verdicts.get(from);
  if (verdict === undefined) clauses.verdicts.set(from, (verdict = clauseIsMembership(tokens, from, clauses.marks[m.last + 1], previous)));
  return verdict;
}
