import {describe, expect, test} from "vitest";
import {emptyTables} from "../../../loaders/combine.js";
import {resolveMentions} from "../../../loaders/events/step.js";
import type {EventMentionRow, QuoteRow, Tables} from "../../../loaders/types.js";

// one sentence (0–60) whose cue is at 20–30; a quote covers the cue unless moved
const mention = (sentence: string): EventMentionRow => ({
  mention_id: "m1", article_id: "a", start: 0, end: 60, part: "body", type: "meeting", cue: "getroffen", cue_start: 20, cue_end: 30,
  date: "", date_start: null, date_end: null, facts: "", event_id: "", sentence, rule: "r"
});
const quote = (over: Partial<QuoteRow> = {}): QuoteRow => ({
  quote_id: "q1", article_id: "a", start: 10, end: 40, text: "", type: "direct", speaker_id: "p-berger", speaker: "Anna Berger",
  speaker_start: null, speaker_end: null, cue: "sagte", cue_start: null, cue_end: null, rule: "r", sentence: "", ...over
});

function actors(sentence: string, quotes: QuoteRow[]): string[] {
  const tables: Tables = {...emptyTables(), event_mentions: [mention(sentence)], quotes};
  return [...resolveMentions(tables)[0].actors];
}

describe("resolveMentions: the speaker of a first-person direct quote is an actor", () => {
  // [what, sentence, quotes, expected actors]
  const cases: [string, string, QuoteRow[], string[]][] = [
    ["first person inside a direct quote", "„Wir haben uns gestern getroffen“, sagte sie.", [quote()], ["p-berger"]],
    ["a possessive first person", "„Mein Team hat sich mit ihnen getroffen“, sagte sie.", [quote()], ["p-berger"]],
    ["no first person", "„Die Teams haben sich getroffen“, sagte sie.", [quote()], []],
    ["first person only inside a longer word", "„Die Wirtschaft hat sich getroffen“, sagte sie.", [quote()], []],
    ["an indirect quote", "Wir hätten uns getroffen, sagte sie.", [quote({type: "indirect"})], []],
    ["a quote without a speaker id", "„Wir haben uns getroffen“, sagte sie.", [quote({speaker_id: ""})], []],
    ["a quote that does not cover the cue", "„Wir haben uns getroffen“, sagte sie.", [quote({start: 25, end: 40})], []],
    ["a quote of another article", "„Wir haben uns getroffen“, sagte sie.", [quote({article_id: "b"})], []],
    ["no quote", "Wir haben uns getroffen.", [], []]
  ];
  test.each(cases)("%s", (_, sentence, quotes, expected) => {
    expect(actors(sentence, quotes)).toEqual(expected);
  });
});
