import {articles} from "../lang/de/inflection.js";
import {ORGANISATION_PREFIX, roleCopulas} from "../lang/de/person-roles.js";
import type {PersonLexicon} from "./lexicon.js";
import {affiliationOf, affiliationOfName, roleNoun} from "./roles.js";
import type {Token} from "./tokens.js";

const ARTICLES = new Set(articles);
/** Words between the verb and the name: articles, lower-case adjectives and role nouns, at most this many. */
const MAX_BETWEEN = 4;
/** Copulas: "Für die X ist NAME …" mostly judges ("ist NAME der falsche Kandidat"); only a role noun before the name gives the side. */
const COPULAS = new Set(roleCopulas);

/**
 * The side a sentence that opens with "Für" and an organisation gives the person it names after its verb: "Für die KPA
 * verhandelt Fraktionschefin NAME", "Für die KPA ist die stellvertretende Vorsitzende NAME Chefverhandlerin" → KPA. The
 * organisation is an acronym, a name of data/organisations.yaml or a country or body the affiliation lexicon knows
 * ("Für die USA sprach …"); a common noun is none ("Für die Gewerkschaft …"). Only articles, lower-case adjectives and
 * role nouns stand between the verb and the name ("Für die KPA war das Urteil von Richter NAME …" gives nothing).
 * Returns the affiliation and the words it was read from, or null.
 */
export function frontedSide(tokens: Token[], first: number, lex: PersonLexicon): {affiliation: string; cue: string} | null {
  let k = first - 1;
  while (k >= 0 && first - k <= MAX_BETWEEN && tokens[k].word && (ARTICLES.has(tokens[k].lower) || (!tokens[k].cap && k > 3) || roleNoun(tokens[k]))) k--;
  // k is the finite verb, at the fourth place: "Für" article organisation verb
  const [fur, article, organisation, verb] = tokens;
  if (k !== 3 || tokens[k] !== verb || !verb.word || verb.cap) return null;
  if (COPULAS.has(verb.lower) && !tokens.slice(4, first).some((t) => roleNoun(t)?.role)) return null;
  if (fur?.lower !== "für" || !article || !ARTICLES.has(article.lower) || !organisation?.word || !organisation.cap) return null;
  const known = affiliationOf(organisation.text) || affiliationOfName(organisation.text);
  const affiliation = known || (ORGANISATION_PREFIX.test(organisation.text) || lex.organisations.has(organisation.lower) ? organisation.text : "");
  return affiliation ? {affiliation, cue: `${fur.text} ${article.text} ${organisation.text}`} : null;
}
