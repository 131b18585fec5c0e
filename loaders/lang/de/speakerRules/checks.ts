/**
 * Last checks of a speaker span: a dateline is no speaker ("Kiew (dpa) - …"),
 * a relative pronoun stands for the noun phrase before its comma, and a span
 * of only an adverb, an article or a first-person pronoun names no one.
 */
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {SpeakerCheck} from "../../../quotes/speakerRule.js";
import {CLAUSE_END_MARKS, LOWER_START, type Token, UPPER_START} from "../../../quotes/tokens.js";
import {attributionAdverbs, attributionPostpositions, attributionPrepositions} from "../speechVerbs.js";
import {adverbForm, datelineDashes, determiners, firstPersonSpeakers, objectRelatives, timeAdverbialTails, timeAdverbs, timePhraseWords, phraseStops, quantifierSpeakers, relativeClauseSubjects, sentenceAdverbs, subjectRelatives} from "../speakerWords.js";
import {finiteAuxiliaries} from "./words.js";
import {dayParts, durationUnits, months, numberWords, seasons, shiftWords, vagueQuantities, weekdays} from "../dates/lexicon.js";


const DASHES = new Set(datelineDashes);
const SUBJECT_RELATIVES = new Set(subjectRelatives);
const OBJECT_RELATIVES = new Set(objectRelatives);
const CLAUSE_SUBJECTS = new Set(relativeClauseSubjects);
const FIRST_PERSON = new Set(firstPersonSpeakers);
const QUANTIFIERS = new Set(quantifierSpeakers);
/** Pronouns of the third person among the stop words: they stand for a speaker ("von ihm beschrieben"). */
const THIRD_PERSON = new Set(["ihm", "ihr", "ihnen", "sie", "er"]);
/** Words that never name a speaker on their own: adverbs, stop words, articles and possessives, finite auxiliaries. */
const NO_SPEAKER = new Set([...attributionAdverbs, ...sentenceAdverbs, ...phraseStops, ...determiners, ...finiteAuxiliaries].filter((w) => !QUANTIFIERS.has(w) && !THIRD_PERSON.has(w)));
const DATIVE_NEVER = new Set(["die", "das"]);
const ATTRIBUTION_WORDS = new Set([...attributionPostpositions, ...attributionPrepositions]);
/** Adverbs that point back to a source ("demnach"): the speaker is the one carried from before, never the word. */
export const ANAPHORIC: ReadonlySet<string> = new Set(attributionAdverbs);

/**
 * The token index of the dash that ends a dateline at the start of the
 * sentence: one to four capitalised place words (with "/" between), an agency
 * in parentheses, a dash ("Kiew (dpa) -", "Washington/Berlin (AFP) –"); or -1.
 */
export function datelineEnd(tokens: Token[]): number {
  if (!tokens.length || NO_SPEAKER.has(tokens[0].lower)) return -1; // "Die Polizei (GdP) - …" opens with an article, not a place
  let i = 0;
  while (i < tokens.length && i < 7 && (UPPER_START.test(tokens[i].text) || (i > 0 && tokens[i].text === "/"))) i++;
  if (i === 0 || tokens[i]?.text !== "(") return -1;
  let k = i + 1;
  while (k < tokens.length && k < i + 6 && tokens[k].text !== ")") k++;
  if (k === i + 1 || tokens[k]?.text !== ")" || !DASHES.has(tokens[k + 1]?.text ?? "")) return -1;
  return k + 1;
}

/** "Kiew (dpa) - Der Präsident hat … gewarnt": the speaker is looked for after the dateline, never in it. */
export const dateline: SpeakerCheck = {
  id: "de.speaker.dateline",
  check({tokens, cue, searchFrom}, found) {
    const dash = datelineEnd(tokens);
    if (dash < 0 || found[0] > dash) return undefined;
    if (found[1] > dash) return [dash + 1, found[1]];
    return cue > dash ? searchFrom(dash + 1) : null;
  }
};

const ARTICLES = new Set(["der", "die", "das"]);
const GENITIVES = new Set(["des", "der"]);

