/**
 * Interview answers as direct quotes (rules in loaders/lang/de/quoteRules/interview.ts): the text's paragraphs are
 * read as questions and answers, the interviewee found in the title, the standfirst or the questions, and each
 * answer becomes a direct quote whose speaker span is a mention of the interviewee.
 */
import type {MentionRow} from "../types.js";
import type {FoundQuote} from "./context.js";
import {addressedBy, answerLabels, talksHeld, nonSpeakerLabels, interviewNouns, interviewPartnerAfter, interviewPartnerBefore, interviewRules, paragraphLabel, questionLabels} from "../lang/de/quoteRules/interview.js";

const QUESTION_LABELS = new Set(questionLabels);
const ANSWER_LABELS = new Set(answerLabels);
const NON_SPEAKER_LABELS = new Set(nonSpeakerLabels);
const INTERVIEW_NOUN = new RegExp(`(?<!\\p{L})(?:${interviewNouns.join("|")})(?!\\p{L})`, "iu");

/** One paragraph of the text: its bounds, its label before a colon ("" when none) and where its words start. */
interface Paragraph {
  start: number;
  end: number;
  label: string;
  body: number;
}

/** The text's paragraphs (split at line breaks), trimmed, with their labels. */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    const label = paragraphLabel.exec(trimmed);
    out.push({start, end: start + trimmed.length, label: label ? label[1] : "", body: start + (label ? label[0].length : 0)});
  }
  return out;
}

/** The person a label names: a mention of the text whose surname or full name is the label ("Roth:", "Eva Roth:"). */
function labelPerson(label: string, mentions: readonly MentionRow[]): string {
  if (!label) return "";
  const found = mentions.find((m) => m.surname === label || m.surface === label || (m.given && `${m.given} ${m.surname}` === label));
  return found ? found.person_id : "";
}

/** The interviewee and the rule that named them: a person id, or null. */
interface Interviewee {
  personId: string;
  rule: string;
}

/** The sentence around `at`: from after the last ".", "!" or "?" before it to the next one (or the line's end). */
function sentenceAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && !/[.!?\n]/u.test(text[from - 1])) from--;
  let to = at;
  while (to < text.length && !/[.!?\n]/u.test(text[to])) to++;
  return text.slice(from, to);
}

/**
 * `de.quote.interview.framed`: a person named right before "im Interview" in the frame, or right after
 * "Interview mit"/"Gespräch mit" in the first paragraph (`firstEnd`, the title's or standfirst's end) in a sentence
 * that is not about talks held ("Nach dem Gespräch mit X …", talksHeld).
 */
function framed(text: string, frameEnd: number, firstEnd: number, title: string, mentions: readonly MentionRow[]): string {
  for (const m of mentions) {
    if (m.start >= frameEnd) break;
    if (interviewPartnerAfter.test(text.slice(m.end, m.end + 30))) return m.person_id;
    if (m.start >= firstEnd) continue;
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    // a role noun may stand between: "Ein Gespräch mit Juso-Chefin Eva Roth"
    const withoutRole = before.replace(/(?:\p{Lu}[\p{L}-]*\s+){1,2}$/u, "");
    if (interviewPartnerBefore.some((re) => re.test(before) || re.test(withoutRole)) && !talksHeld.some((re) => re.test(sentenceAround(text, m.start)))) return m.person_id;
  }
  // a title not in the text ("Eva Roth im Interview: …"): a person of the text whose name it gives before the cue
  for (const m of mentions) {
    const name = m.surname || m.surface;
    const at = name ? title.indexOf(name) : -1;
    if (at < 0) continue;
    if (interviewPartnerAfter.test(title.slice(at + name.length)) || interviewPartnerBefore.some((re) => re.test(title.slice(0, at)))) return m.person_id;
  }
  return "";
}

/** `de.quote.interview.addressed`: the person a question calls "Herr X"/"Frau X". */
function addressed(text: string, questions: readonly Paragraph[], mentions: readonly MentionRow[]): string {
  for (const q of questions) {
    const m = addressedBy.exec(text.slice(q.body, q.end));
    if (!m) continue;
    const name = m[1].split(/\s+/).pop()!;
    const found = mentions.find((x) => x.surname === name);
    if (found) return found.person_id;
  }
  return "";
}

