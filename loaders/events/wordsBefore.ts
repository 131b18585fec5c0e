/**
 * What a cue's context rules look for before it: a lead word over adjectives (`ledBy`), over adjectives and a
 * duration (`ledByPhase`), or a purpose preposition opening its noun phrase (`inPurposePhrase`).
 */
import {articleWords, durationApproximators, durationUnits, offsetReference, purposeLeads} from "../lang/de/events.js";
import {numberWords} from "../lang/de/numberWords.js";
import {wordInClause} from "./clauseLookups.js";
import {CLAUSE_END, sentenceWords, wordAt, type SentenceWords} from "./sentenceWords.js";

/** Lower-case words before a noun that may stand between its article and it: "ein schwerer Brand". */
const ADJECTIVE = /\p{L}{2,}(?:e|er|en|es|em)$/u;
const ADJECTIVES_BACK = 3;

const DURATION_UNITS = new Set(durationUnits);
const ARTICLES = new Set(articleWords);
const NUMBERS = new Set(numberWords);
const APPROXIMATORS = new Set(durationApproximators);

/** Whether word `w` is a lower-case adjective and none of `leads` (nor an article, unless `articles`). */
function bareAdjective(words: SentenceWords, w: number, leads: readonly string[], articles: boolean): boolean {
  return w >= 0 && !words.capital[w] && ADJECTIVE.test(words.words[w]) && (articles || !ARTICLES.has(words.words[w])) && !leads.includes(words.words[w]);
}

/** The index of the word before the up to ADJECTIVES_BACK adjectives ({@link bareAdjective}) right before word `i` (-1 at the start). */
function beforeAdjectives(words: SentenceWords, i: number, leads: readonly string[], articles: boolean): number {
  let j = i - 1;
  for (let k = 0; k < ADJECTIVES_BACK && bareAdjective(words, j, leads, articles); k++) j--;
  return j;
}

/**
 * Whether word `i` has one of `leads` before it over lower-case adjectives that no article opens and over a
 * duration, approximate or not ("nach langen Verhandlungen", "nach drei Wochen zäher Verhandlungen", "nach rund
 * 20 Stunden Verhandlungen", "nach mehr als zwei Jahren Verhandlungen"; not "nach den Verhandlungen").
 * Digits are no words of the sentence (sentenceWords), so "20" is passed over by itself.
 */
export function ledByPhase(words: SentenceWords, i: number, leads: readonly string[]): boolean {
  let j = beforeAdjectives(words, i, leads, false);
  if (j >= 1 && DURATION_UNITS.has(words.words[j])) {
    j--;
    if (NUMBERS.has(words.words[j]) || bareAdjective(words, j, leads, false)) j--;
    if (j >= 1 && words.words[j] === "als" && (words.words[j - 1] === "mehr" || words.words[j - 1] === "weniger")) j -= 2;
    else if (j >= 0 && APPROXIMATORS.has(words.words[j])) j--;
  }
  return j >= 0 && leads.includes(words.words[j]);
}

/** Whether word `i` has one of `leads` before it, over up to ADJECTIVES_BACK lower-case adjectives ("ein verheerender Brand"). */
export function ledBy(words: SentenceWords, i: number, leads: readonly string[]): boolean {
  const j = beforeAdjectives(words, i, leads, true);
  return j >= 0 && leads.includes(words.words[j]);
}

/** Words a purpose phrase may hold between its preposition and the cue: articles and genitive nouns ("für die Umsetzung des Abkommens"). */
const PURPOSE_BACK = 6;
const PHRASE_ARTICLES = new Set([...articleWords, "deren", "dessen", "ihrer", "seiner"]);

/**
 * Whether word `i` stands in a noun phrase opened by a purpose preposition (`purposeLeads`: back over articles,
 * lower-case adjectives and capitalised nouns, "für die Umsetzung des Abkommens") and a word of its clause matches
 * the rule's verbs ("demonstrierten", "einzusetzen").
 */
export function inPurposePhrase(words: SentenceWords, i: number, verbs: string): boolean {
  let j = i - 1;
  const inPhrase = (w: number) => !purposeLeads.includes(words.words[w]) && !CLAUSE_END.test(words.words[w]) && (words.capital[w] || PHRASE_ARTICLES.has(words.words[w]) || ADJECTIVE.test(words.words[w]));
  for (let k = 0; k < PURPOSE_BACK && j >= 0 && inPhrase(j); k++) j--;
  return j >= 0 && purposeLeads.includes(words.words[j]) && wordInClause(words, i, verbs);
}

const OFFSET_BEFORE = new Set<string>([...offsetReference.units, ...offsetReference.adverbs]);
const OFFSET_LEADS = new Set<string>(offsetReference.leads);
const OFFSET_ARTICLES = new Set<string>(offsetReference.articles);

/**
 * Whether the noun cue at `cueStart` is a reference point an offset points from (rule `de.event.reference.offset`): "Einen
 * Tag nach dem Inkrafttreten …", "kurz vor der Wahl" (over a few lower-case adjectives after the article). Such a noun
 * names an event told elsewhere; the sentence's date belongs to its main event.
 */
export function referencedByOffset(sentence: string, cueStart: number, words: SentenceWords = sentenceWords(sentence)): boolean {
  const i = wordAt(words, cueStart);
  if (i >= words.words.length || !words.capital[i]) return false;
  const j = beforeAdjectives(words, i, [], false);
  return j >= 2 && OFFSET_ARTICLES.has(words.words[j]) && OFFSET_LEADS.has(words.words[j - 1]) && OFFSET_BEFORE.has(words.words[j - 2]);
}
