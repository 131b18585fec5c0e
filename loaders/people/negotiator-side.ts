import type {FoundMention} from "./mentions.js";
import type {PersonLexicon} from "./lexicon.js";
import type {Token} from "./tokens.js";
import {CLAUSE_END_MARKS} from "../quotes/tokens.js";
import {affiliationOf, affiliationOfName} from "./roles.js";
import {givenNameGender} from "../quotes/gender.js";
import {definiteArticles} from "../lang/de/inflection.js";
import {delegationLeadingVerbs, delegationUnder, headingRules, SIDE_GROUP, TALKS_FOR, sideNouns, sidePrepositions} from "../lang/de/negotiator-sides.js";

const FOR = new Set(sidePrepositions);
const SIDE_NOUNS = new Set(sideNouns);
const HEADING = new Set(headingRules);
const ARTICLES = new Set(definiteArticles);

/** The side a negotiator stands for, the words it was read from, and the role the clause gives ("Leiter der israelischen Delegation"). */
export interface NegotiatorSide {
  rule: string;
  side: string;
  cue: string;
  /** A role the clause gives when the name heads the delegation, "" otherwise. */
  role: string;
}

/** How far the clause around a name is read each way: a long clause without punctuation costs no more per name. */
const CLAUSE_REACH = 20;

/** The first and last token (inclusive) of the clause around tokens[i], at most CLAUSE_REACH tokens each way. */
function clauseAround(tokens: readonly Token[], i: number): [number, number] {
  let from = i;
  while (from > 0 && i - from < CLAUSE_REACH && !CLAUSE_END_MARKS.has(tokens[from - 1].text)) from--;
  let to = i;
  while (to + 1 < tokens.length && to - i < CLAUSE_REACH && !CLAUSE_END_MARKS.has(tokens[to + 1].text)) to++;
  return [from, to];
}

/** The side a capitalised word names: a country or group by an affiliation cue ("Israels", "Hamas"), or a listed place or organisation as written. */
function sideOf(t: Token | undefined, lex: PersonLexicon): string {
  if (!t?.cap || !t.word) return "";
  return affiliationOf(t.text) || affiliationOfName(t.text) || (lex.placesAndOrganisations.has(t.lower) || lex.organisations.has(t.lower) ? t.text : "");
}

/** "Für die Hamas verhandelt NAME", "NAME verhandelt für Israel": "für", maybe an article, and a side in the name's clause with a word of talks (TALKS_FOR), or fronted before the name ("Für die Hamas bestätigte NAME"). */
function forSide(tokens: readonly Token[], m: FoundMention, lex: PersonLexicon): NegotiatorSide | null {
  const [from, to] = clauseAround(tokens, m.first);
  let talks = false;
  for (let k = from; k <= to && !talks; k++) talks = (k < m.first || k > m.last) && TALKS_FOR.test(tokens[k].lower);
  for (let k = from; k <= to; k++) {
    if (!FOR.has(tokens[k].lower) || (k >= m.first && k <= m.last)) continue;
    // without a word of talks, only a "für" that opens the clause before the name speaks for a side ("Für die Hamas bestätigte NAME")
    if (!talks && !(k === from && k < m.first)) continue;
    const w = ARTICLES.has(tokens[k + 1]?.lower ?? "") ? tokens[k + 2] : tokens[k + 1];
    const side = sideOf(w, lex);
    if (side) return {rule: "side:for", side, cue: `${tokens[k].text} ${w!.text}`, role: ""};
  }
  return null;
}

/** "Auf israelischer Seite saß NAME": an adjective of a country before "Seite" in the name's clause. */
function sideNoun(tokens: readonly Token[], m: FoundMention): NegotiatorSide | null {
  const [from, to] = clauseAround(tokens, m.first);
  for (let k = from + 1; k <= to; k++) {
    if (!SIDE_NOUNS.has(tokens[k].lower)) continue;
    const side = affiliationOf(tokens[k - 1].text);
    if (side) return {rule: "side:seite", side, cue: `${tokens[k - 1].text} ${tokens[k].text}`, role: ""};
  }
  return null;
}

/**
 * "Die israelische Delegation wird von NAME geleitet", "Israels Delegation leitet NAME", "die Delegation Israels": a delegation of a
 * side in the name's clause (an adjective or genitive of a country or group before it, a genitive after it); where the name heads it
 * (`heads`), the role "Leiter der israelischen Delegation" / "Leiter der Delegation Israels".
 */
function delegationSide(tokens: readonly Token[], m: FoundMention, heads: boolean): NegotiatorSide | null {
  const [from, to] = clauseAround(tokens, m.first);
  const leader = m.given.length && givenNameGender(m.given[0]) === "f" ? "Leiterin" : "Leiter";
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (!t.cap || !SIDE_GROUP.test(t.lower) || (k >= m.first && k <= m.last)) continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (!delegationLinked(tokens, m, k)) continue;
    const adjective = before && !before.cap ? affiliationOf(before.text) : "";
    if (adjective) {
      const stem = before!.lower.replace(/(?:e|en|er|es|em)$/u, "");
      return {rule: "side:delegation", side: adjective, cue: `${before!.text} ${t.text}`, role: heads ? `${leader} der ${stem}en ${t.text.replace(/en$/u, "")}` : ""};
    }
    const genitive = before?.cap ? affiliationOf(before.text) : "";
    if (genitive && before!.lower.endsWith("s")) return {rule: "side:delegation", side: genitive, cue: `${before!.text} ${t.text}`, role: heads ? `${leader} der ${t.text} ${before!.text}` : ""};
    const following = after?.cap && after.lower.endsWith("s") ? affiliationOf(after.text) : "";
    if (following) return {rule: "side:delegation", side: following, cue: `${t.text} ${after!.text}`, role: heads ? `${leader} der ${t.text} ${after!.text}` : ""};
  }
  return null;
}

