import {adjectiveWordShape, nominalisedAdjectiveEnding, nounEnding, strongNounEnding} from "../lang/de/bare-name-words.js";
import {isDictionaryPluralVerb} from "../lang/de/finite-verb-dict.js";
import {familyNameNoun} from "./family-name-noun.js";
import type {PersonLexicon} from "./lexicon.js";
import {doubleBarrelledName} from "./name-shape.js";

/**
 * Noun tests of one capitalised word, each made once and only when a cue asks
 * (methods, not closures made per word: the cues run for every lone capitalised word).
 */
export class NounTests {
  private dictNoun: boolean | undefined;
  private nounEnding: boolean | undefined;

  /** familyNouns: whether the family names of rule family-name-noun count as no nouns (bare-cues.ts asks once with and once without them). */
  constructor(readonly lower: string, private readonly genitive: boolean, private readonly atStart: boolean, private readonly familyNouns: boolean, private readonly lex: PersonLexicon) {}

  /** Whether the noun dictionary knows the word (also as the head of a compound) and it is no family name (rule family-name-noun). */
  noun(): boolean {
    return (this.dictNoun ??= this.lex.commonNoun(this.lower) && !doubleBarrelledName(this.lower, this.lex) && !(this.familyNouns && familyNameNoun.applies(this.lower, this.lex)));
  }

  /** A dictionary noun, a strong noun ending, an adjective's shape no name has, or at a sentence's start any noun ending or nominalised adjective. */
  nounLike(): boolean {
    const w = this.lower;
    return (this.nounEnding ??= this.noun() || strongNounEnding.test(w) || adjectiveWordShape.test(w) || (this.atStart && ((nounEnding.test(w) && !nameInEn(w)) || nominalisedAdjectiveEnding.test(w))));
  }

  /** Words in -e are mostly nouns; names when the dictionary lacks them ("Poe bot …"). */
  eNoun(): boolean {
    return this.lower.endsWith("e") && this.noun();
  }

  /** Words in -s are mostly genitives of nouns; names when the dictionary lacks them ("Watts dichtete …"). */
  genitiveNoun(): boolean {
    return this.genitive && this.noun();
  }
}

/** Participles and superlatives in -en ("Entschieden", "Verboten", "Höchsten"). */
const EN_PARTICIPLE = /^(?:ent|emp|ver|zer|be|er|ge|über|unter|aus|an|auf|ab|ein|vor|nach)\p{L}+en$|sten$/u;

/** A word in -en or -ei that is no noun of the dictionary, verb form (a nominalised infinitive: "Rauchen ist …") or participle: a name ("Sandmeden ist …", "Baffei setzte …"). */
function nameInEn(w: string): boolean {
  return /(?:[^aeiouäöü]en|ei)$/u.test(w) && !EN_PARTICIPLE.test(w) && !isDictionaryPluralVerb(w);
}
