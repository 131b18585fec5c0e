import {describe, expect, test} from "vitest";
import {findDates} from "../../../loaders/dates/find.js";
import {firstDay} from "../../../loaders/dates/planned.js";
import {german} from "../../../loaders/dates/extractor.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** The dates of one made-up sentence published on `published`, as [surface, planned]. */
function planned(sentence: string, published: string): [string, boolean][] {
  return findDates(sentence, splitSentences(sentence), german, {published}).map((d) => [d.surface, d.planned]);
}

const MONDAY = "2026-03-09";
const THURSDAY = "2026-03-12";

describe("dates.csv planned", () => {
  test.each<[string, string, [string, boolean][]]>([
    ["Am Mittwoch treffen sich die Parteichefs erneut.", MONDAY, [["Mittwoch", true]]],
    ["Am Montag treffen sich die Parteichefs.", MONDAY, [["Montag", false]]],
    ["Die Wahl ist für Samstag angesetzt.", THURSDAY, [["Samstag", true]]],
    // the past clause of a later date keeps it unplanned; a year that began before the publication day is no plan
    ["Am 20. März trafen sich die Parteichefs.", THURSDAY, [["20. März", false]]],
    ["Im Jahr 2026 wächst die Wirtschaft.", THURSDAY, [["Jahr 2026", false]]],
    // a night counts by the day it ends on: the night to Friday in a Thursday report lies ahead, in a Friday report it is past
    ["In der Nacht zu Freitag wird weiter verhandelt.", THURSDAY, [["Nacht zu Freitag", true]]],
    ["In der Nacht zu Freitag sind die Gespräche gescheitert.", "2026-03-13", [["Nacht zu Freitag", false]]],
    // no publication date: nothing lies after it
    ["Am 20. März treffen sich die Parteichefs.", "", [["20. März", false]]]
  ])("%s (published %s)", (sentence, published, expected) => {
    expect(planned(sentence, published)).toEqual(expected);
  });
});

describe("firstDay", () => {
  test.each<[string, string]>([["2026-03-16", "2026-03-16"], ["2026-04", "2026-04-01"], ["2027", "2027-01-01"], ["2026-03-12T20:00", "2026-03-12"], ["PRESENT_REF", ""], ["P1W", ""], ["2026-SU", ""]])("%s → %s", (value, expected) => {
    expect(firstDay(value)).toBe(expected);
  });
});