/**
 * The noun phrase that ends right before token `end` (the comma before the
 * relative pronoun `relative`), within 12 tokens; or null. When its article
 * does not agree with the pronoun, the pronoun stands for a genitive inside it
 * ("die Aussage des Gutachters Peter Lang, der …" → "Gutachters Peter Lang").
 */
export function antecedent(tokens: Token[], end: number, relative: string): TokenRange {
  for (let j = Math.max(0, end - 12); j < end; j++) {
    if (tokens[j].quote >= 0) continue;
    const p = phraseAt(tokens, j, end, false);
    if (!p || p[1] !== end - 1) continue;
    const article = tokens[p[0]].lower;
    if (ARTICLES.has(article) && ARTICLES.has(relative) && article !== relative) {
      for (let g = p[0] + 2; g < p[1]; g++) if (GENITIVES.has(tokens[g].lower)) return [g + 1, p[1]];
    }
    return p;
  }
  return null;
}

/** Whether the clause from token `from` ends in a lower-case word (a verb-final relative clause), not in a noun (an apposition). */
function verbFinal(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && !(CLAUSE_END_MARKS.has(tokens[k].text) && tokens[k].quote < 0)) k++;
  const last = tokens[k - 1];
  return k - 1 > from && !!last && LOWER_START.test(last.text);
}

/**
 * A relative pronoun right after a comma stands for the noun phrase before the
 * comma (", die betonte, …" → that phrase), is no subject when another subject
 * follows (", die man … nennt") or when it is not nominative (", den …"), and
 * never opens the phrase of a following noun (", das Beobachtern zufolge … dauerte").
 */
export const relativePronoun: SpeakerCheck = {
  id: "de.speaker.relative-pronoun",
  check({tokens, cue}, found) {
    const r = found[0];
    const t = tokens[r];
    if (r === 0 || tokens[r - 1].text !== "," || t.quote >= 0) return undefined;
    if (found[1] > r) {
      // only before an attribution word that takes the dative ("…, das Beobachtern zufolge … dauerte"), which "die" and "das" never are
      if (cue !== found[1] + 1 || !DATIVE_NEVER.has(t.lower) || !ATTRIBUTION_WORDS.has(tokens[cue].lower)) return undefined;
      if (!verbFinal(tokens, r + 1)) return undefined; // ", der Sprecher des Vereins, …": an apposition
      const rest = phraseAt(tokens, r + 1, found[1] + 1, false);
      return rest && rest[1] === found[1] ? rest : null;
    }
    if (OBJECT_RELATIVES.has(t.lower)) return null;
    if (!SUBJECT_RELATIVES.has(t.lower)) return undefined;
    if (CLAUSE_SUBJECTS.has(tokens[r + 1]?.lower ?? "")) return null;
    return undefined; // the pronoun is the speaker's mention; `resolveSpeaker` names its antecedent
  }
};

/** Whether token r is a subject relative pronoun right after a comma (", die betonte"). */
export function isRelativeSubject(tokens: Token[], r: number): boolean {
  return r > 0 && tokens[r - 1].text === "," && SUBJECT_RELATIVES.has(tokens[r].lower);
}

/**
 * A span of only adverbs, articles, auxiliaries or a first-person pronoun outside a quotation
 * ("demnach", "die", "Ich") is no speaker; nor is a lone adverb by its ending that opens the
 * sentence ("Zwischenzeitlich war die Rede davon, dass …").
 */
export const functionWordOnly: SpeakerCheck = {
  id: "de.speaker.function-word-only",
  check({tokens}, found) {
    if (found[0] === found[1] && isRelativeSubject(tokens, found[0])) return undefined;
    if (found[0] === 0 && found[1] === 0 && tokens[0].quote < 0 && adverbForm.test(tokens[0].lower)) return null;
    for (let k = found[0]; k <= found[1]; k++) {
      const t = tokens[k];
      if (t.quote >= 0 || ANAPHORIC.has(t.lower) || !(NO_SPEAKER.has(t.lower) || FIRST_PERSON.has(t.lower))) return undefined;
    }
    return null;
  }
};

const TIME_WORDS = new Set([...timePhraseWords, ...Object.keys(months), ...Object.keys(weekdays)]);
const TIME_HEADS = /^(?:anfang|mitte|ende)$/;

