import {placeNameShape, sentenceAdverbShape} from "../lang/de/bare-name-words.js";
import {isShortHeadCompound} from "../lang/de/common-nouns.js";
import {personCueRules} from "../lang/de/index.js";
import type {CueContext} from "./cue-rule.js";
import type {PersonLexicon} from "./lexicon.js";
import {afterPlacePrefix} from "./name-run.js";
import type {Token} from "./tokens.js";
import {familyNameNoun} from "./family-name-noun.js";
import {NounTests} from "./noun-tests.js";

/**
 * Cues that make a lone capitalised word (no listed given name) a person's name: role, verb, bracket, genitive.
 * The cue rules themselves are plain objects with ids in loaders/lang/de/personCues/, tried in the order of
 * `personCueRules` (loaders/lang/de/index.ts); here their cue is vetted against the noun dictionary.
 */

/** Cues read off word order alone (subject position, genitive): they do not make a common noun a name ("lief Wasser in …", "Schulbeginn ist …"). */
export const WORD_ORDER_CUES: ReadonlySet<string> = new Set(["von+passive", "recipient+name", "bare-subject", "subject+verb", "subject+aux", "aux+subject", "verb+subject-strong", "verb+subject-weak", "verb+subject-listed", "genitive+noun", "source+genitive", "noun+genitive", "pronoun-object+subject", "name+relative-der", "relative+subject", "verb+pronoun+object"]);

/** Cues that stand for a speaker but take a source as well ("laut Umfrage"): a common noun is not a name by them. */
const SOURCE_OR_SPEAKER_CUES: ReadonlySet<string> = new Set(["reporter+name"]);

/**
 * Which cue makes a lone capitalised word a name, or "". A word the noun
 * dictionary knows ("Händler", "Datenschutz") takes only cues that name a
 * person (role, speech verb after it, bracket, citation), not word-order cues
 * nor those a source takes as well ({@link SOURCE_OR_SPEAKER_CUES}).
 */
export function bareCue(tokens: Token[], i: number, lex: PersonLexicon): string {
  // a country, city, firm or club ("Uruguay gewinnt", "Honda will", "Hollywoods Filmindustrie")
  const lower = tokens[i].lower;
  if (lex.placesAndOrganisations.has(lower) || (lower.endsWith("s") && lex.placesAndOrganisations.has(lower.slice(0, -1))) || afterPlacePrefix(tokens, i)) return "";
  const cue = cueAt(tokens, i, lex, true);
  if (!cue) return "";
  // a family name that is also a noun ("1998 wechselte Fischer …", "Kochs Firma") passes the noun tests, but only where its rule opens the cue (family-name-noun.ts)
  const stem = cue === "genitive+noun" ? lower.slice(0, -1) : lower;
  const familyNoun = lex.commonNoun(stem) && familyNameNoun.applies(stem, lex);
  if (!familyNoun) return nounCue(tokens, i, cue, false, lex);
  if (!familyNameNoun.opens(cue, tokens, i, lex)) return "";
  const found = nounCue(tokens, i, cue, true, lex);
  // the row says when the mention is there only because the rule lifted a noun's veto
  const plain = cueAt(tokens, i, lex, false);
  return found && (!plain || !nounCue(tokens, i, plain, false, lex)) ? familyNameNoun.tag(found) : found;
}

/** The cue after the vetoes on nouns: a dictionary noun takes no word-order cue, unless it is a family name its rule lets through (familyNoun). */
function nounCue(tokens: Token[], i: number, cue: string, familyNoun: boolean, lex: PersonLexicon): string {
  const lower = tokens[i].lower;
  const stem = cue === "genitive+noun" ? lower.slice(0, -1) : lower;
  if (SOURCE_OR_SPEAKER_CUES.has(cue)) return lex.commonNoun(lower) ? "" : cue;
  if (!WORD_ORDER_CUES.has(cue)) return cue;
  // word order alone does not make a place a name ("1773 wurde Wrangelsburg …", "Gaberndorf musste …")
  if (placeNameShape.test(lower)) return "";
  // a genitive right after its head noun with no article is a name's even when its stem is a noun ("das Werk Hahns", "nach Angaben Fischers"):
  // a common noun's genitive takes an article there ("das Werk des Hahns")
  if (cue === "noun+genitive" || cue === "source+genitive") return cue;
  // a word in -s that is a noun or adverb as it stands is no genitive ("Ergebnis der Messung", "Apropos Preise")
  if (cue === "genitive+noun" && !familyNoun && (lex.commonNoun(lower) || sentenceAdverbShape.test(lower))) return "";
  // a compound of two nouns with a head of four letters ("Papiermüll ist …") is a noun as well
  return (lex.commonNoun(stem) || isShortHeadCompound(stem)) && !familyNoun ? "" : cue;
}

/** Marks after which a word opens a sentence (or a quotation) for the noun tests: capitalisation says nothing there. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([".", "!", "?", ":", '"', "„", "“", "«", "»"]);

/** The cue at tokens[i] by the first rule of `personCueRules` (loaders/lang/de/index.ts) that gives one; with familyNouns the noun tests let the family names of rule family-name-noun through. */
function cueAt(tokens: Token[], i: number, lex: PersonLexicon, familyNouns: boolean): string {
  const prev = tokens[i - 1];
  const genitive = tokens[i].lower.endsWith("s");
  // capitalisation says nothing at a sentence's start: there nominalised adjectives ("Ähnliches") and nouns by ending count too
  const atStart = !prev || (!prev.word && SENTENCE_OPENERS.has(prev.text));
  // the noun dictionary and the ending tests are read by several rules: test them once, on first use
  const w = new NounTests(tokens[i].lower, genitive, atStart, familyNouns, lex);
  const c: CueContext = {tokens, i, lex, w, prev, next: tokens[i + 1], third: tokens[i + 2], genitive, cache: null};
  for (const rule of personCueRules) {
    const cue = rule.cue(c);
    if (cue) return cue;
  }
  return "";
}
