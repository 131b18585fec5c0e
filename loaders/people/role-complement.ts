import {attributiveEnding, articles, genitivePossessives} from "../lang/de/inflection.js";
import {roleComplementPrepositions} from "../lang/de/person-roles.js";
import type {Token} from "./tokens.js";

/**
 * Words that open a genitive noun phrase after a role noun: "der", "des", "eines", "einer" and the possessives in -es/-er
 * ("ihres", "seiner", "unseres").
 */
const GENITIVE_DETERMINERS = new Set(["der", "des", "eines", "einer", ...genitivePossessives]);
const ARTICLES = new Set(articles);
const PREPOSITIONS = new Map(roleComplementPrepositions.map((p) => [p.word, p]));
/** Endings of a capitalised adjective inside a noun phrase: place adjectives in -er and the case endings -en, -es, -em. */
const CAPITALISED_ADJECTIVE = /(?:er|en|es|em)$/u;
/** At most this many genitive noun phrases in a row ("Sprecherin des Forums der Familien der Opfer"). */
const MAX_PHRASES = 3;

/**
 * The noun of a noun phrase that starts at tokens[j] after its determiner: up to three attributive adjectives, lower-case
 * ("nationale", "katarischen") or capitalised before a capitalised noun ("Kairoer Einigung", "Vereinten Nationen"), then a
 * capitalised noun that is no given name. Returns its index, or -1.
 */
function nounAfter(tokens: Token[], j: number, givenNames: ReadonlySet<string>): number {
  let k = j;
  for (let n = 0; n < 3; n++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t?.word || !attributiveEnding.test(t.lower) || ARTICLES.has(t.lower)) break;
    // a capitalised adjective in a case ending before a capitalised noun ("Kairoer Einigung", "Vereinten Nationen"), no compound
    if (t.cap && (!(next?.word && next.cap) || !CAPITALISED_ADJECTIVE.test(t.lower) || t.lower.includes("-"))) break;
    if (!t.cap && t.lower.length < 4) break;
    k++;
  }
  const head = tokens[k];
  if (!head?.word || !head.cap || givenNames.has(head.lower)) return -1;
  // an adjective read above must not be a given name either ("der Anna Berg")
  for (let a = j; a < k; a++) if (tokens[a].cap && givenNames.has(tokens[a].lower)) return -1;
  return k;
}

/**
 * Where the complement of the role noun at tokens[k] may end, shortest first: after each noun phrase of a chain of genitives
 * ("Architekt der Kairoer Einigung", "Leiter ihres Politbüros", "Sprecherin des Forums der Geiselfamilien") or of a phrase with
 * "von"/"für" ("Minister für nationale Sicherheit"), and, only where the apposition ends after it (a comma, bracket, full stop
 * or the end), after a place phrase ("im Ausland", "in Kairo"; prepositions in `roleComplementPrepositions`). Empty when no
 * complement follows.
 */
export function roleComplementEnds(tokens: Token[], k: number, givenNames: ReadonlySet<string>): number[] {
  const ends: number[] = [];
  let j = k + 1;
  for (let n = 0; n < MAX_PHRASES; n++) {
    const t = tokens[j];
    if (!t?.word) break;
    let head = -1;
    if (GENITIVE_DETERMINERS.has(t.lower)) head = nounAfter(tokens, j + 1, givenNames);
    else if (n === 0 && (t.lower === "von" || t.lower === "für")) head = nounAfter(tokens, ARTICLES.has(tokens[j + 1]?.lower) ? j + 2 : j + 1, givenNames);
    if (head < 0) break;
    ends.push(head);
    j = head + 1;
  }
  const last = ends.length ? ends[ends.length - 1] : -1;
  const preposition = last >= 0 ? PREPOSITIONS.get(tokens[last + 1]?.lower ?? "") : undefined;
  if (preposition) {
    const from = last + 2 + (preposition.article && ARTICLES.has(tokens[last + 2]?.lower) ? 1 : 0);
    const head = nounAfter(tokens, from, givenNames);
    const after = tokens[head + 1];
    if (head >= 0 && (!after || !after.word)) ends.push(head);
  }
  return ends;
}
