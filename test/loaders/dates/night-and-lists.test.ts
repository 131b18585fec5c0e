import {describe, expect, test} from "vitest";
import {german} from "../../../loaders/dates/extractor.js";
import {findDates} from "../../../loaders/dates/find.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** Reference date of these tests: Friday 13 March 2026. */
const REF = "2026-03-13";

const pairs = (text: string, published = REF) => findDates(text, splitSentences(text), german, {published}).map((d) => [d.surface, d.value]);

describe("the night named by the day it ends on (de.dates.night-to), against Friday 13 March 2026", () => {
  test.each<[string, string[][]]>([
    // the night of the day before, as TimeML gives a night to the evening it follows
    ["In der Nacht zu Mittwoch brannte eine Scheune.", [["Nacht zu Mittwoch", "2026-03-10TNI"]]],
    ["In der Nacht zum Freitag kam es zu Glätte.", [["Nacht zum Freitag", "2026-03-12TNI"]]],
    ["In der Nacht auf Sonntag soll es schneien.", [["Nacht auf Sonntag", "2026-03-14TNI"]]],
    ["Die Nacht vom Samstag auf Sonntag verlief ruhig.", [["Nacht vom Samstag auf Sonntag", "2026-03-07TNI"]]],
    ["In der Nacht zum 2. März fiel Schnee.", [["Nacht zum 2. März", "2026-03-01TNI"]]],
    ["In der Nacht zu Dienstag, dem 10. März, endeten die Gespräche.", [["Nacht zu Dienstag, dem 10. März", "2026-03-09TNI"]]],
    // a bare night is still the part of the last day mentioned
    ["Am Dienstag wurde bis in die Nacht verhandelt. In der Nacht gab es eine Einigung.", [["Dienstag", "2026-03-10"], ["Nacht", "2026-03-10TNI"]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  test("without a publication date the night is unresolved", () => {
    expect(pairs("In der Nacht zu Freitag fiel Schnee.", "")).toEqual([["Nacht zu Freitag", ""]]);
  });
});

describe("weekdays of a list and of a demand, against Friday 13 March 2026", () => {
  test.each<[string, string[][]]>([
    // a week named after a list of weekdays holds each of them
    ["Die Runde ist für Mittwoch und Donnerstag kommender Woche angesetzt.", [["Mittwoch", "2026-03-18"], ["Donnerstag", "2026-03-19"], ["kommender Woche", "2026-W12"]]],
    ["Am Dienstag nächster Woche tagt der Ausschuss.", [["Dienstag", "2026-03-17"], ["nächster Woche", "2026-W12"]]],
    ["Der Montag vergangener Woche war ruhig.", [["Der Montag", "2026-03-02"], ["vergangener Woche", "2026-W10"]]],
    // "für" before the first day of a list plans every day of it
    ["Die Gespräche sind für Montag und Dienstag geplant.", [["Montag", "2026-03-16"], ["Dienstag", "2026-03-17"]]],
    // a weekday in what a demand asks for lies after the demand, whatever its tense
    ["Die Gewerkschaft verlangte, am Dienstag ein Angebot vorzulegen.", [["Dienstag", "2026-03-17"]]],
    ["Der Verband forderte, dass die Stadt am Mittwoch zahlt.", [["Mittwoch", "2026-03-18"]]],
    // …counted from the day of the demand when the sentence names it
    ["Der Verband forderte am Montag, dass die Stadt am Mittwoch zahlt.", [["Montag", "2026-03-09"], ["Mittwoch", "2026-03-11"]]],
    // …but a perfect infinitive reports what happened
    ["Sie bestätigte, am Dienstag unterschrieben zu haben.", [["Dienstag", "2026-03-10"]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
