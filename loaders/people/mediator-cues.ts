import type {FoundMention} from "./mentions.js";
import type {Token} from "./tokens.js";
import {CLAUSE_END_MARKS} from "../quotes/tokens.js";
import {relativeClauseAfter} from "./relative-clause.js";
import {affiliationOf, affiliationOfName} from "./roles.js";
import {placeNames} from "../lang/de/place-names.js";
import {prepositions} from "../lang/de/closed-class.js";
import {BROKER_HEAD, MEDIATOR_HEAD} from "../lang/de/negotiator-words.js";
import {definiteArticles} from "../lang/de/inflection.js";
import {
  betweenVerbs, betweenWord, chairAgentWord, chairedTalksNouns, chairingVerbs, clauseOpeners, conveyedObjectArticles, STATE_OFFICE, chairParticiples, MEDIATOR_ROLE_NOUN,
  mediatingAuxiliaries, mediatingNonFinite, mediatorCopulas, mediatorPredicateVerbs, MEDIATED_TALKS_NOUN, MEDIATING_VERB, INDIRECT_TALKS, CONFLICT_HEADS,
  mediatorConjunctions, predicateStoppers
} from "../lang/de/mediator-cues.js";

const PREDICATE_VERBS = new Set(mediatorPredicateVerbs);
/** Copulas of the predicate verbs: with them a mediator noun names the role ("gilt als Vermittler"); the others need a role noun ("spielt die Vermittlerrolle"). */
const COPULAS = new Set(mediatorCopulas);
const BETWEEN = new Map(betweenVerbs.map((v) => [v.word, v.between]));
const NON_FINITE = new Set(mediatingNonFinite);
const CONJUNCTIONS = new Set(mediatorConjunctions);
const AUXILIARIES = new Set(mediatingAuxiliaries);
const CHAIR_PARTICIPLES = new Set(chairParticiples);
const CHAIRED = new Set(chairedTalksNouns);
const LEAD_FORMS = new Set(chairingVerbs);
/** Lower-case words that may stand between a copula and the mediator noun: "als", articles; prepositions stop ("ist mit dem Vermittler …"). */
const PREPOSITIONS = new Set(predicateStoppers);
/** Articles of an object: "vermittelt den Eindruck", "hat den Kontakt vermittelt" conveys or arranges something, it does not mediate. */
const OBJECT_ARTICLES = new Set(conveyedObjectArticles);
/** Definite articles ("der", "den", "des", …). */
const DEFINITE = new Set(definiteArticles);
/** Prepositions: a noun right after one is no object of the verb ("vermittelt seit Monaten"). */
const PHRASE_OPENERS = new Set(prepositions);

/** A mediator cue: a rule object with an id that judges one mention by the words around it. */
export interface MediatorCue {
  id: string;
  applies: (tokens: readonly Token[], m: FoundMention, mediated: boolean) => boolean;
}

/** The index of the finite verb of the mention's clause: right after it, or after a relative clause about it ("NAME, der … ist, gilt als …"); -1 when none. */
function verbAfter(tokens: readonly Token[], m: FoundMention): number {
  const clause = relativeClauseAfter(tokens as Token[], m.last);
  const v = clause && tokens[clause[1]]?.text === "," ? clause[1] + 1 : m.last + 1;
  return tokens[v]?.word && !tokens[v].cap ? v : -1;
}

/** The end (exclusive) of the clause from tokens[from], at most `max` tokens on. */
function clauseEnd(tokens: readonly Token[], from: number, max: number): number {
  let k = from;
  while (k < tokens.length && k < from + max && !CLAUSE_END_MARKS.has(tokens[k].text)) k++;
  return k;
}

const isMediatorNoun = (lower: string) => !BROKER_HEAD.test(lower) && MEDIATOR_HEAD.test(lower);

/** "NAME gilt als (geduldiger) Vermittler", "ist Vermittlerin", "spielt eine Vermittlerrolle". */
function predicate(tokens: readonly Token[], m: FoundMention): boolean {
  const v = verbAfter(tokens, m);
  if (v < 0 || !PREDICATE_VERBS.has(tokens[v].lower)) return false;
  const end = clauseEnd(tokens, v + 1, 10);
  // "spielt seit Jahren eine Vermittlerrolle": a mediator's role named as such, anywhere in the clause
  for (let k = v + 1; k < end; k++) if (MEDIATOR_ROLE_NOUN.test(tokens[k].lower)) return true;
  if (!COPULAS.has(tokens[v].lower)) return false;
  // "gilt als geduldiger Vermittler": after a copula, the mediator noun over "als", articles and adjectives only
  for (let k = v + 1; k < end; k++) {
    const t = tokens[k];
    if (!t.word || PREPOSITIONS.has(t.lower)) return false;
    if (t.cap) return isMediatorNoun(t.lower);
  }
  return false;
}

