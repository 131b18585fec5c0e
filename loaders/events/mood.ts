import {articleWords, type CueContext, durationApproximators, durationUnits, offsetReference, purposeLeads} from "../lang/de/events.js";
import {zuParticles} from "../lang/de/goal-words.js";
import {numberWords} from "../lang/de/numberWords.js";
import {denialReach, negationWords} from "../lang/de/negation.js";
import {nonFactualWords, suppositionWords} from "../lang/de/index.js";
import {UPPER_START} from "../quotes/tokens.js";
import {lowerBound} from "../text/lower-bound.js";
import {peopleSubject, thingSubject} from "./subject.js";
import {withSwissSpelling} from "../lang/de/spelling.js";
import {planGovernors, plannedCueInfinitive} from "../lang/de/event-plans.js";


/** Characters that end a clause around a cue (not "." or "?": the sentence bounds the clause, and "22. März" holds a dot). */
export const CLAUSE_END = /[,;:()„“"–—]/u;
/** Punctuation that ends the main clause for a particle search (an inserted ", wie erwartet," does not; the sentence bounds it). */
const MAIN_CLAUSE_END = new Set([";", ":"]);
const NEGATIONS = new Set(negationWords);
/** Words of plan or supposition (nonFactualWords without the negations, which `deniesAt` judges). */
const nonFactual = new Set(nonFactualWords.filter((w) => !NEGATIONS.has(w)));
const SUPPOSITION = new Set(suppositionWords);

/** The words of a sentence (letters, and clause-ending punctuation as words of their own) with their offsets. */
export interface SentenceWords {
  words: string[];
  starts: number[];
  /** Whether the word starts with a capital letter in the sentence. */
  capital: boolean[];
  /** Per word: index of the first word of its clause, one past its last word, and one past the main clause's last word. */
  clauseFrom: number[];
  clauseTo: number[];
  mainTo: number[];
  /**
   * Per clause (by its first word): whether it plans or supposes, and how far its negations deny (`denialReach`:
   * the largest, Infinity when one denies the whole clause, -1 when none denies).
   */
  clauses: Map<number, {plan: boolean; reach: number; supposed: boolean}>;
  /** Per list of particles (the rule's own array): the indices, ascending, where one of them ends its clause. */
  particles: Map<readonly string[], number[]>;
  /** Per list of phrases (the rule's own array): the indices, ascending, where one of them starts. */
  phrases: Map<readonly string[], number[]>;
}

/** Splits a sentence into lower-case words and punctuation, once per sentence. */
export function sentenceWords(sentence: string): SentenceWords {
  const words: string[] = [];
  const starts: number[] = [];
  const capital: boolean[] = [];
  for (const m of sentence.matchAll(/\p{L}+|[,;:()„“"–—.]/gu)) {
    words.push(m[0].toLowerCase());
    starts.push(m.index);
    capital.push(UPPER_START.test(m[0]));
  }
  const n = words.length;
  const clauseFrom = new Array<number>(n);
  const clauseTo = new Array<number>(n);
  const mainTo = new Array<number>(n);
  for (let i = 0, from = 0; i < n; i++) {
    clauseFrom[i] = from;
    if (CLAUSE_END.test(words[i])) from = i + 1;
  }
  for (let i = n - 1, to = n, main = n; i >= 0; i--) {
    if (MAIN_CLAUSE_END.has(words[i])) main = i;
    if (CLAUSE_END.test(words[i])) to = i;
    clauseTo[i] = to;
    mainTo[i] = main;
  }
  return {words, starts, capital, clauseFrom, clauseTo, mainTo, clauses: new Map(), particles: new Map(), phrases: new Map()};
}

/** Index of the first word starting at or after offset `at` (binary search; `words.length` when none). */
function wordAt(sw: SentenceWords, at: number): number {
  return lowerBound(sw.starts.length, (k) => sw.starts[k] < at);
}

/** Index range [from, to) of the words of the clause that holds word `i`. */
function clauseAround(sw: SentenceWords, i: number): [number, number] {
  if (i >= sw.words.length) return [sw.words.length, sw.words.length];
  return [sw.clauseFrom[i], sw.clauseTo[i]];
}

/** An infinitive ending ("erzielen", "ändern", "handeln"). */
const INFINITIVE = /\p{L}{2,}(?:en|ern|eln)$/u;
/**
 * The auxiliary of a perfect infinitive ("unterzeichnet zu haben") that has an INFINITIVE's ending: what it names happened.
 * "zu sein" ("eingetroffen zu sein") needs no entry: "sein" has no such ending, so it closes no goal clause anyway.
 */
const PERFECT_AUXILIARY = "haben";
/** "abzuschließen", "beizulegen": a separable particle, "zu" and an infinitive in one word. */
const ZU_INFINITIVE = new RegExp(`^(?:${zuParticles.join("|")})zu\\p{L}{2,}(?:en|ern|eln)$`, "u");

/**
 * Whether the clause [from, to) is closed by a zu-infinitive: "…, bis Ende Mai eine Einigung zu erzielen", "…, den
 * Vertrag abzuschließen". Such a clause names a goal, hope or plan of the clause before, not what happened; a perfect
 * infinitive ("… unterzeichnet zu haben") does not.
 */
function goalClause(words: readonly string[], capital: readonly boolean[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && words[last] === ".") last--;
  if (last <= from) return false;
  // a perfect infinitive reports the past: "… den Vertrag unterschrieben zu haben", "… eingetroffen zu sein"
  // "zu Verzögerungen", "kam es zu Protesten": a capitalised word after "zu" is a noun, no infinitive
  if (capital[last]) return false;
  return (words[last - 1] === "zu" && INFINITIVE.test(words[last]) && words[last] !== PERFECT_AUXILIARY) || ZU_INFINITIVE.test(words[last]);
}

/**
 * Whether the clause around a cue (from the last clause break before `cueStart`
 * to the first after it, within `sentence`) negates, plans or supposes
 * what the cue names: "Der Rat soll den Bau beschließen", "hat nicht zugestimmt",
 * "Hätte der Rat zugestimmt, …"; but not "nicht nur beschlossen" or "mit keiner
 * Gegenstimme verabschiedet" (`deniesAt`, told where the cue stands); a clause closed by a zu-infinitive names a goal
 * ("…, den Vertrag bis Mai zu unterzeichnen": `goalClause`). Offsets are relative to `sentence`;
 * `words` (from `sentenceWords`) caches each clause's verdict (plan words, and how far its negations deny:
 * `denialReach`), so each cue asks in constant time.
 */
export function isNonFactual(sentence: string, cueStart: number, words: SentenceWords = sentenceWords(sentence)): boolean {
  const cue = wordAt(words, cueStart);
  const [from, to] = clauseAround(words, cue);
  let clause = words.clauses.get(from);
  if (clause === undefined) {
    clause = {plan: goalClause(words.words, words.capital, from, to), reach: -1, supposed: false};
    for (let j = from; j < to; j++) {
      if (nonFactual.has(words.words[j])) clause.plan = true;
      if (SUPPOSITION.has(words.words[j])) clause.supposed = true;
      if (NEGATIONS.has(words.words[j])) clause.reach = Math.max(clause.reach, denialReach(words.words, j));
    }
    words.clauses.set(from, clause);
  }
  // a negation denies the cue when it reaches it (deniesAt): "kein …, sondern" only up to its "sondern"
  return clause.plan || cue <= clause.reach;
}

/**
 * Whether the clause around a cue supposes or plans what it names (`suppositionWords`: "könnte … anrufen", "Sollte sie
 * scheitern", "wollen am Samstag … beraten"): no cue of such a clause is an event, factual or not.
 */
export function isSupposed(sentence: string, cueStart: number, words: SentenceWords = sentenceWords(sentence)): boolean {
  isNonFactual(sentence, cueStart, words);
  const cue = wordAt(words, cueStart);
  return words.clauses.get(clauseAround(words, cue)[0])!.supposed;
}

/** Lower-case words before a noun that may stand between its article and it: "ein schwerer Brand". */
const ADJECTIVE = /\p{L}{2,}(?:e|er|en|es|em)$/u;
const ADJECTIVES_BACK = 3;

/** Whether word `j` is the last word of its clause: punctuation or the sentence's end follows ("lehnte den Antrag ab."). */
const closesClause = (words: readonly string[], j: number) => j + 1 === words.length || words[j + 1] === "." || CLAUSE_END.test(words[j + 1]);

/** Whether one of `particles` follows word `i` before the main clause ends and is the last word of its clause. */
function particleLater(words: SentenceWords, i: number, particles: readonly string[]): boolean {
  let at = words.particles.get(particles);
  if (at === undefined) {
    at = [];
    for (let j = 0; j < words.words.length; j++) if (particles.includes(words.words[j]) && closesClause(words.words, j)) at.push(j);
    words.particles.set(particles, at);
  }
  const list = at;
  const k = lowerBound(list.length, (m) => list[m] <= i);
  return k < list.length && list[k] < words.mainTo[i];
}

/** The words of each context phrase, split once ("fiel auf" → ["fiel", "auf"]). */
const phraseWords = new Map<string, readonly string[]>();
const wordsOf = (phrase: string) => phraseWords.get(phrase) ?? phraseWords.set(phrase, phrase.split(" ")).get(phrase)!;

/** Indices, ascending, of the words where one of `phrases` starts, found once per sentence and list. */
function phraseStarts(words: SentenceWords, phrases: readonly string[]): number[] {
  let at = words.phrases.get(phrases); // keyed by the rule's own list (no key string made per cue)
  if (at === undefined) {
    at = [];
    const w = words.words;
    for (let j = 0; j < w.length; j++) if (phrases.some((phrase) => wordsOf(phrase).every((p, k) => w[j + k] === p))) at.push(j);
    words.phrases.set(phrases, at);
  }
  return at;
}

/**
 * Whether one of `phrases` (words separated by spaces) follows word `i`: right after it, or anywhere later
 * in its clause (a binary search in the sentence's phrase starts, so many cues in one clause stay linear).
 */
function phraseFollows(words: SentenceWords, i: number, phrases: readonly string[], anywhere: boolean): boolean {
  const to = anywhere ? clauseAround(words, i)[1] : i + 2;
  const at = phraseStarts(words, phrases);
  const k = lowerBound(at.length, (m) => at[m] <= i);
  return k < at.length && at[k] < to;
}

/**
 * Whether the first of `infinitives` after word `i` in its clause stands under a word that governs it (rule
 * `de.event.plan.governed-infinitive`): "zu" right before it, or one of `planGovernors` elsewhere in the clause
 * ("Die Gespräche sollen am Montag beginnen"); not a present finite verb ("Die Gespräche beginnen heute", "…, dass
 * die Gespräche heute fortgesetzt werden": that "werden" is the phrase's own). Binary searches in the sentence's
 * cached phrase starts, so many cues in one clause stay linear.
 */
function governedInfinitiveLater(words: SentenceWords, i: number, infinitives: readonly string[]): boolean {
  const to = clauseAround(words, i)[1];
  const at = phraseStarts(words, infinitives);
  const k = lowerBound(at.length, (m) => at[m] <= i);
  if (k >= at.length || at[k] >= to) return false;
  const s = at[k];
  if (s > 0 && words.words[s - 1] === "zu") return true;
  const length = wordsOf(infinitives.find((p) => wordsOf(p).every((w, j) => words.words[s + j] === w))!).length;
  const from = clauseAround(words, i)[0];
  const governors = phraseStarts(words, planGovernors);
  for (let g = lowerBound(governors.length, (m) => governors[m] < from); g < governors.length && governors[g] < to; g++) {
    if (governors[g] < s || governors[g] >= s + length) return true;
  }
  return false;
}

/**
 * Whether word `i`, a lower-case verb, is an infinitive under a word that governs it (rule `de.event.plan.governed-cue`):
 * "zu" right before it, a governor earlier in its clause ("er werde am Wochenende nach Kairo reisen") or right after it
 * ("…, dass er Kairo besuchen werde"). A governor later in the clause governs another verb ("Die Minister reisen heute
 * nach Kairo und werden dort …"). One binary search in the sentence's cached governor starts.
 */
function governedCue(words: SentenceWords, i: number): boolean {
  if (words.capital[i]) return false;
  if (i > 0 && words.words[i - 1] === "zu") return true;
  const governors = phraseStarts(words, plannedCueInfinitive.governors);
  const from = clauseAround(words, i)[0];
  const g = lowerBound(governors.length, (m) => governors[m] < from);
  if (g < governors.length && governors[g] < i) return true;
  const after = lowerBound(governors.length, (m) => governors[m] <= i);
  return after < governors.length && governors[after] === i + 1 && words.clauseFrom[i + 1] === from;
}

/** Whether one of `phrases` starts somewhere in the clause of word `i`, before or after it (not at `i` itself). */
function phraseInClause(words: SentenceWords, i: number, phrases: readonly string[]): boolean {
  const [from, to] = clauseAround(words, i);
  const at = phraseStarts(words, phrases);
  for (let k = lowerBound(at.length, (m) => at[m] < from); k < at.length && at[k] < to; k++) if (at[k] !== i) return true;
  return false;
}

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
function ledByPhase(words: SentenceWords, i: number, leads: readonly string[]): boolean {
  let j = beforeAdjectives(words, i, leads, false);
  if (j >= 1 && DURATION_UNITS.has(words.words[j])) {
    j--;
    if (NUMBERS.has(words.words[j]) || bareAdjective(words, j, leads, false)) j--;
    if (j >= 1 && words.words[j] === "als" && (words.words[j - 1] === "mehr" || words.words[j - 1] === "weniger")) j -= 2;
    else if (j >= 0 && APPROXIMATORS.has(words.words[j])) j--;
  }
  return j >= 0 && leads.includes(words.words[j]);
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

/** Compiled `withWord` patterns, by pattern (a cue's few patterns, compiled once). */
const wordPatterns = new Map<string, RegExp>();

/** Whether a word of the clause around word `i`, other than it, matches `pattern` whole ("verhandlungen", "koalitionsgespräche"; Swiss spelling too). */
function wordInClause(words: SentenceWords, i: number, pattern: string): boolean {
  let re = wordPatterns.get(pattern);
  if (!re) wordPatterns.set(pattern, (re = new RegExp(`^(?:${withSwissSpelling(pattern)})$`, "u")));
  const [from, to] = clauseAround(words, i);
  // the clause's matching words, counted once per clause and pattern (many cue words in one long clause ask again)
  const [count, first] = perClause(words, pattern, from, () => {
    let n = 0;
    let at = -1;
    for (let k = from; k < to; k++) if (re.test(words.words[k])) (n++, at < 0 && (at = k));
    return [n, at] as const;
  });
  return count > 1 || (count === 1 && first !== i);
}

/** Answers per sentence, key (a pattern or a phrase list) and clause start. */
const clauseAnswers = new WeakMap<SentenceWords, Map<unknown, Map<number, unknown>>>();

/** `compute()` for the clause starting at word `from`, once per sentence and key: a clause's answer holds for every word of it. */
function perClause<T>(words: SentenceWords, key: unknown, from: number, compute: () => T): T {
  let byKey = clauseAnswers.get(words);
  if (!byKey) clauseAnswers.set(words, (byKey = new Map()));
  let byClause = byKey.get(key);
  if (!byClause) byKey.set(key, (byClause = new Map()));
  if (!byClause.has(from)) byClause.set(from, compute());
  return byClause.get(from) as T;
}

/** Whether word `i` has one of `leads` before it, over up to ADJECTIVES_BACK lower-case adjectives ("ein verheerender Brand"). */
function ledBy(words: SentenceWords, i: number, leads: readonly string[]): boolean {
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
function inPurposePhrase(words: SentenceWords, i: number, verbs: string): boolean {
  let j = i - 1;
  const inPhrase = (w: number) => !purposeLeads.includes(words.words[w]) && !CLAUSE_END.test(words.words[w]) && (words.capital[w] || PHRASE_ARTICLES.has(words.words[w]) || ADJECTIVE.test(words.words[w]));
  for (let k = 0; k < PURPOSE_BACK && j >= 0 && inPhrase(j); k++) j--;
  return j >= 0 && purposeLeads.includes(words.words[j]) && wordInClause(words, i, verbs);
}

/** Each predicate phrase split into its verb and its separable particle ("legte vor" → ["legte", "vor"]), once per list. */
const predicateParts = new Map<readonly string[], {single: Set<string>; particles: Map<string, string[]>}>();

function partsOf(phrases: readonly string[]): {single: Set<string>; particles: Map<string, string[]>} {
  let parts = predicateParts.get(phrases);
  if (!parts) {
    parts = {single: new Set(), particles: new Map()};
    for (const phrase of phrases) {
      const [verb, particle] = phrase.split(" ");
      if (!particle) parts.single.add(verb);
      else parts.particles.set(verb, [...(parts.particles.get(verb) ?? []), particle]);
    }
    predicateParts.set(phrases, parts);
  }
  return parts;
}

/**
 * Whether a verb of `phrases` stands in the clause of word `i` (`CueContext.predicate`): a single word anywhere in it,
 * or a verb whose particle closes a clause after it within the main clause ("legten … ein Angebot vor").
 */
function predicateInClause(words: SentenceWords, i: number, phrases: readonly string[]): boolean {
  const {single, particles} = partsOf(phrases);
  const [from, to] = clauseAround(words, i);
  return perClause(words, phrases, from, () => {
    for (let k = from; k < to; k++) {
      const w = words.words[k];
      if (single.has(w)) return true;
      const after = particles.get(w);
      if (after && particleLater(words, k, after)) return true;
    }
    return false;
  });
}

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
  for (const {re, rule} of contexts) {
    if (!re.test(word)) continue;
    const i = wordAt(words, cueStart);
    if (i >= words.words.length) continue;
    if (rule.before && !ledBy(words, i, rule.before)) return false;
    if (rule.notAfter && ledByPhase(words, i, rule.notAfter)) return false;
    if (rule.notNext && phraseFollows(words, i, rule.notNext, false)) return false;
    if (rule.notLater && phraseFollows(words, i, rule.notLater, true)) return false;
    if (rule.plannedLater && governedInfinitiveLater(words, i, rule.plannedLater)) return false;
    if (rule.inClause && !phraseInClause(words, i, rule.inClause)) return false;
    if (rule.withWord && !wordInClause(words, i, rule.withWord)) return false;
    if (rule.notBefore && i > 0 && rule.notBefore.includes(words.words[i - 1])) return false;
    if (rule.later && !particleLater(words, i, rule.later)) return false;
    if (rule.notPurpose && inPurposePhrase(words, i, rule.notPurpose)) return false;
    if (rule.personSubject && !words.capital[i] && thingSubject(words, i, ...clauseAround(words, i))) return false;
    if (rule.withoutWord && wordInClause(words, i, rule.withoutWord)) return false;
    if (rule.notInClause && phraseInClause(words, i, rule.notInClause)) return false;
    if (rule.predicate && !predicateInClause(words, i, rule.predicate)) return false;
    if (rule.notPredicate && predicateInClause(words, i, rule.notPredicate)) return false;
    if (rule.inArticle && !article(rule.inArticle)) return false;
    if (rule.plannedSelf && governedCue(words, i)) return false;
    if (rule.peopleSubject && !peopleSubject(words, i, ...clauseAround(words, i))) return false;
  }
  return true;
}
