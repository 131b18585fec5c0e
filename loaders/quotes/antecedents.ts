/**
 * The person a pronoun speaker ("er", "sie", "von ihm") stands for, among the
 * person mentions before it, of a gender the pronoun agrees with: the subject
 * that opens the pronoun's own sentence ("Der US-Präsident Trump hat mit dem
 * Präsidenten Putin telefoniert, was von ihm als … beschrieben wurde"); else
 * the nearest person of known gender in another clause of that sentence; else
 * the subject opening the sentence before (known gender, or unknown when
 * nothing else is known); else the previous quote's speaker; else the latest mention. A pronoun whose sentence follows one opened by the previous
 * quote's unnamed speaker ("Die Gewerkschaft fordert … Zudem verlangt sie …") stands for that speaker.
 */
import {frontPrepositions, nonNominativeOpeners} from "../lang/de/speakerRules/words.js";
import type {MentionRow} from "../types.js";
import {contextGender, mentionGender, pronounAgrees, type Gender} from "./gender.js";
import type {ResolvedSpeaker} from "./speakers.js";
import {UPPER_START} from "./tokens.js";

const OBLIQUE = new Set([...frontPrepositions, ...nonNominativeOpeners, "des", "eines", "dieses"]);

/**
 * Whether a mention opens its sentence as the subject: only an article,
 * adjectives and capitalised role nouns stand between the sentence start and
 * the name ("Der US-Präsident Trump hat …"), no preposition or oblique article.
 */
export function opensSentence(text: string, sentenceStart: number, start: number): boolean {
  const words = text.slice(sentenceStart, start).split(/\s+/).filter(Boolean);
  if (words.length > 5) return false;
  return words.every((w) => /^(?:der|die|das|ein|eine)$/i.test(w) || (UPPER_START.test(w) && !OBLIQUE.has(w.toLowerCase())) || (w === w.toLowerCase() && /(?:e|en|er)$/.test(w) && !OBLIQUE.has(w)));
}

