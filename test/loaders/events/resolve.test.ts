import {describe, expect, test} from "vitest";
import {emptyTables} from "../../../loaders/combine.js";
import {resolveMentions} from "../../../loaders/events/step.js";
import type {EventMentionRow, MentionRow, QuoteRow, Tables} from "../../../loaders/types.js";

// one sentence (0–60) whose cue is at 20–30; a quote covers the cue unless moved
const mention = (sentence: string): EventMentionRow => ({
  mention_id: "m1", article_id: "a", start: 0, end: 60, part: "body", type: "meeting", cue: "getroffen", cue_start: 20, cue_end: 30,
  date: "", date_start: null, date_end: null, date_rule: "", facts: "", event_id: "", sentence, rule: "r"
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

describe("resolveMentions: people outside the body and in the cue's clause", () => {
  const person = (start: number, surface: string, id = "p-berger"): MentionRow => ({
    article_id: "a", person_id: id, start, end: start + surface.length, surface, role: "", given: "", surname: surface, affiliation: "",
    affiliation_cue: "", negotiator: "", mediator: "", rule: "r"
  });
  // [what, sentence (at offset 200 of the article), its part, the cue, the article's person mentions, expected actors, expected clause actors]
  const cases: [string, string, string, string, MentionRow[], string[], string[]][] = [
    ["an FAQ sentence names a person of the body by the same words", "Berger und Ostwald trafen sich 2019 in Lissabon.", "faq", "trafen",
      [person(10, "Anna Berger"), person(40, "Berger"), person(60, "Ostwald", "p-ostwald")], ["p-berger", "p-ostwald"], ["p-berger", "p-ostwald"]],
    ["only whole words count", "Die Bergers trafen sich 2019.", "faq", "trafen", [person(10, "Berger")], [], []],
    ["a body sentence relies on the people step", "Berger traf am Montag den Landrat.", "body", "traf", [person(10, "Berger")], [], []],
    ["a person in a reporting clause is an actor but not of the cue's clause", "Der Streik legte alles lahm, sagte Berger.", "body", "Streik",
      [person(234, "Berger")], ["p-berger"], []],
    ["a person in the cue's clause", "Am Montag streikte Berger mit den Fahrern.", "body", "streikte", [person(219, "Berger")], ["p-berger"], ["p-berger"]]
  ];
  test.each(cases)("%s", (_, sentence, part, cue, people, expected, inClause) => {
    const at = 200 + sentence.indexOf(cue);
    const row: EventMentionRow = {...mention(sentence), start: 200, end: 200 + sentence.length, part: part as EventMentionRow["part"], cue, cue_start: at, cue_end: at + cue.length};
    const [resolved] = resolveMentions({...emptyTables(), event_mentions: [row], mentions: people});
    expect([...resolved.actors].sort()).toEqual(expected);
    expect([...(resolved.clauseActors ?? [])].sort()).toEqual(inClause);
  });
});

describe("resolveMentions: the speaker of a reported clause that holds the cue is no actor, unless the clause speaks of the speaker", () => {
  const person = (start: number, surface: string, id: string): MentionRow => ({
    article_id: "a", person_id: id, start, end: start + surface.length, surface, role: "", given: "", surname: surface, affiliation: "",
    affiliation_cue: "", negotiator: "", mediator: "", rule: "r"
  });
  // [what, sentence (at offset 0), the cue, the reported clause, expected actors]
  const cases: [string, string, string, string, string[]][] = [
    ["a release the speaker comments on", "Anna Berger erklärte, die Freilassung vom Sonntag sei ein Anfang.", "Freilassung", "die Freilassung vom Sonntag sei ein Anfang", []],
    ["a meeting the speaker took part in", "Anna Berger sagte, sie habe Ostwald getroffen.", "getroffen", "sie habe Ostwald getroffen", ["p-berger", "p-ostwald"]],
    ["a relative clause on the speaker taken as reported", "Anna Berger, die im Mai gewählt worden war, trat ab.", "gewählt", "die im Mai gewählt worden war", ["p-berger"]],
    ["a person named in the reported clause stays", "Anna Berger sagte, Ostwald sei freigelassen worden.", "freigelassen", "Ostwald sei freigelassen worden", ["p-ostwald"]]
  ];
  test.each(cases)("%s", (_, sentence, cue, clause, expected) => {
    const at = sentence.indexOf(cue);
    const from = sentence.indexOf(clause);
    const row: EventMentionRow = {...mention(sentence), start: 0, end: sentence.length, cue, cue_start: at, cue_end: at + cue.length};
    const people = [person(0, "Anna Berger", "p-berger"), ...(sentence.includes("Ostwald") ? [person(sentence.indexOf("Ostwald"), "Ostwald", "p-ostwald")] : [])];
    const q = quote({type: "indirect", start: from, end: from + clause.length, text: clause, speaker_start: 0, speaker_end: 11});
    const [resolved] = resolveMentions({...emptyTables(), event_mentions: [row], mentions: people, quotes: [q]});
    expect([...resolved.actors].sort()).toEqual(expected);
  });
});