/** "NAME vermittelt zwischen …", "pendelte fast täglich zwischen den Delegationen", "NAME will im Konflikt vermitteln". */
function between(tokens: readonly Token[], m: FoundMention): boolean {
  const v = verbAfter(tokens, m);
  if (v < 0) return false;
  const lower = tokens[v].lower;
  const needs = BETWEEN.get(lower);
  const auxiliary = AUXILIARIES.has(lower);
  if (needs === undefined && !auxiliary) return false;
  const end = clauseEnd(tokens, v + 1, 14);
  let zwischen = false;
  let conflict = false;
  let nonFinite = false;
  for (let k = v + 1; k < end; k++) {
    const w = tokens[k].lower;
    // an object before the sides or the conflict: "vermittelte den Eindruck", "vermittelt Wohnungen im Streit um Mieten"
    if (!zwischen && !conflict && (OBJECT_ARTICLES.has(w) || (tokens[k].cap && k === v + 1))) return false;
    if (w === betweenWord) zwischen = true;
    if (CONFLICT_HEADS.test(w)) conflict = true;
    if (!tokens[k].cap && NON_FINITE.has(w)) nonFinite = true;
  }
  if (auxiliary) return nonFinite && (zwischen || conflict);
  // "vermittelt den Eindruck" conveys: mediating only between sides or in a conflict
  return zwischen || (!needs && conflict);
}

/** The token before the mention past its role words, articles and lower-case adjectives ("von [dem ägyptischen Geheimdienstchef] NAME"). */
function wordBefore(tokens: readonly Token[], m: FoundMention): number {
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= 5 && tokens[k].word && tokens[k].lower !== chairAgentWord && (tokens[k].cap || DEFINITE.has(tokens[k].lower) || /(?:e|en|er)$/u.test(tokens[k].lower))) k--;
  return k;
}

/**
 * "Geleitet werden die Gespräche von NAME", "Die Verhandlungen werden von NAME geleitet", "NAME leitet die Gespräche": talks as a
 * whole (no delegation) chaired by the name, in an article about mediated talks (`mediated`).
 */
function chairs(tokens: readonly Token[], m: FoundMention, mediated: boolean): boolean {
  if (!mediated) return false;
  const k = wordBefore(tokens, m);
  if (k >= 0 && tokens[k].lower === chairAgentWord) {
    let participle = false;
    let talks = false;
    // the clause before "von" …
    for (let j = k - 1; j >= 0 && k - j <= 8 && !CLAUSE_END_MARKS.has(tokens[j].text); j--) {
      if (tokens[j].lower.includes("delegation")) return false;
      if (CHAIR_PARTICIPLES.has(tokens[j].lower)) participle = true;
      if (CHAIRED.has(tokens[j].lower)) talks = true;
    }
    // … or the participle after the name ("… von NAME geleitet")
    for (let j = m.last + 1; !participle && j < tokens.length && j <= m.last + 4 && !CLAUSE_END_MARKS.has(tokens[j].text); j++) participle = CHAIR_PARTICIPLES.has(tokens[j].lower);
    return participle && talks;
  }
  // "NAME leitet die Gespräche"
  const v = m.last + 1;
  if (!LEAD_FORMS.has(tokens[v]?.lower ?? "")) return false;
  const end = clauseEnd(tokens, v + 1, 6);
  for (let j = v + 1; j < end; j++) {
    if (tokens[j].lower.includes("delegation")) return false;
    if (CHAIRED.has(tokens[j].lower) && /^(?:die|den)$/u.test(tokens[j - 1]?.lower ?? "")) return true;
  }
  return false;
}

/** The mediator cues, in the order they are tried: the first that applies names the mention's rule. */
export const MEDIATOR_CUES: readonly MediatorCue[] = [
  {id: "mediator:predicate", applies: (tokens, m) => predicate(tokens, m)},
  {id: "mediator:between", applies: (tokens, m) => between(tokens, m)},
  {id: "mediator:chairs", applies: chairs}
];

/**
 * Whether an article's sentences speak of mediated talks: a noun of mediation ("Vermittler", "Schlichtung", MEDIATED_TALKS_NOUN), indirect
 * talks ("indirekte Gespräche"), or the verb "vermitteln" with the sides or a conflict in its clause (mediatingVerbAt).
 */
export function mediatedTalks(tokensBySpan: readonly (readonly Token[] | undefined)[]): boolean {
  return tokensBySpan.some((tokens) => !!tokens && tokens.some((t, k) => t.word && (
    (t.cap && MEDIATED_TALKS_NOUN.test(t.lower)) ||
    (INDIRECT_TALKS.test(t.lower) && CONFLICT_HEADS.test(tokens[k + 1]?.lower ?? "")) ||
    (!t.cap && mediatingVerbAt(tokens, k)))));
}

/**
 * Whether tokens[k] is the verb "vermitteln" that mediates: "zwischen" or a word of a conflict or talks (CONFLICT_HEADS) in its clause,
 * or no object after it ("vermittelt seit Monaten"; not "vermittelt jedes Jahr Tausende Pflegekräfte").
 */
