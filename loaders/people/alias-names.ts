import {nonNameWords} from "./closed-class.js";
import type {PersonLexicon} from "./lexicon.js";
import {isGiven, isSurnameCandidate} from "./name-shape.js";
import {roleNoun} from "./roles.js";
import type {Token} from "./tokens.js";

/** Nouns of another name a person writes or goes under, and "alias": the capitalised words after them are that name. */
const ALIAS_NOUNS = new Set(["pseudonym", "pseudonymen", "künstlername", "künstlernamen", "deckname", "decknamen", "alias"]);
const QUOTE = /^["„“«»‚‘']$/u;
/** A plain capitalised word, maybe with one hyphenated part ("Remi", "Saint-Clair"). */
const PLAIN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Index of the last word when tokens[i] opens a person's other name: after a noun of a pen or stage name or "alias",
 * maybe in quotation marks ("unter dem Pseudonym Tarik Wendholm", "Künstlername „Kalliope“"), one to three plain
 * capitalised words, the second and third no noun of the dictionary; or one word after a name and a comma with "genannt" before it or "auch … genannt" around it
 * ("Helga Marlow, genannt Hella, …", "seine Tochter Gerwina, auch Gerlind genannt, …") that no list gives as a noun,
 * place or firm; the name before the comma has a given name, is a known surname or follows a role or kin noun.
 * Else -1.
 */
export function aliasNameAt(tokens: Token[], i: number, lex: PersonLexicon): number {
  const prev = tokens[i - 1];
  if (!prev) return -1;
  const quoted = QUOTE.test(prev.text);
  const cue = quoted ? tokens[i - 2] : prev;
  const aliasCue = !!cue && ALIAS_NOUNS.has(cue.lower);
  // cheap exits first: every reading needs an alias noun, "genannt" or "auch" before the word
  if ((!aliasCue && prev.lower !== "genannt" && prev.lower !== "auch") || !plainName(tokens[i], lex)) return -1;
  if (aliasCue) {
    let last = i;
    while (last - i < 2 && tokens[last + 1] && tokens[last + 1].start === tokens[last].end + 1 && plainName(tokens[last + 1], lex) && !lex.commonNoun(tokens[last + 1].lower)) last++;
    // a noun after the name is the verb's object ("unter dem Pseudonym Tarik Wendholm Romane")
    const after = tokens[last + 1];
    return !quoted || (after && QUOTE.test(after.text)) ? last : -1;
  }
  if (lex.commonNoun(tokens[i].lower) || lex.placesAndOrganisations.has(tokens[i].lower)) return -1;
  const afterName = (k: number) => tokens[k]?.text === "," && personBefore(tokens, k - 1, lex);
  const end = tokens[i + 1];
  const closes = !end || (!end.word && !/^\d/u.test(end.text));
  // "…, genannt Hella, …"
  if (prev.lower === "genannt" && afterName(i - 2) && closes) return i;
  // "…, auch Gerlind genannt, …"
  if (prev.lower === "auch" && afterName(i - 2) && end?.lower === "genannt" && (!tokens[i + 2] || !tokens[i + 2].word)) return i;
  return -1;
}

function plainName(t: Token | undefined, lex: PersonLexicon): boolean {
  return !!t && PLAIN.test(t.text) && isSurnameCandidate(t, lex) && !nonNameWords.has(t.lower);
}

/** Whether tokens[k] ends a person's name: a given name in it or before it, a known surname, or a role or kin noun before it ("Tochter Gerwina"). */
function personBefore(tokens: Token[], k: number, lex: PersonLexicon): boolean {
  const t = tokens[k];
  if (!t?.cap || !t.word) return false;
  const prev = tokens[k - 1];
  return isGiven(t, lex) || lex.knownSurnames.has(t.lower) || (!!prev && (isGiven(prev, lex) || !!roleNoun(prev)));
}
