/**
 * Extended attributes: a participle between an article and its noun with words of its own before it ("das am Freitag
 * vom Rat gebilligte Abkommen", "die 2019 beschlossene Reform"), read for `CueContext.extendedAttribute`.
 */
import {CLAUSE_END, type SentenceWords} from "./sentenceWords.js";
import {numberWords} from "../lang/de/numberWords.js";

/** Number words that count a noun phrase, no words of an extended attribute ("die drei genehmigten Windräder"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(numberWords);

/** How many words an extended attribute may hold between its article and its participle. */
const ATTRIBUTE_BACK = 6;

/**
 * Whether word `i` (a participle or a finite past form) is no bare adjective: no capitalised noun follows right after it
 * ("Die Stadt genehmigte den Bau", "der Rat genehmigte gestern …"), or it heads an extended attribute: one of `articles`
 * opens it within ATTRIBUTE_BACK words before, in its clause, with a word or a number between ("das am Freitag gebilligte
 * Abkommen", "die 2019 beschlossene Reform"; not "die beschlossenen Mittel" nor "14 genehmigte Anträge").
 */
export function extendedAttribute(words: SentenceWords, i: number, articles: readonly string[]): boolean {
  if (i + 1 >= words.words.length || !words.capital[i + 1]) return true;
  for (let j = i - 1; j >= 0 && j >= i - ATTRIBUTE_BACK; j--) {
    const w = words.words[j];
    if (CLAUSE_END.test(w) || w === ".") return false;
    if (!articles.includes(w)) continue;
    // a word between, or more than a space (digits, not kept as words: "die 2019 beschlossene"); a number word counts the
    // nouns ("die drei genehmigten Windräder"): no word of the participle's own
    const between = words.words.slice(j + 1, i).filter((x) => !NUMBER_WORDS.has(x));
    if (between.length > 0) return true;
    return j === i - 1 && words.starts[i] - (words.starts[j] + w.length) > 2;
  }
  return false;
}
