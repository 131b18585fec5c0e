import {analysedSentences} from "../article.js";
import type {ArticleExtractor} from "../pipeline.js";
import type {MentionRow, QuoteRow} from "../types.js";
import {findQuotes} from "./extract.js";
import {registerRoles} from "./roleSpeakers.js";
import {quoteRows, speakerName} from "./speakers.js";
import {type Interview, interviewQuotes} from "./interview.js";
import {interviewRules, ownAttribution} from "../lang/de/quoteRules/interview.js";
import {findKonjunktiv} from "./konjunktivForms.js";
import {tokenize} from "./tokens.js";
import type {FoundQuote} from "./context.js";
import {outletForms, ownOutletAddressee} from "../lang/de/speakerRules/ownOutlet.js";

/**
 * Per-article quote extractor: direct, indirect and reported quotes from the
 * body sentences, speakers linked to the person mentions found before it
 * (`tables.mentions`, from the people extractor when it runs first); a role-noun
 * speaker also to a register person holding that role on the publication day.
 */
export const quotesExtractor: ArticleExtractor = {
  name: "quotes",
  version: 3,
  run(article, config, tables) {
    const found = findQuotes(article.text, analysedSentences(article));
    found.sort((a, b) => a.start - b.start);
    withoutOwnOutlet(article.text, found, outletForms(article.outlet));
    const register = registerRoles(config.people, article.published);
    const mentions = tables.mentions.filter((m) => m.article_id === article.id);
    const body = article.parts.filter((p) => p.label === "body");
    const interview = withInterviewAnswers(article.text, article.title, found, [...mentions].sort((a, b) => a.start - b.start), body);
    const rows = quoteRows(article.id, article.text, found, mentions, register);
    questionsNotInterviewee(article.text, rows, interview, mentions);
    return {quotes: uniqueIds(rows)};
  }
};

/**
 * `de.speaker.own-outlet-addressee`: cuts the article's own outlet, the medium a speaker talked to, off the end of
 * speaker spans ("sagte ein Mitglied der Kommission der TAZ" in a TAZ article). Changes `found` in place.
 */
export function withoutOwnOutlet(text: string, found: FoundQuote[], forms: readonly string[]): void {
  if (!forms.length) return;
  for (const q of found) {
    if (q.speakerStart === null || q.speakerEnd === null) continue;
    const end = ownOutletAddressee.cut(text.slice(q.speakerStart, q.speakerEnd), forms);
    if (end === null) continue;
    q.speakerEnd = q.speakerStart + end;
    q.rule += `+${ownOutletAddressee.id}`;
  }
}

/**
 * Adds the answers of a printed interview (interview.ts) to `found` as the interviewee's direct quotes, in place and
 * in text order. A quote found inside an answer that is carried from an attribution outside it (a continuation of
 * someone quoted before) gives way; one attributed inside the answer ("Roth sagt, …") stays. With `body` (the
 * body parts' spans) only answers inside it count. Returns the interview (empty when the text is none).
 */
export function withInterviewAnswers(text: string, title: string, found: FoundQuote[], mentions: readonly MentionRow[], body?: readonly {start: number; end: number}[]): Interview {
  const interview = interviewQuotes(text, title, mentions);
  // only answers in the body: a FAQ box or boilerplate with "Frage:"/"Antwort:" is no one's speech
  const inBody = body ? interview.answers.filter((a) => body.some((p) => a.start >= p.start && a.end <= p.end)) : interview.answers;
  const inside = (q: FoundQuote, a: FoundQuote) => q.start >= a.start && q.end <= a.end;
  const answers = inBody.filter((a) => !reportedAnswer(text, a, found, interview.interviewee, mentions));
  if (!answers.length) return interview;
  const carried = (q: FoundQuote, a: FoundQuote) => q.speakerStart === null || q.speakerStart < a.start || q.speakerStart >= a.end;
  const kept = found.filter((q) => !answers.some((a) => inside(q, a) && carried(q, a)));
  found.length = 0;
  found.push(...kept, ...answers);
  found.sort((a, b) => a.start - b.start);
  return interview;
}

/** First-person words: an answer that has one is the interviewee speaking, whatever it reports. */
const FIRST_PERSON = /(?<!\p{L})(?:ich|wir|mir|mich|uns|unser\p{Ll}*|mein\p{Ll}*)(?!\p{L})/iu;

/**
 * `de.quote.interview.own-attribution`: an answer paragraph in the third person (no "ich", "wir", …) that carries an
 * attribution of its own — a quote found in it whose speaker is named in it and is no mention of the interviewee,
 * "hieß es" (ownAttribution), or Konjunktiv I reported speech — is a report ("Nach dem Treffen hieß es, man sei
 * einig."), not a whole-paragraph direct quote of the interviewee.
 */
function reportedAnswer(text: string, a: FoundQuote, found: readonly FoundQuote[], interviewee: string, mentions: readonly MentionRow[]): boolean {
  const words = text.slice(a.start, a.end);
  if (FIRST_PERSON.test(words)) return false;
  if (ownAttribution.test(words)) return true;
  // the answer's own speaker (a transcript of two people has one per turn)
  interviewee = mentions.find((m) => m.start === a.speakerStart)?.person_id || interviewee;
  const otherSpeaker = found.some((q) => q.start >= a.start && q.end <= a.end && q.speakerStart !== null && q.speakerEnd !== null && q.speakerStart >= a.start && q.speakerStart < a.end && !mentions.some((m) => m.person_id === interviewee && m.start >= q.speakerStart! && m.end <= q.speakerEnd!));
  return otherSpeaker || findKonjunktiv(tokenize(text, a.start, a.end), false).length > 0;
}

/**
 * `de.quote.interview.question`: a question is the interviewer's, so a report in it ("Frau Roth, der Minister sagt,
 * …") is never the interviewee's, even where a role noun would stand for the person addressed: such a row keeps
 * its speaker phrase and no id. Only a name of the interviewee inside the speaker span keeps the id. Changes `rows`
 * in place.
 */
export function questionsNotInterviewee(text: string, rows: QuoteRow[], interview: Interview, mentions: readonly MentionRow[]): void {
  if (!interview.interviewee) return;
  for (const row of rows) {
    if (row.speaker_id !== interview.interviewee || row.speaker_start === null || row.speaker_end === null) continue;
    if (!interview.questions.some(([from, to]) => row.start >= from && row.end <= to)) continue;
    if (mentions.some((m) => m.person_id === row.speaker_id && m.start >= row.speaker_start! && m.end <= row.speaker_end!)) continue;
    row.speaker_id = "";
    row.speaker = speakerName(text.slice(row.speaker_start, row.speaker_end));
    row.rule += `+${interviewRules.question.id}`;
  }
}

/**
 * Makes quote ids unique within an article: a quotation relayed by a second
 * source (`de.quote.relayed.*`) has a row per source with the same start; the
 * second gets `article_id:start:2`, the third `:3`. Rows come sorted by start.
 */
export function uniqueIds(rows: QuoteRow[]): QuoteRow[] {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const n = (seen.get(row.quote_id) ?? 0) + 1;
    seen.set(row.quote_id, n);
    if (n > 1) row.quote_id = `${row.quote_id}:${n}`;
  }
  return rows;
}
