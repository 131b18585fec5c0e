import {describe, expect, test} from "vitest";
import {parseConfig} from "../../../loaders/config.js";
import {articleExtractors} from "../../../loaders/extractors.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {dataConfig} from "./helpers.js";

/** A story's own cues: a rally (factual, the default) and an ultimatum counted in any clause (factual: false). */
const CUES = `
- type: rally
  words: ["*kundgebung", Sitzblockade]
- type: threat
  words: [Ultimatum, "*drohung"]
  factual: false
`;
const config = {...dataConfig, events: parseConfig({"events.yaml": CUES}, undefined, "story/data").events};

/** Event mentions of a made-up text published on Thursday 12 March 2026, as [type, cue, date]. */
function events(text: string): string[][] {
  const article = prepareArticle({file: "own.txt", text, given: {published: "2026-03-12"}}, config);
  return extractArticle(article, config, articleExtractors).event_mentions.map((m) => [m.type, m.cue, m.date]);
}

describe("a user's own cue gets the mood checks of the built-in ones", () => {
  test.each<[string, string[][]]>([
    ["Am Dienstag gab es eine Kundgebung vor dem Rathaus.", [["rally", "Kundgebung", "2026-03-10"]]],
    // the future of reported speech plans: no event of a factual cue (the statement stays)
    ["Die Initiative teilte mit, man werde die Sitzblockade am Montag fortsetzen.", [["statement", "teilte", ""]]],
    ["Der Sprecher sagte, es werde am Samstag eine Großkundgebung geben.", []]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("a user's noun cue under a verb of withdrawing names what is withdrawn, no event of its type", () => {
  test.each<[string, string[][]]>([
    ["Die Regierung stellte am Montag ein Ultimatum.", [["threat", "Ultimatum", "2026-03-09"]]],
    ["Die Regierung hat am Dienstag ihre Zoll-Drohung zurückgezogen.", []],
    ["Am Mittwoch nahm der Minister das Ultimatum zurück.", []],
    ["Der Verband zog seine Streikdrohung am Montag zurück.", []],
    ["Die Partei hat die Drohung widerrufen.", []],
    // only the verb's object is withdrawn: not a noun led by a preposition, not under a reflexive "zog sich zurück"
    ["Nach der Kundgebung am Montag zog sich die Polizei zurück.", [["rally", "Kundgebung", "2026-03-09"]]],
    ["Die Polizei zog sich am Montag von der Sitzblockade zurück.", [["rally", "Sitzblockade", "2026-03-09"]]],
    ["Die Polizei nahm nach der Kundgebung am Montag drei Festnahmen zurück.", [["rally", "Kundgebung", "2026-03-09"]]]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
