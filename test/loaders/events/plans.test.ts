import {describe, expect, test} from "vitest";
import {dataConfig} from "./helpers.js";
import {articleExtractors} from "../../../loaders/extractors.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";

/** Event mentions as [type, date] of one made-up sentence published on `published`. */
function read(sentence: string, published: string) {
  const tables = extractArticle(prepareArticle({file: "plan.txt", text: sentence, given: {published}}, dataConfig), dataConfig, articleExtractors);
  return tables.event_mentions.map((m) => [m.type, m.date]);
}

/** Monday 9 March 2026 and Thursday 12 March 2026. */
const MONDAY = "2026-03-09";
const THURSDAY = "2026-03-12";

describe("present tense: an event on or before the publication day, a plan after it", () => {
  test.each<[string, string, string[][]]>([
    // de.event.plan.governed-infinitive: a present "beginnen" is no infinitive of a plan
    ["Die Gespräche beginnen heute.", MONDAY, [["negotiation", MONDAY]]],
    ["Heute treffen sich die Parteichefs zu ersten Sondierungen.", MONDAY, [["meeting", MONDAY]]],
    ["Am Montag treffen sich die Parteichefs.", MONDAY, [["meeting", MONDAY]]],
    ["Am Montag beginnen die Koalitionsverhandlungen.", MONDAY, [["negotiation", MONDAY]]],
    // a day already past in a present-tense report
    ["Am Montag treffen sich die Parteichefs.", THURSDAY, [["meeting", MONDAY]]],
    // de.dates.planned.after-publication: a day after the publication day dates no event
    ["Am Mittwoch treffen sich die Parteichefs erneut.", MONDAY, [["meeting", ""]]],
    ["Die Gespräche beginnen morgen.", MONDAY, [["negotiation", ""]]],
    ["Die beiden Seiten treffen sich am 20. März zu Gesprächen.", THURSDAY, [["meeting", ""]]],
    // a governed infinitive stays a plan, whatever the day
    ["Die Gespräche sollen am Montag beginnen.", MONDAY, []],
    ["Die Gespräche sollen heute beginnen.", MONDAY, []],
    ["Die Verhandlungen könnten schon am Montag starten.", THURSDAY, []],
    ["Das Treffen soll am Freitag stattfinden.", THURSDAY, []],
    ["Die Gespräche werden am Montag fortgesetzt werden.", THURSDAY, []],
    ["Sie sagte, die Gespräche könne man im Mai beginnen.", THURSDAY, []],
    // the past stays an event
    ["Am Freitag trafen sich die Parteichefs.", MONDAY, [["meeting", "2026-03-06"]]]
  ])("%s (published %s)", (sentence, published, expected) => {
    expect(read(sentence, published)).toEqual(expected);
  });
});
