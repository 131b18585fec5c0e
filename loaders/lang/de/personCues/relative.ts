/**
 * Person cue rule name+relative-der: a lone capitalised word before ", der" and a relative clause
 * ("… traf sie Oberwinkl, der am Montag …", "Ewerstein, der am 15. Mai …"). Order: `personCueRules` in ../index.ts.
 */
import {adjectiveShape, placeNameShape, placeOnlyPrepositions, predicativeShape, sentenceAdverbShape} from "../bare-name-words.js";
import {attributiveEnding} from "../inflection.js";
import {cueRule} from "../../../people/cue-rule.js";
import type {PersonLexicon} from "../../../people/lexicon.js";
import type {Token} from "../../../people/tokens.js";
import {clauseFinalVerbAt} from "../../../people/verbs.js";

const PLACE_ONLY = new Set(placeOnlyPrepositions);
/** An inflected present or past participle as an attribute without a determiner ("agierender", "geläuterten", "vernetzten"): a noun follows. */
const PARTICIPLE_ATTRIBUTE = /(?:end|iert|ert|elt)(?:e|en|er|es|em)$/u;
/** A plain capitalised word of four or more letters: no compound with a hyphen, no inner capital, no abbreviation. */
const PLAIN_WORD = /^\p{Lu}\p{Ll}{3,}$/u;

/**
 * name+relative-der: the masculine relative pronoun "der" refers to a male person more often than to a thing by a name: the things a bare name
 * stands for — firms, towns, countries — take "die" or "das", and masculine nouns the dictionary knows are no names here. The clause after
 * "der" opens on a lower-case word or a number ("der zuletzt …", "der am …"), not on a noun, where "der …" is an apposition or the next item of a list.
 * Not after "in"/"aus" (a place), an attribute or a capitalised word, nor a word of a noun's, adjective's or place's shape.
 */
export const nameRelativeDer = cueRule("name+relative-der", ({tokens, i, prev, next, genitive, w, lex}) => {
  if (next?.text !== "," || tokens[i + 2]?.lower !== "der" || genitive || !PLAIN_WORD.test(tokens[i].text)) return false;
  const after = tokens[i + 3];
  if (!after || (after.word && after.cap) || (!after.word && !/^\d/u.test(after.text))) return false;
  // not after "in"/"aus" (a place), an attribute ("ein gefeierter Theaterstar, der …") or a capitalised word, whose name it may end ("Wolko Hoffmann, der …")
  if (prev && (PLACE_ONLY.has(prev.lower) || (prev.word && (prev.cap || attributeAt(tokens, i - 1, lex) || PARTICIPLE_ATTRIBUTE.test(prev.lower))))) return false;
  return !w.nounLike() && !w.eNoun() && !adjectiveShape.test(w.lower) && !predicativeShape.test(w.lower) && !sentenceAdverbShape.test(w.lower) && !placeNameShape.test(w.lower);
});

/** Whether tokens[k] is an inflected attribute after a determiner or another attribute ("ein gefeierter", "dem neuen"), not a preposition in -er ("hinter"). */
function attributeAt(tokens: Token[], k: number, lex: PersonLexicon): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  return !t.cap && attributiveEnding.test(t.lower) && !!before?.word && !before.cap && (lex.nounMarkers.has(before.lower) || attributiveEnding.test(before.lower));
}

/** Relative pronouns after which a bare word opens the clause's middle field (", die Brannow verbreitete", ", den Brannow traf"). */
const RELATIVE_PRONOUNS = new Set(["der", "die", "das", "dem", "den", "denen"]);
/** Marks that end a relative clause. */
const CLAUSE_END = /^[,.;:!?)"„“«»]$/u;
/** Longest relative clause read, in tokens after the word. */
const MAX_CLAUSE = 12;

/**
 * relative+subject: a bare capitalised word right after a relative pronoun that follows a comma, maybe with a preposition
 * (", die Brannow verbreitete", ", unter dem Brannow sein Comeback erlebte"): the pronoun is no article there, since the
 * clause ends on its finite verb before the next punctuation and the word takes no article, so it is a name, the
 * clause's subject or object. A lower-case word follows; the word is no noun of the dictionary (word order alone), nor of
 * a noun's, adjective's, adverb's or place's shape.
 */
export const relativeSubject = cueRule("relative+subject", ({tokens, i, prev, next, w}) => {
  if (!prev || !next?.word || next.cap || !PLAIN_WORD.test(tokens[i].text) || !afterRelativePronoun(tokens, i) || !clauseEndsOnVerb(tokens, i + 1)) return false;
  return !w.nounLike() && !w.eNoun() && !w.genitiveNoun() && !adjectiveShape.test(w.lower) && !predicativeShape.test(w.lower) && !sentenceAdverbShape.test(w.lower) && !placeNameShape.test(w.lower);
});

/** Prepositions that open a relative clause before the pronoun (", unter dem …", ", mit der …"). */
const RELATIVE_PREPOSITIONS = new Set(["unter", "mit", "von", "bei", "für", "gegen", "an", "auf", "über", "nach", "zu", "durch", "um", "vor", "neben", "hinter", "gegenüber"]);

/**
 * Whether tokens[i] follows a relative pronoun after a comma, maybe with a preposition between (", die …", ", unter dem …"): a cheap
 * test that loaders/people/mention-at.ts asks before it reads a word after an article-like pronoun as a name.
 */
export function afterRelativePronoun(tokens: Token[], i: number): boolean {
  if (!RELATIVE_PRONOUNS.has(tokens[i - 1]?.text ?? "")) return false;
  const before = tokens[i - 2];
  return before?.text === "," || (!!before?.word && !before.cap && tokens[i - 3]?.text === "," && RELATIVE_PREPOSITIONS.has(before.lower));
}

/** Whether the clause from tokens[k] ends, within {@link MAX_CLAUSE} tokens, on a finite verb right before punctuation or the text's end. */
function clauseEndsOnVerb(tokens: Token[], k: number): boolean {
  let n = k;
  while (n < k + MAX_CLAUSE && tokens[n] && !CLAUSE_END.test(tokens[n].text)) n++;
  if (n >= k + MAX_CLAUSE || n === k) return false;
  return clauseFinalVerbAt(tokens, n - 1);
}
