import {describe, expect, test} from "vitest";
import {dataConfig} from "./helpers.js";
import {articleExtractors} from "../../../loaders/extractors.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";

/** Event mentions as [type, date] of one made-up text published on Thursday 12 March 2026 (or `published`). */
function read(text: string, published = "2026-03-12") {
  const tables = extractArticle(prepareArticle({file: "dating.txt", text, given: {published}}, dataConfig), dataConfig, articleExtractors);
  return tables.event_mentions.map((m) => [m.type, m.date]);
}

describe("de.event.mood.hearsay-perfect: 'sollen' with a perfect infinitive reports the past", () => {
  test.each<[string, string[][]]>([
    ["Die Unterhändler sollen sich am Montag in Genf getroffen haben.", [["meeting", "2026-03-09"]]],
    ["Der Vertrag soll am Dienstag unterzeichnet worden sein.", [["agreement", "2026-03-10"]]],
    ["Laut Medienberichten soll der Rat am Montag den Bau beschlossen haben.", [["decision", "2026-03-09"]]],
    // a plan and what should have been stay no event
    ["Die Unterhändler sollen sich am Montag in Genf treffen.", []],
    ["Der Rat soll am Montag den Bau beschließen.", []],
    ["Der Rat sollte den Bau längst beschlossen haben.", []]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("de.event.date.current-year: the year in progress dates no event", () => {
  test.each<[string, string, string[][]]>([
    ["Auch in Bayern wird heuer härter verhandelt.", "2026-03-12", [["negotiation", ""]]],
    ["In diesem Jahr streikten die Fahrer am 3. März.", "2026-03-12", [["strike", "2026-03-03"]]],
    // another year dates it, as a year
    ["Die Fahrer streikten schon 2019 für mehr Lohn.", "2026-03-12", [["strike", "2019"]]],
    // without a publication date a year dates it
    ["Die Fahrer streikten 2026 für mehr Lohn.", "", [["strike", "2026"]]]
  ])("%s (%s)", (text, published, expected) => {
    expect(read(text, published)).toEqual(expected);
  });
});