/** Where the sentence holding offset i starts (after ". ", "! ", "? " or a line break). */
export function sentenceStartBefore(text: string, i: number): number {
  for (let k = i - 1; k > 0 && k > i - 600; k--) {
    if (text[k] === "\n" || (/\s/.test(text[k]) && /[.!?]["“”»«]?$/.test(text.slice(Math.max(0, k - 2), k)))) return k + 1;
  }
  return Math.max(0, i - 600);
}

/**
 * The gender of a person: that of the first of its mentions that shows one by name or role ("" when none does);
 * with `text`, else the first that the words right before it show ("die Chefverhandlerin Anna Berg", `contextGender`).
 */
export function personGender(mentions: readonly MentionRow[], personId: string, text?: string): Gender {
  for (const m of mentions) {
    if (m.person_id !== personId) continue;
    const gender = mentionGender(m);
    if (gender) return gender;
  }
  if (text !== undefined) {
    for (const m of mentions) {
      if (m.person_id !== personId) continue;
      const gender = contextGender(text, m.start);
      if (gender) return gender;
    }
  }
  return "";
}

/** Each mention list's persons' genders, with the text they were read in (a list is one article's, read with its text). */
const articleGenders = new WeakMap<readonly MentionRow[], {text: string | undefined; genders: Map<string, Gender>}>();

/**
 * `personGender`, remembered per mention list (and text): a list of an article's mentions is not changed once
 * made, so each person's gender is read once per article, not once per pronoun.
 */
export function personGenderOnce(mentions: readonly MentionRow[], personId: string, text?: string): Gender {
  let known = articleGenders.get(mentions);
  if (!known || known.text !== text) articleGenders.set(mentions, (known = {text, genders: new Map()}));
  let gender = known.genders.get(personId);
  if (gender === undefined) known.genders.set(personId, (gender = personGender(mentions, personId, text)));
  return gender;
}

/** The pronoun that stands for a noun phrase opened by each article ("die Gewerkschaft" → "sie"). */
const PRONOUN_OF_ARTICLE: Record<string, string> = {die: "sie", der: "er", das: "es"};

/**
 * Whether a pronoun stands for the previous quote's speaker that no person mention names ("Die Gewerkschaft fordert
 * … Zudem verlangt sie …"): that speaker opens the sentence before the pronoun's, and its article agrees.
 */
function unnamedSubject(text: string, pronoun: string, start: number, previous: ResolvedSpeaker | null): previous is ResolvedSpeaker {
  if (!previous || previous.speaker_id || !previous.speaker) return false;
  const space = previous.speaker.indexOf(" ");
  if (space < 0 || PRONOUN_OF_ARTICLE[previous.speaker.slice(0, space).toLowerCase()] !== pronoun.toLowerCase()) return false;
  const sentenceStart = sentenceStartBefore(text, start);
  if (sentenceStart === 0) return false;
  const before = sentenceStartBefore(text, sentenceStart - 1);
  return text.slice(before, before + previous.speaker.length).toLowerCase() === previous.speaker.toLowerCase();
}

/** Sentence spans of the quotes an article holds, sorted by start: the sentences that report someone's words. */
export interface ReportedSentences {
  starts: readonly number[];
  ends: readonly number[];
}

/** No reported sentences known. */
export const NO_REPORTED_SENTENCES: ReportedSentences = {starts: [], ends: []};

/** What a pronoun's quote tells about its surroundings. */
export interface PronounScope {
  /** The sentences of the article's quotes (for the sentence before the pronoun's). */
  reported?: ReportedSentences;
  /** The quoted words of the pronoun's own quote, [start, end): a name there is what is said, not who says it. */
  content?: readonly [number, number];
}

/** Whether a quote's sentence overlaps [from, to) (binary search on the sorted starts, then a few spans back). */
function reportedIn(reported: ReportedSentences, from: number, to: number): boolean {
  let lo = 0, hi = reported.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reported.starts[mid] < to) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (reported.ends[i] > from) return true;
  return false;
}

/**
 * de.speaker.pronoun-previous-subject: the person that opens the sentence right before the pronoun's as its subject,
 * when the pronoun agrees with the person's gender ("Parteichefin Anna Berg bedauerte den Schritt. Die Tür bleibe
 * offen, sagte sie.": Anna Berg, not a woman quoted before her; a subject opened by "Der" counts as a man: "Der
 * Gesandte Roth traf … Er versprach …"). A subject whose gender nothing shows ("Brandt verließ den Saal. Er sprach
 * von …") is the nearer person when that sentence reports no one's words and the speaker quoted before
 * (`previous`) is not known to agree either: recency decides. Null otherwise.
 */
function previousSubject(text: string, start: number, before: readonly MentionRow[], genderOf: (personId: string) => Gender, pronoun: string, previous: ResolvedSpeaker | null, reported: ReportedSentences): ResolvedSpeaker | null {
  const sentenceStart = sentenceStartBefore(text, start);
  if (sentenceStart === 0) return null;
  const previousStart = sentenceStartBefore(text, sentenceStart - 1);
  const first = before.find((m) => m.start >= previousStart);
  if (!first || first.start >= sentenceStart || !opensSentence(text, previousStart, first.start)) return null;
  // "Der US-Gesandte Whitfield traf …": a subject opened by "Der" is a man even when no name or role shows it
  const gender = genderOf(first.person_id) || (/^Der\s/u.test(text.slice(previousStart, first.start)) ? "m" : "");
  const found = {speaker_id: first.person_id, speaker: first.surface};
  if (gender) return pronounAgrees(pronoun, gender) ? found : null;
  const previousGender = previous?.speaker_id ? genderOf(previous.speaker_id) : "";
  if (previousGender && pronounAgrees(pronoun, previousGender)) return null;
  return reportedIn(reported, previousStart, sentenceStart) ? null : found;
}

/**
 * The person a pronoun (or, with `pronoun` "", a document such as "der
 * Erklärung") stands for (for a pronoun, after its own sentence's subject, the subject of the sentence before:
 * de.speaker.pronoun-previous-subject); `before` are the mentions before it in text order,
 * `mentions` all mentions of the article; `previous` is the last quote's speaker that a mention names, `last` the
 * last quote's speaker, named or not. Null when no mention agrees.
 */
export function pronounAntecedent(text: string, pronoun: string, start: number, before: readonly MentionRow[], mentions: readonly MentionRow[], previous: ResolvedSpeaker | null, last: ResolvedSpeaker | null = previous, scope: PronounScope = {}): ResolvedSpeaker | null {
  // each person's gender once per article: personGender scans every mention (and the words before it)
  const genderOf = (id: string): Gender => personGenderOnce(mentions, id, text);
  const agrees = (m: MentionRow) => pronounAgrees(pronoun, genderOf(m.person_id));
  if (pronoun && unnamedSubject(text, pronoun, start, last)) return last;
  if (pronoun) {
    // "Der US-Präsident Trump hat mit dem Präsidenten Putin telefoniert, was von ihm als … beschrieben wurde": the subject
    const sentenceStart = sentenceStartBefore(text, start);
    const first = before.find((m) => m.start >= sentenceStart);
    // in another clause than the pronoun ("Lindqvist warf er vor": a fronted object, not the antecedent)
    const otherClause = (m: MentionRow) => /[,:;–]/.test(text.slice(m.end, start));
    if (first && otherClause(first) && agrees(first) && opensSentence(text, sentenceStart, first.start)) return {speaker_id: first.person_id, speaker: first.surface};
    // de.speaker.pronoun-same-sentence: "Für Bürgermeisterin Eva Roth ist es eine Niederlage: Im Mai hatte sie …":
    // the nearest person of a gender shown to agree in another clause of the pronoun's sentence, outside the words
    // quoted ("Mit Roth im Amt wird es schneller gehen, sagt er": Roth is what he speaks about)
    const content = scope.content;
    for (let i = before.length - 1; i >= 0 && before[i].start >= sentenceStart; i--) {
      const m = before[i];
      if (content && m.start >= content[0] && m.end <= content[1]) continue;
      const gender = otherClause(m) ? genderOf(m.person_id) : "";
      if (gender && pronounAgrees(pronoun, gender)) return {speaker_id: m.person_id, speaker: m.surface};
    }
  }
  if (pronoun) {
    const subject = previousSubject(text, start, before, genderOf, pronoun, previous, scope.reported ?? NO_REPORTED_SENTENCES);
    if (subject) return subject;
  }
  if (previous?.speaker_id && pronounAgrees(pronoun, genderOf(previous.speaker_id))) return previous;
  for (let i = before.length - 1; i >= 0; i--) if (agrees(before[i])) return {speaker_id: before[i].person_id, speaker: before[i].surface};
  return null;
}
