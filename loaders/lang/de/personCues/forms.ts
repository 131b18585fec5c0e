/**
 * Person cue rules read off the word's form and its neighbour: a genitive before or after a noun, an apostrophe genitive,
 * a regnal numeral, a surname's ending. Order: `personCueRules` in ../index.ts.
 */
import {nounEnding, placeOnlyPrepositions, romanceSurnameShape, strongNounEnding, surnameShape} from "../bare-name-words.js";
import type {PersonLexicon} from "../../../people/lexicon.js";
import type {Token} from "../../../people/tokens.js";
import {sourceNouns} from "../speechVerbs.js";
import {cueRule} from "../../../people/cue-rule.js";
import {commonHeadAfter, headNounAfter, openingGenitive, personGenitive, personHead, possessor, vowelStem} from "../../../people/genitives.js";
import {attributive, COORDINATORS} from "../../../people/name-shape.js";
import {finiteVerbAt} from "../../../people/verbs.js";

/** Nouns naming what someone said, after which a genitive is its source ("Angaben", "Ansicht", "Aussagen"). */
const SOURCE_NOUNS = new Set(sourceNouns);
/** A capitalised word of lower-case letters after the first ("Urban", "Pius"). */
const PLAIN_NAME = /^\p{Lu}\p{Ll}+$/u;
/** Roman numerals II to XIX that follow a ruler's or pope's name, with or without their full stop. */
const REGNAL = /^(?:X?(?:II|III|IV|V|VI|VII|VIII|IX)|X|XI)\.?$/u;

/** genitive+noun: a pre-nominal genitive ("Pemberleys Liebe", "aus Lennons Feder", "Chaucers erstes Gedicht"). */
export const genitiveNoun = cueRule("genitive+noun", ({tokens, i, prev, genitive, lex}) =>
  genitive && (!prev || (!COORDINATORS.has(prev.lower) && !lex.nounMarkers.has(prev.lower) && !(attributive(prev) && !finiteVerbAt(tokens, i - 1)))) &&
  (prev ? possessor(tokens[i], lex) : openingGenitive(tokens[i], lex)) && headNounAfter(tokens, i + 1) && (!vowelStem(tokens[i], lex) || commonHeadAfter(tokens, i + 1, lex)) &&
  !((NOMINATIVE_S.test(tokens[i].lower) || (!!prev?.cap && prev.word)) && surnameAfter(tokens, i + 1, lex)));

/** Surname endings in -is, -us, -os that noun endings share ("Voutsaridis", "Pelekaitis"): after a given name in -s no noun the dictionary lacks. */
const GREEK_LATIN_S = /(?:is|us|os)$/u;

/** A name's own -s ending, not a genitive's ("Dimos", "Vytas", "Jánis"). */
const NOMINATIVE_S = /[aeiouyáéíóú]s$/u;

/**
 * A plain capitalised word right after, which no dictionary or ending gives as a noun (an ending in -is, -us, -os is a surname's here), and no capitalised word after it: after a word in
 * {@link NOMINATIVE_S} a surname ("Dimos Kallidis": the word in -s is a given name), after a capitalised word the end of a longer name or title.
 * (After other words in -s it is a work's name: "Wagners Parsifal".)
 */
function surnameAfter(tokens: Token[], k: number, lex: PersonLexicon): boolean {
  const t = tokens[k];
  const after = tokens[k + 1];
  return !!t && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && t.start === tokens[k - 1].end + 1 && !lex.commonNoun(t.lower) && !strongNounEnding.test(t.lower) && (!nounEnding.test(t.lower) || GREEK_LATIN_S.test(t.lower)) && !(after?.word && after.cap);
}

/** name+apostrophe: a name in -s, -z, -x whose genitive is an apostrophe written right after it ("Wolfritz’ Gedichte", "Marx' Kapital"). */
export const nameApostrophe = cueRule("name+apostrophe", ({tokens, i, next, w}) =>
  !!next && (next.text === "’" || next.text === "'") && next.start === tokens[i].end && /[szxß]$/u.test(w.lower) && tokens[i].lower.length > 2 && !w.noun() && headNounAfter(tokens, i + 2));

/** source+genitive: a post-nominal genitive after a source noun ("nach Angaben Ruhnkes", "nach Ansicht Wolterings"). */
export const sourceGenitive = cueRule("source+genitive", ({tokens, i, prev, next, genitive, lex}) =>
  genitive && !!prev?.cap && SOURCE_NOUNS.has(prev.lower) && possessor(tokens[i], lex) && !(next?.cap && next.word));

/** noun+genitive: a post-nominal genitive after a noun a person has ("die Rückkehr Gramolls", "die Ex-Freundin Kettelhacks", "die Aussagen Kerbels"). */
export const nounGenitive = cueRule("noun+genitive", ({tokens, i, prev, next, genitive, lex}) =>
  genitive && !!prev?.cap && prev.word && personHead(prev.lower) && personGenitive(tokens[i], lex) && !(next?.cap && next.word));

/** name+numeral: a regnal name ("Coelestin V.", "Innozenz III."): a numeral with its full stop ("I." may be an initial). */
export const nameNumeral = cueRule("name+numeral", ({tokens, i, next, genitive, w}) =>
  !!next && REGNAL.test(next.text) && (next.text.endsWith(".") || tokens[i + 2]?.text === ".") && !genitive && PLAIN_NAME.test(tokens[i].text) && !w.noun());

/** Prepositions of places, after which an Italian or Spanish ending names a town as often ("nach Rimini", "in Pescheroni"). */
const TOWN_PREPOSITIONS = new Set([...placeOnlyPrepositions, "nach"]);

/**
 * surname-shape: a word with a surname's ending, not at a sentence's start; an Italian or Spanish ending only on a word no dictionary has
 * as a noun and not after a preposition of places.
 */
export const surnameShapeCue = cueRule("surname-shape", ({tokens, i, prev, w}) =>
  i > 0 && !(prev && !prev.word && /[.:!?]/.test(prev.text)) &&
  (surnameShape.test(tokens[i].lower) || (romanceSurnameShape.test(tokens[i].lower) && !w.noun() && !TOWN_PREPOSITIONS.has(prev?.lower ?? ""))));
