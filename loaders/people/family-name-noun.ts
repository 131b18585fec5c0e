import {copulaForms} from "../lang/de/bare-name-words.js";
import {tradeSurnames} from "../lang/de/trade-surnames.js";
import type {PersonLexicon} from "./lexicon.js";
import type {Token} from "./tokens.js";

const COPULA = new Set(copulaForms);
const TRADES = new Set(tradeSurnames);
const TAG = "+family-name-noun";
/** Articles that may open a subject in the nominative ("Die Firma liefert …"); "den", "dem", "des" open an object. */
const NOMINATIVE_ARTICLES = new Set(["der", "die", "das", "ein", "eine"]);
/** Cues that read the word after a finite verb or auxiliary as the subject. */
const AFTER_VERB = /^(?:verb\+subject-|aux\+subject$)/u;

/**
 * Rule family-name-noun: a noun for a person by trade that is also a German family name ("Fischer", "Koch",
 * "Schuster"; plain data in loaders/lang/de/trade-surnames.ts) counts as no noun for the bare cues
 * (loaders/people/bare-cues.ts), which otherwise let no dictionary noun through as a name: "1998 wechselte Fischer
 * zu …", "Kochs Firma …", "Danach hat Schneider … übernommen"; a singular count noun for a person in these places
 * would need an article. Never a mass, abstract, time or material noun ("Seit Wochen herrscht Winter", "Danach hat
 * Kraft …"), which stands bare. A plural ("Am Morgen protestierten Fischer …") takes none of the cues, which
 * read a singular verb only. Not as a bare subject after a conjunction
 * ("wenn Stahl nur …", "dass Schüler in …"), not as the subject of a copula ("Kraft ist nötig"), and not after a
 * verb whose subject already opens the sentence ("Die Firma liefert Stahl …", "Der Sieg gab Kraft …"), where a
 * plural, mass or abstract noun stands without an article. The family names are the list's alone (a package's
 * last-name list lacks some of them, "Jäger", "Glaser"); the rule never makes such a word a name on its own.
 */
export const familyNameNoun = {
  id: "family-name-noun",
  /** Whether the lower-cased word is a noun for a person by trade that is a family name as well (the noun tests ask only about dictionary nouns). */
  applies(lower: string, lex: PersonLexicon): boolean {
    return TRADES.has(lower);
  },
  /** Whether a word-order cue may take the family name at tokens[i] although it is a noun (see the rule's description). */
  opens(cue: string, tokens: Token[], i: number, lex: PersonLexicon): boolean {
    if (cue === "bare-subject") return false;
    if (cue === "subject+aux") return !COPULA.has(tokens[i + 1]?.lower ?? "");
    if (AFTER_VERB.test(cue)) return !subjectOpens(tokens, tokens[i - 1]?.lower === "sich" ? i - 2 : i - 1, lex);
    return true;
  },
  /** The rule id of a mention there only because this rule lifted a noun's veto: the cue's id and this rule's ("verb+subject-weak+family-name-noun"). */
  tag(cue: string): string {
    return `${cue}${TAG}`;
  },
  /** The cue's id of a rule id, without this rule's tag: the rules that read cue ids read it. */
  cueOf(rule: string): string {
    return rule.endsWith(TAG) ? rule.slice(0, -TAG.length) : rule;
  }
} as const;

/**
 * Whether the sentence opens with a noun phrase that may be the subject right before the verb at tokens[verb]:
 * a nominative article, maybe lower-case attributes, a noun of the dictionary ("Die Firma liefert", "Das kurze Gastspiel gab").
 */
function subjectOpens(tokens: Token[], verb: number, lex: PersonLexicon): boolean {
  const noun = tokens[verb - 1];
  if (!noun?.cap || !noun.word || !lex.commonNoun(noun.lower)) return false;
  let k = verb - 2;
  while (k >= 0 && tokens[k].word && !tokens[k].cap && !NOMINATIVE_ARTICLES.has(tokens[k].lower)) k--;
  const article = tokens[k];
  if (!article || !NOMINATIVE_ARTICLES.has(article.lower)) return false;
  const before = tokens[k - 1];
  return !before || (!before.word && /^[.!?:;"„“«»]$/u.test(before.text));
}