/**
 * Whether the delegation noun at tokens[d] is the name's own: the words between them (the delegation's adjective, genitive, article
 * skipped) hold no capitalised noun other than the name's role words or "Leitung" (an object: "leitete den Empfang der … Delegation",
 * "traf am Montag die … Delegation") and no preposition but "unter" / "von" (a partner: "Gespräche mit der … Delegation").
 */
function delegationLinked(tokens: readonly Token[], m: FoundMention, d: number): boolean {
  const roleWords = new Set(m.roles.flatMap((r) => r.toLowerCase().split(/[\s-]+/u)));
  const [lo, hi] = d < m.first ? [d + 2, m.first - 1] : [m.last + 1, d - 2];
  for (let k = lo; k <= hi; k++) {
    const t = tokens[k];
    if (!t.word) return false;
    if (t.cap && t.lower !== DELEGATION_LEAD && !roleWords.has(t.lower) && !affiliationOf(t.text, tokens[k - 1]?.lower)) return false;
    if (!t.cap && NOT_ADVERBS.has(t.lower) && !LINKING.has(t.lower)) return false;
  }
  return true;
}

/** The noun of leading allowed between a delegation and its head ("unter Leitung von NAME"), and the prepositions that link them. */
const DELEGATION_LEAD = "leitung";
const LINKING = new Set([delegationUnder, "von"]);

/**
 * Whether the mention heads a delegation named right before it with "unter" ("die israelische Delegation unter [Leitung von] NAME"):
 * a negotiator rule of its own, "negotiator:delegation-under" (negotiator.ts reads "unter Leitung von" but not a bare "unter").
 */
export function delegationUnderAt(tokens: readonly Token[], m: FoundMention): boolean {
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= 3 && tokens[k].word && tokens[k].cap && !SIDE_GROUP.test(tokens[k].lower)) k--;
  return tokens[k]?.lower === delegationUnder && SIDE_GROUP.test(tokens[k - 1]?.lower ?? "");
}

/** Finite verbs of leading (lower case) with which a delegation named in the same clause is the name's: "Israels Delegation leitet erneut NAME". */
const LEADS = new Set(delegationLeadingVerbs);

/**
 * Whether the mention's clause has a side's delegation (see delegationSide) and a finite verb of leading, the name not before "unter"
 * or after "von" of another phrase: "Israels Delegation leitet erneut NAME", "NAME leitete die israelische Delegation" (the negotiator
 * rule "negotiator:delegation-led", where negotiator.ts reads no adverb between verb and name).
 */
export function delegationLedAt(tokens: readonly Token[], m: FoundMention): boolean {
  // the name is the verb's subject: right before it, or after it over adverbs and role words only ("leitet erneut [Vizeminister] NAME")
  let leads = LEADS.has(tokens[m.last + 1]?.lower ?? "");
  for (let k = m.first - 1; !leads && k >= 0 && m.first - k <= 4 && tokens[k].word; k--) {
    if (!tokens[k].cap && LEADS.has(tokens[k].lower)) leads = true;
    else if (!tokens[k].cap && (ARTICLES.has(tokens[k].lower) || NOT_ADVERBS.has(tokens[k].lower))) break;
  }
  return leads && delegationSide(tokens, m, false) !== null;
}

/** Lower-case words that end the stretch between a verb of leading and its inverted subject: prepositions ("führt Gespräche mit NAME"). */
const NOT_ADVERBS = new Set(["mit", "von", "vom", "gegen", "gegenüber", "für", "bei", "zu", "zum", "zur", "an", "am", "im", "auf", "über", "unter", "und"]);

/**
 * The side of a negotiator (`rule`, its negotiator rule) that its clause names, or null: "Für die Hamas verhandelt NAME" (side:for),
 * "Auf israelischer Seite …" (side:seite), "Die israelische Delegation wird von NAME geleitet" (side:delegation, with a leader's role
 * where the rule makes the name head the delegation), "Hamas-Unterhändler NAME" (side:prefix).
 */
export function negotiatorSide(tokens: readonly Token[], m: FoundMention, rule: string, lex: PersonLexicon): NegotiatorSide | null {
  return prefixSide(m, lex) ?? delegationSide(tokens, m, HEADING.has(rule)) ?? forSide(tokens, m, lex) ?? sideNoun(tokens, m);
}

/** "Hamas-Unterhändler NAME": a role compound whose first part is a listed organisation or place names the side (side:prefix). */
function prefixSide(m: FoundMention, lex: PersonLexicon): NegotiatorSide | null {
  for (const role of m.roles) {
    const dash = role.indexOf("-");
    const prefix = dash > 0 && !role.slice(0, dash).includes(" ") ? role.slice(0, dash) : "";
    if (prefix && (lex.placesAndOrganisations.has(prefix.toLowerCase()) || lex.organisations.has(prefix.toLowerCase()))) return {rule: "side:prefix", side: prefix, cue: `${prefix}-`, role: ""};
  }
  return null;
}
