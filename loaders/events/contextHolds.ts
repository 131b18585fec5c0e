/**
 * Whether a cue word meets the context rules of its cue (`CueContext` in lang/de/events.ts), and whether an
 * article holds a word pattern (`inArticle`).
 */
import type {CueContext} from "../lang/de/events.js";
import {withSwissSpelling} from "../lang/de/spelling.js";
import {governedCue, governedInfinitiveLater, objectOfPredicate, objectOfVerb, particleLater, phraseFollows, phraseInClause, predicateInClause, unledWordInClause, wordInClause} from "./clauseLookups.js";
import {clauseAround, wordAt, type SentenceWords} from "./sentenceWords.js";
import {peopleSubject, thingSubject} from "./subject.js";
import {extendedAttribute} from "./attribute.js";
import {inPurposePhrase, ledBy, ledByPhase} from "./wordsBefore.js";

/** Compiled `inArticle` patterns, by pattern. */
const articlePatterns = new Map<string, RegExp>();

/** Whether a word of `text` matches `pattern` whole, lower case (`CueContext.inArticle`). */
export function articleHolds(text: string, pattern: string): boolean {
  let re = articlePatterns.get(pattern);
  if (!re) articlePatterns.set(pattern, (re = new RegExp(`(?<!\\p{L})(?:${withSwissSpelling(pattern)})(?!\\p{L})`, "iu")));
  return re.test(text);
}

/**
 * Whether a cue word at `cueStart` meets the conditions of its cue's context rules that pick it
 * (`CueContext`: a separable particle closing its clause, an article before, no given words after). `inArticle`
 * asks `article` (memoised per article by the caller).
 */
export function contextHolds(contexts: readonly {re: RegExp; rule: CueContext}[], word: string, cueStart: number, words: SentenceWords,
  article: (pattern: string) => boolean = () => true): boolean {
  // a hyphenated compound ("Nordsee-Abkommen", "EU-Gipfel") is picked by its head too: the rules written for "\p{L}*abkommen" hold for it
  const head = word.slice(word.lastIndexOf("-") + 1);
  for (const {re, rule} of contexts) {
    if (!re.test(word) && (head === word || !re.test(head))) continue;
    const i = wordAt(words, cueStart);
    if (i >= words.words.length) continue;
    if (rule.before && !ledBy(words, i, rule.before)) return false;
    if (rule.notAfter && ledByPhase(words, i, rule.notAfter)) return false;
    if (rule.notNext && phraseFollows(words, i, rule.notNext, false)) return false;
    if (rule.notLater && phraseFollows(words, i, rule.notLater, true)) return false;
    if (rule.plannedLater && governedInfinitiveLater(words, i, rule.plannedLater)) return false;
    if (rule.inClause && !phraseInClause(words, i, rule.inClause) && !(rule.orLater && particleLater(words, i, rule.orLater))) return false;
    if (rule.withWord && !(rule.withWordUnled ? unledWordInClause(words, i, rule.withWord, rule.withWordUnled, rule.unledOnly) : wordInClause(words, i, rule.withWord))) return false;
    if (rule.notBefore && i > 0 && rule.notBefore.includes(words.words[i - 1])) return false;
    if (rule.later && !particleLater(words, i, rule.later)) return false;
    if (rule.notPurpose && inPurposePhrase(words, i, rule.notPurpose)) return false;
    if (rule.personSubject && !words.capital[i] && thingSubject(words, i, ...clauseAround(words, i))) return false;
    if (rule.withoutWord && wordInClause(words, i, rule.withoutWord)) return false;
    if (rule.notInClause && phraseInClause(words, i, rule.notInClause)) return false;
    if (rule.predicate && !predicateInClause(words, i, rule.predicate) && !(rule.orNext && phraseFollows(words, i, rule.orNext, false)) && !(rule.orObjectOf && objectOfVerb(words, i, rule.orObjectOf))) return false;
    if (rule.extendedAttribute && !extendedAttribute(words, i, rule.extendedAttribute)) return false;
    if (rule.notPredicate && predicateInClause(words, i, rule.notPredicate)) return false;
    if (rule.notObjectOf && objectOfPredicate(words, i, rule.notObjectOf)) return false;
    if (rule.inArticle && !article(rule.inArticle)) return false;
    if (rule.plannedSelf && governedCue(words, i)) return false;
    if (rule.peopleSubject && !peopleSubject(words, i, ...clauseAround(words, i))) return false;
  }
  return true;
}
