import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor, uniqueIds} from "../../../loaders/quotes/extractor.js";
import type {QuoteRow} from "../../../loaders/types.js";

const row = (quote_id: string, rule: string): QuoteRow => ({quote_id, article_id: "a", start: 0, end: 1, text: "x", type: "direct", speaker_id: "", speaker: "", speaker_start: null, speaker_end: null, cue: "", cue_start: null, cue_end: null, rule, sentence: ""});

describe("uniqueIds", () => {
  test.each<[string[], string[]]>([
    [["a:10", "a:20"], ["a:10", "a:20"]],
    [["a:10", "a:10"], ["a:10", "a:10:2"]],
    [["a:10", "a:10", "a:10", "a:30"], ["a:10", "a:10:2", "a:10:3", "a:30"]]
  ])("%j → %j", (ids, expected) => {
    expect(uniqueIds(ids.map((id) => row(id, "r"))).map((r) => r.quote_id)).toEqual(expected);
  });
});

/** [article, speaker phrase of its first quote] — articles written for the test: a dateline before the first sentence is no speaker. */
describe("quotes of an article that opens with a dateline", () => {
  const config = loadConfig("data");
  test.each<[string, string]>([
    ["Rathaus bekommt Solardach\nFreising, 20.06.2025 - Bürgermeister Karl Huber sagte am Freitag, das Dach werde im Herbst gedeckt.", "Bürgermeister Karl Huber"],
    ["Freising, 20. Juni 2025 – Am Freitag kündigte die Stadtverwaltung an, das Dach werde im Herbst gedeckt.", "die Stadtverwaltung"],
    ["Jena (epd) - Die Rektorin Anna Berg sagte, die Mensa bleibe im Sommer geschlossen.", "Die Rektorin Anna Berg"]
  ])("%s", (text, speaker) => {
    const article = prepareArticle({file: "t.txt", text, given: {}}, config);
    const first = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes[0];
    expect(first && first.speaker_start !== null ? text.slice(first.speaker_start, first.speaker_end!) : "").toBe(speaker);
  });
});
