/**
 * Whether the subject of a cue verb is a thing: "Ein Streik trifft vor allem
 * Pendler" hits, "Die Ministerin trifft den Präsidenten" meets. The subject
 * is read only where word order shows it: a noun with an article opening the
 * clause before the verb (maybe after a conjunction), else a noun with an
 * article right after the verb ("Am Montag traf der Streik …"). It is a thing
 * when it is a German common noun that names no person: no role or
 * occupation, nationality or person noun (person-roles.ts, person-heads.ts),
 * no group of people or nominalised participle (`peopleNounHeads`) as its
 * head, no agent ending ("Pendler", "Gewerkschafter", "Aktivist") and no noun
 * of age ("der 34-Jährige").
 */
import {isCommonNoun} from "../lang/de/common-nouns.js";
import {peopleNounHeads, subjectArticles, subjectConjunctions} from "../lang/de/events.js";
import {personPredicateNouns} from "../lang/de/person-heads.js";
import {cueOnlyHeads, nationalityNouns, occupationHeads, roleEndings, roleHeads} from "../lang/de/person-roles.js";
import type {SentenceWords} from "./sentenceWords.js";
import {prepositions, quantifiers} from "../lang/de/closed-class.js";
import {thingPronouns} from "../lang/de/event-actors.js";

const ARTICLES = new Set(subjectArticles);
const CONJUNCTIONS = new Set(subjectConjunctions);
const HEADS = [...new Set([...roleHeads, ...occupationHeads, ...cueOnlyHeads, ...nationalityNouns, ...personPredicateNouns, ...peopleNounHeads])];
/** Agent nouns: "Pendler", "Fahrerin", "Aktivisten", and nominalised present participles ("Reisende"). */
const AGENT_ENDING = /(?:er|ist)(?:in|innen|n|en|s)?$|\p{L}{4}ende[n]?$/u;
/** Nouns of age: "der 61-Jährige" (a word of its own after the digits), "die Siebzigjährige". */
const AGE_NOUN = /jährigen?$/u;
/** Lower-case words between an article and its noun ("ein ganztägiger Streik"). */
const ADJECTIVE = /^\p{L}{2,}(?:e|er|en|es|em)$/u;
const ADJECTIVES_BACK = 3;

/** Whether a lower-cased noun may name a person or a body of people (see the module comment). */
export function mayNamePeople(noun: string): boolean {
  const word = noun.slice(noun.lastIndexOf("-") + 1);
  if (!isCommonNoun(word) || AGENT_ENDING.test(word) || AGE_NOUN.test(word)) return true;
  for (const ending of roleEndings) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (HEADS.some((head) => stem.endsWith(head))) return true;
  }
  return false;
}

/** The index of the noun after an article at `j` (over up to three lower-case adjectives), or -1. */
function nounAfterArticle(sw: SentenceWords, j: number, end: number): number {
  if (j >= end || !ARTICLES.has(sw.words[j])) return -1;
  let k = j + 1;
  for (let n = 0; n < ADJECTIVES_BACK && k < end && !sw.capital[k] && ADJECTIVE.test(sw.words[k]); n++) k++;
  return k < end && sw.capital[k] ? k : -1;
}

/**
 * Whether word `i` (a verb) has a thing as its subject in the clause [from, to): see the module comment.
 * False when the clause holds "sich" (people meet each other) or no subject can be read.
 */
export function thingSubject(sw: SentenceWords, i: number, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (sw.words[j] === "sich") return false;
  const first = CONJUNCTIONS.has(sw.words[from]) ? from + 1 : from;
  let noun = nounAfterArticle(sw, first, i);
  if (noun < 0) {
    // a clause opening with a name or a pronoun has its subject there: only an adverbial opening leaves it after the verb
    if (first < i && sw.capital[first] && first !== 0) return false;
    noun = nounAfterArticle(sw, i + 1, to);
  }
  return noun >= 0 && !mayNamePeople(sw.words[noun]);
}

/** Pronouns that stand for a thing or a state of affairs ("Das kommt alles zusammen", "Es kam zu Protesten"), lower case. */
const THING_PRONOUNS = new Set(thingPronouns);
const PREPOSITIONS = new Set(prepositions);
const QUANTIFIERS = new Set([...quantifiers, "alle", "beide"]);
/** Words before a verb searched for a noun subject that does not open its clause ("Am Mittwoch sind die Delegationen … zusammengekommen"). */
const SUBJECT_BACK = 12;

/**
 * Whether word `i` (a verb) has people or a body of people as its subject in the clause [from, to): a noun with an article
 * read as in `thingSubject`, else the first such noun before the verb ("Am Mittwoch sind die Delegationen … zusammengekommen"),
 * that may name people; or, with no such noun, a name opening the clause: two capitalised words or one joined by "und"
 * ("Angela Merkel kam …", "Merkel und Macron kamen …"), not a preposition, pronoun or quantifier. Stricter than
 * `!thingSubject`: "Das kommt alles zusammen", "Mehr als 5000 Unterschriften sind zusammengekommen" have no such subject.
 */
export function peopleSubject(sw: SentenceWords, i: number, from: number, to: number): boolean {
  const first = CONJUNCTIONS.has(sw.words[from]) ? from + 1 : from;
  let noun = nounAfterArticle(sw, first, i);
  if (noun < 0) noun = nounAfterArticle(sw, i + 1, to);
  // at most SUBJECT_BACK words before the verb: many cue words in one long clause stay linear
  for (let j = Math.max(first + 1, i - SUBJECT_BACK); noun < 0 && j < i; j++) noun = nounAfterArticle(sw, j, i);
  if (noun >= 0) return mayNamePeople(sw.words[noun]);
  const w = sw.words[first];
  const opensName = first + 1 < i && sw.capital[first] && (sw.capital[first + 1] || sw.words[first + 1] === "und");
  return opensName && !THING_PRONOUNS.has(w) && !PREPOSITIONS.has(w) && !QUANTIFIERS.has(w);
}
