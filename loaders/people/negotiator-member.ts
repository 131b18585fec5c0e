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

/** The clause around the mention: from after the last clause mark before it to the next one after it. */
function clauseOf(tokens: readonly Token[], m: FoundMention): [number, number] {
  let from = m.first;
  while (from > 0 && !CLAUSE_END_MARKS.has(tokens[from - 1].text)) from--;
  let to = m.last + 1;
  while (to < tokens.length && !CLAUSE_END_MARKS.has(tokens[to].text)) to++;
  return [from, to];
}

/**
 * negotiator:member: the mention's clause says it belongs to a delegation or negotiating team or sits at the table of talks
 * ("Der Delegation gehört auch NAME an", "NAME ist Mitglied des Verhandlungsteams", "NAME sitzt mit am Verhandlungstisch");
 * not a name after "von" ("ein Berater von NAME").
 */
export function memberOfTalks(tokens: readonly Token[], m: FoundMention, previous?: readonly Token[]): boolean {
  if (tokens[m.first - 1]?.lower === "von") return false;
  const [from, to] = clauseOf(tokens, m);
  return clauseIsMembership(tokens, from, to, previous);
}