function mediatingVerbAt(tokens: readonly Token[], k: number): boolean {
  if (!MEDIATING_VERB.test(tokens[k].lower)) return false;
  let from = k;
  while (from > 0 && k - from < 20 && !CLAUSE_END_MARKS.has(tokens[from - 1].text)) from--;
  const end = clauseEnd(tokens, k, 20);
  for (let j = from; j < end; j++) if (tokens[j].lower === betweenWord || CONFLICT_HEADS.test(tokens[j].lower)) return true;
  // "Norwegen vermittelt seit Monaten", "dass Norwegen nur vermittelt": no object after the verb (a noun only after a preposition)
  for (let j = k + 1; j < end; j++) if (OBJECT_ARTICLES.has(tokens[j].lower) || (tokens[j].cap && !PHRASE_OPENERS.has(tokens[j - 1].lower))) return false;
  return true;
}

/**
 * Mediators among the mentions of one sentence by what the text says of them (MEDIATOR_CUES), with the cue's id; a mention coordinated
 * right after a chairing one shares it ("von NAME und dem ägyptischen Geheimdienstchef NAME").
 */
export function mediatorCues(tokens: readonly Token[], mentions: readonly FoundMention[], mediated: boolean): Map<FoundMention, string> {
  const out = new Map<FoundMention, string>();
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  for (const m of sorted) {
    const cue = MEDIATOR_CUES.find((c) => c.applies(tokens, m, mediated));
    if (cue) out.set(m, cue.id);
  }
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [a, b] = [sorted[k], sorted[k + 1]];
    if (out.get(a) === "mediator:chairs" && !out.has(b) && joined(tokens, a.last + 1, b.first)) out.set(b, "mediator:chairs");
  }
  return out;
}

/** Whether tokens[from, to) join two names: a conjunction ("und"/"sowie", mediatorConjunctions) with only articles, adjectives and role words around it. */
function joined(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  let conjunction = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (CONJUNCTIONS.has(t.lower)) conjunction = true;
    else if (!t.word || !(t.cap || DEFINITE.has(t.lower) || /(?:e|en|er)$/u.test(t.lower))) return false;
  }
  return conjunction;
}

const OPENERS = new Set(clauseOpeners);

/** The country or group a capitalised word names (its affiliation name): an affiliation cue ("Katars", "Hamas") or a listed place, in the genitive too ("Norwegens" → Norwegen). */
function countryOf(t: Token): string {
  if (!t.cap || !t.word) return "";
  // a country's name as it stands mediates too ("Katar und Ägypten haben … vermittelt")
  const cue = affiliationOf(t.text) || affiliationOfName(t.text);
  if (cue) return cue;
  if (placeNames.has(t.lower)) return t.text;
  return t.lower.endsWith("s") && placeNames.has(t.lower.slice(0, -1)) ? t.text.slice(0, -1) : "";
}

/** The countries or groups (their affiliation names) a sentence says mediate: "unter Vermittlung Katars und Ägyptens", "Katar und Ägypten haben … vermittelt", "dass Katar nur vermittelt". */
function mediatingIn(tokens: readonly Token[], out: Set<string>): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word || !MEDIATING_VERB.test(t.lower)) continue;
    if (t.cap) {
      // "Vermittlung Katars und Ägyptens": genitives right after the noun, coordinated
      for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
        const a = tokens[j].lower.endsWith("s") ? countryOf(tokens[j]) : "";
        if (a) out.add(a);
        else if (!CONJUNCTIONS.has(tokens[j].lower) && !DEFINITE.has(tokens[j].lower)) break;
      }
      continue;
    }
    // the verb, where it mediates (the sides or a conflict in its clause): the countries that open its clause ("Katar und Ägypten haben …")
    if (!mediatingVerbAt(tokens, k)) continue;
    let from = k;
    while (from > 0 && k - from < 20 && !CLAUSE_END_MARKS.has(tokens[from - 1].text)) from--;
    if (OPENERS.has(tokens[from]?.lower ?? "")) from++;
    for (let j = from; j < k; j++) {
      const w = tokens[j];
      const a = countryOf(w);
      if (a) out.add(a);
      else if (!CONJUNCTIONS.has(w.lower) && !DEFINITE.has(w.lower)) break;
    }
  }
}

/**
 * The countries and groups an article says mediate (by affiliation name, mediatingIn), for "mediator:country": a mention of one of them
 * that holds a state office (STATE_OFFICE: "Emir von Katar", "der katarische Ministerpräsident") represents it and mediates.
 */
export function mediatingSides(tokensBySpan: readonly (readonly Token[] | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const tokens of tokensBySpan) if (tokens) mediatingIn(tokens, out);
  return out;
}

/**
 * Whether a mention represents a mediating country: a role of it is a state office, and its affiliation (from the words around it, a
 * word of that role: "Emir von Katar", or the register's) is one of `sides`.
 */
export function representsMediator(m: FoundMention, sides: ReadonlySet<string>, registerAffiliation: string): boolean {
  const words = m.roles.flatMap((r) => r.split(/\s+/));
  if (!words.some((w) => /^\p{Lu}/u.test(w) && STATE_OFFICE.test(w.toLowerCase()))) return false;
  return sides.has(m.affiliation) || sides.has(registerAffiliation) || words.some((w, k) => sides.has(affiliationOf(w, words[k - 1]?.toLowerCase())));
}