/** Whether `text` has an interview noun in a sentence that is not about talks held ("Nach dem Gespräch mit …"). */
function callsInterview(text: string): boolean {
  return text.split(/(?<=[.!?\n])\s+/u).some((s) => INTERVIEW_NOUN.test(s) && !talksHeld.some((re) => re.test(s)));
}

/** `de.quote.interview.sole-person`: the one person the frame names, when the frame calls the text an interview (not a report of talks held). */
function solePerson(text: string, frameEnd: number, title: string, mentions: readonly MentionRow[]): string {
  if (!callsInterview(text.slice(0, frameEnd)) && !callsInterview(title)) return "";
  const ids = new Set(mentions.filter((m) => m.start < frameEnd && m.person_id).map((m) => m.person_id));
  return ids.size === 1 ? [...ids][0] : "";
}

/** The interviewee, by the rules in order: framed, addressed, sole person. */
function interviewee(text: string, frameEnd: number, firstEnd: number, title: string, questions: readonly Paragraph[], mentions: readonly MentionRow[]): Interviewee | null {
  const tries: [string, () => string][] = [
    [interviewRules.framed.id, () => framed(text, frameEnd, firstEnd, title, mentions)],
    [interviewRules.addressed.id, () => addressed(text, questions, mentions)],
    [interviewRules.solePerson.id, () => solePerson(text, frameEnd, title, mentions)]
  ];
  for (const [rule, find] of tries) {
    const personId = find();
    if (personId) return {personId, rule};
  }
  return null;
}

/** An interview's answers as direct quotes and its questions' character spans (the interviewer's words). */
export interface Interview {
  answers: FoundQuote[];
  questions: [number, number][];
  /** The interviewee's person id, "" when no interview. */
  interviewee: string;
}

const NO_INTERVIEW: Interview = {answers: [], questions: [], interviewee: ""};

/** A direct quote of an answer's words, the speaker span a mention of the interviewee. */
function answerQuote(p: Paragraph, speaker: MentionRow, rule: string): FoundQuote {
  return {start: p.body, end: p.end, type: "direct", rule, speakerStart: speaker.start, speakerEnd: speaker.end, cue: "", cueStart: null, cueEnd: null, sentenceStart: p.body, sentenceEnd: p.end};
}

/** A mention of `id` to stand as the speaker span of its turns: one outside the turns' labels when there is one. */
function turnSpeaker(id: string, own: readonly Paragraph[], mentions: readonly MentionRow[]): MentionRow {
  return mentions.find((m) => m.person_id === id && !own.some((p) => m.start >= p.start && m.end <= p.body)) ?? mentions.find((m) => m.person_id === id)!;
}

/**
 * `de.quote.interview.speaker-label` for a transcript of two or more people ("Brandt: …", "Stein: …", a debate or
 * double interview): when two or more persons each have two or more labelled turns, each person's turns are their
 * own direct quotes; the interviewer's labels ("Frage:", or a label naming no person used twice, "Redaktion:") are
 * the questions. The title or the paragraphs before the first turn must call the text an interview. Null when the
 * text is no such transcript.
 */
function transcriptOfMany(text: string, title: string, paras: readonly Paragraph[], counts: ReadonlyMap<string, Paragraph[]>, labelCounts: ReadonlyMap<string, number>, mentions: readonly MentionRow[]): Interview | null {
  const speakers = [...counts].filter(([, own]) => own.length >= 2);
  if (speakers.length < 2) return null;
  const turns = new Set(speakers.flatMap(([, own]) => own));
  const first = Math.min(...[...turns].map((p) => p.start));
  if (!(INTERVIEW_NOUN.test(title) || INTERVIEW_NOUN.test(text.slice(0, first)))) return null;
  const questions = paras.filter((p) => p.label && !turns.has(p) && !NON_SPEAKER_LABELS.has(p.label) && (QUESTION_LABELS.has(p.label) || labelCounts.get(p.label)! >= 2));
  const answers = speakers.flatMap(([id, own]) => {
    const speaker = turnSpeaker(id, own, mentions);
    return own.map((p) => answerQuote(p, speaker, interviewRules.speakerLabel.id));
  });
  answers.sort((a, b) => a.start - b.start);
  return {answers, questions: questions.map((p) => [p.start, p.end]), interviewee: ""};
}

