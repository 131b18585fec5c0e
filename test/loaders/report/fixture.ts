import {emptyTables} from "../../../loaders/pipeline.js";
import type {ArticleRow, Tables} from "../../../loaders/types.js";

/** Two small articles with hand-set rows, for the report aggregations. */
export const TEXT_A = "Putin rief Trump an. Am 12. Februar sprachen sie 90 Minuten. 2013 war Obama in Moskau.";
export const TEXT_B = "Trump sagte: „Wir reden über Frieden.“ Das Gespräch am 12. Februar dauerte eine Stunde.";

const article = (article_id: string, source: string, sentences: number, chars: number): ArticleRow => ({
  article_id, file: `${article_id}.txt`, source, outlet: source, outlet_source: "given", published: "2025-02-13", published_source: "given",
  title: "", title_source: "unknown", url: "", url_source: "unknown", language: "de", language_source: "given", chars, body_chars: chars, sentences
});

export function fixtureTables(): Tables {
  const t = emptyTables();
  t.articles = [article("a1", "Alpha", 3, TEXT_A.length), article("b2", "Beta", 2, TEXT_B.length)];
  t.parts = [{article_id: "a1", label: "body", start: 0, end: TEXT_A.length, chars: TEXT_A.length, rule: "p.body", preview: ""}, {article_id: "b2", label: "body", start: 0, end: TEXT_B.length, chars: TEXT_B.length, rule: "p.body", preview: ""}];
  t.mentions = [
    {article_id: "a1", person_id: "putin", start: 0, end: 5, surface: "Putin", role: "", given: "", surname: "", affiliation: "", affiliation_cue: "", negotiator: "", mediator: "", rule: "m.reg"},
    {article_id: "a1", person_id: "trump", start: 11, end: 16, surface: "Trump", role: "US-Präsident", given: "", surname: "Trump", affiliation: "USA", affiliation_cue: "US-", negotiator: "", mediator: "", rule: "m.reg"},
    {article_id: "b2", person_id: "trump", start: 0, end: 5, surface: "Trump", role: "", given: "", surname: "", affiliation: "", affiliation_cue: "", negotiator: "", mediator: "", rule: "m.reg"}
  ];
  t.people = [
    {person_id: "putin", name: "Wladimir Putin", aliases: "Putin", roles: "", affiliation: "Russland", negotiator: true, mediator: false, sources: "Alpha", mentions: 1, evidence: ""},
    {person_id: "trump", name: "Donald Trump", aliases: "Trump", roles: "US-Präsident", affiliation: "USA", negotiator: true, mediator: false, sources: "Alpha | Beta", mentions: 2, evidence: ""}
  ];
  t.quotes = [{quote_id: "q1", article_id: "b2", start: 13, end: 38, text: "Wir reden über Frieden.", type: "direct", speaker_id: "trump", speaker: "Trump", speaker_start: 0, speaker_end: 5, cue: "sagte", cue_start: 6, cue_end: 11, rule: "q.direct", sentence: ""}];
  t.dates = [
    {article_id: "a1", start: 21, end: 35, surface: "Am 12. Februar", value: "2025-02-12", type: "DATE", note: "", rule: "d.day", planned: false},
    {article_id: "a1", start: 61, end: 65, surface: "2013", value: "2013", type: "DATE", note: "", rule: "d.year", planned: false},
    {article_id: "b2", start: 55, end: 66, surface: "12. Februar", value: "2025-02-12", type: "DATE", note: "", rule: "d.day", planned: false},
    {article_id: "b2", start: 75, end: 86, surface: "eine Stunde", value: "PT1H", type: "DURATION", note: "", rule: "d.dur", planned: false}
  ];
  t.topics = [
    {article_id: "a1", topic_id: "talks", label: "Talks", hits: 1, share: 1 / 3, evidence: "36-44", rule: "t.talks"},
    {article_id: "b2", topic_id: "peace", label: "Peace", hits: 1, share: 0.5, evidence: "29-36", rule: "t.peace"}
  ];
  return t;
}

/** Sentence spans of the fixture texts (split at ". " by hand). */
const body = (start: number, end: number) => ({start, end, part: "body" as const});

export const DOCS = new Map([
  ["a1", {text: TEXT_A, sentences: [body(0, 20), body(21, 60), body(61, TEXT_A.length)]}],
  ["b2", {text: TEXT_B, sentences: [body(0, 38), body(39, TEXT_B.length)]}]
]);