/**
 * A span that is a time phrase ("Anfang Mai", "Ende 2019", "Mitte der Woche"): a fronted adverbial, not
 * the subject; the speaker is looked for after it ("Anfang Mai hatten die Bauern … gefordert"). Only a
 * span that opens with "Anfang", "Mitte" or "Ende" and holds nothing but time words and numbers.
 */
export const timePhrase: SpeakerCheck = {
  id: "de.speaker.time-phrase",
  check({tokens, cue, searchFrom}, found) {
    if (!TIME_HEADS.test(tokens[found[0]].lower) || found[1] === found[0]) return undefined;
    for (let k = found[0]; k <= found[1]; k++) if (tokens[k].quote >= 0 || !(TIME_WORDS.has(tokens[k].lower) || /^\d{1,4}$/.test(tokens[k].text))) return undefined;
    return cue > found[1] ? searchFrom(found[1] + 1) : null;
  }
};

/** Words that open a time adverbial before its noun: numbers, vague quantities, "vergangenes", "letzte", "diesen", "jeden". */
const TIME_MODIFIERS = new Set([
  ...Object.keys(numberWords), ...vagueQuantities.filter((w) => !w.includes(" ")),
  ...Object.keys(shiftWords).flatMap((stem) => [`${stem}e`, `${stem}en`, `${stem}er`, `${stem}es`, `${stem}em`]), "jeden", "jede", "jedes", "ganze", "ganzen", "ganzes"
]);
/** Time nouns in their inflected forms: "Jahr", "Jahre", "Tagen", "Woche", "Montag", "Sommer", "Abend". */
const TIME_NOUNS = new Set([
  ...Object.keys(durationUnits).flatMap((stem) => [stem, `${stem}e`, `${stem}en`, `${stem}n`, `${stem}s`, `${stem}es`]),
  ...Object.keys(seasons), ...Object.keys(dayParts).filter((w) => w !== "morgen" && w !== "früh"), ...Object.keys(months), ...Object.keys(weekdays)
]);
const TIME_TAILS = new Set(timeAdverbialTails);
const DETERMINERS = new Set(determiners);
const TIME_ADVERBS = new Set(timeAdverbs);

/**
 * The index after a time adverbial that opens at token i ("letzte Woche", "Zwei Tage später", "Tags darauf",
 * "Heuer", "Einmal mehr"), or -1: a time noun with a modifier before it or a tail after it, or a time adverb. A
 * lone month or weekday ("Mai", a surname too) is none.
 */
function timeAdverbialEnd(tokens: Token[], i: number): number {
  let k = i;
  let modified = false;
  while (k < tokens.length && k < i + 3 && tokens[k].quote < 0 && (TIME_MODIFIERS.has(tokens[k].lower) || /^\d{1,4}$/.test(tokens[k].text))) {
    k++;
    modified = true;
  }
  const t = tokens[k];
  if (!t || t.quote >= 0) return -1;
  const adverb = !modified && TIME_ADVERBS.has(t.lower);
  if (!adverb && !TIME_NOUNS.has(t.lower)) return -1;
  k++;
  let tailed = false;
  while (k < tokens.length && TIME_TAILS.has(tokens[k].lower) && tokens[k].quote < 0) {
    k++;
    tailed = true;
  }
  return modified || tailed || adverb ? k : -1;
}

/**
 * de.speaker.time-adverbial: a time adverbial without preposition is when, not who: fronted ("Zwei Tage später
 * sagte der Minister", "Heuer betonte …", "Einmal mehr …"), the speaker is looked for after it; after the verb
 * ("berichtete vergangene Woche das Magazin …", "sagte letzte Woche der Betriebsrat") the phrase after it is the speaker.
 */
export const timeAdverbial: SpeakerCheck = {
  id: "de.speaker.time-adverbial",
  check({tokens, cue, searchFrom}, found) {
    const end = timeAdverbialEnd(tokens, found[0]);
    if (end < 0) return undefined;
    if (end <= found[1]) return DETERMINERS.has(tokens[end].lower) || UPPER_START.test(tokens[end].text) ? [end, found[1]] : undefined;
    if (cue > found[1]) return cue >= end ? searchFrom(end) : null;
    return phraseAt(tokens, end);
  }
};