/**
 * The answers of an interview printed as questions and answers, as direct quotes of the interviewee, and the
 * questions' spans; none when the text is no such interview. Two or more answers are needed, and at least one question:
 * - labelled answers ("Antwort: …", "A: …"), or the paragraph right after a labelled question ("Frage: …") when
 *   no paragraph is labelled as an answer: `de.quote.interview.answer`, the interviewee named by the frame
 *   (`framed`), a question's "Herr X" (`addressed`) or as the one person of a frame that says "Interview"
 *   (`solePerson`);
 * - paragraphs opened by the name of one person of the text ("Roth: …"), with paragraphs of another label
 *   between them (the interviewer's): `de.quote.interview.speaker-label`, that person; when two or more persons
 *   each have two or more such turns, each person's turns are their own (`transcriptOfMany`).
 * `title` is the article's title (front matter or feed), which may not be in the text; `mentions` are the
 * article's person mentions sorted by start. Labels that name no one ("Foto:", "Lesen Sie auch:", a dateline)
 * never count.
 */
export function interviewQuotes(text: string, title: string, mentions: readonly MentionRow[]): Interview {
  const paras = paragraphs(text);
  const isQuestion = (p: Paragraph) => QUESTION_LABELS.has(p.label);
  const questions = paras.filter(isQuestion);
  const labelled = paras.filter((p) => ANSWER_LABELS.has(p.label));
  const answers = labelled.length ? labelled : paras.filter((p, i) => i > 0 && isQuestion(paras[i - 1]) && !p.label && !isQuestion(p));
  if (questions.length && answers.length >= 2) {
    const frameEnd = Math.min(questions[0].start, answers[0].start);
    const who = interviewee(text, frameEnd, Math.min(frameEnd, paras[0].end), title, questions, mentions);
    const speaker = who && mentions.find((m) => m.person_id === who.personId);
    if (!who || !speaker) return NO_INTERVIEW;
    return {answers: answers.map((p) => answerQuote(p, speaker, `${interviewRules.answer.id}+${who.rule}`)), questions: questions.map((p) => [p.start, p.end]), interviewee: who.personId};
  }
  // "Roth: …" transcripts: one person's label on two or more paragraphs, another label between them
  const counts = new Map<string, Paragraph[]>();
  const labelCounts = new Map<string, number>();
  const personOfLabel = new Map<string, string>();
  for (const p of paras) {
    if (!p.label) continue;
    labelCounts.set(p.label, (labelCounts.get(p.label) ?? 0) + 1);
    if (!personOfLabel.has(p.label)) personOfLabel.set(p.label, labelPerson(p.label, mentions));
    const id = personOfLabel.get(p.label)!;
    if (id) {
      const own = counts.get(id);
      if (own) own.push(p);
      else counts.set(id, [p]);
    }
  }
  const debate = transcriptOfMany(text, title, paras, counts, labelCounts, mentions);
  if (debate) return debate;
  for (const [id, own] of counts) {
    if (own.length < 2) continue;
    // the interviewer's turns: question labels, or another label used twice or more ("Redaktion:"), not "Foto:" once
    const ownSet = new Set(own);
    const others = paras.filter((p) => p.label && !ownSet.has(p) && !NON_SPEAKER_LABELS.has(p.label) && (QUESTION_LABELS.has(p.label) || labelCounts.get(p.label)! >= 2));
    // and the title or the paragraphs before the first turn call the text an interview
    const first = others.reduce((min, p) => Math.min(min, p.start), own[0].start);
    if (!others.length || !(INTERVIEW_NOUN.test(title) || INTERVIEW_NOUN.test(text.slice(0, first)))) continue;
    const speaker = turnSpeaker(id, own, mentions);
    return {answers: own.map((p) => answerQuote(p, speaker, interviewRules.speakerLabel.id)), questions: others.map((p) => [p.start, p.end]), interviewee: id};
  }
  return NO_INTERVIEW;
}
