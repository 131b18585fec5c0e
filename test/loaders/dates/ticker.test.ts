import {describe, expect, test} from "vitest";
import {german} from "../../../loaders/dates/extractor.js";
import {findDates} from "../../../loaders/dates/find.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** Clock times of a made-up ticker published on Friday 6 March 2026, as [surface, value, rule]. */
const times = (text: string) =>
  findDates(text, splitSentences(text), german, {published: "2026-03-06"}).filter((d) => d.type === "TIME").map((d) => [d.surface, d.value, d.rule]);

const entries = (stamps: string[]) => stamps.map((s, i) => `${s}\n\nEintrag Nummer ${i + 1} zur Wahl.`).join("\n\n");

describe("de.dates.ticker-order: stamps of a live ticker across midnight", () => {
  test.each<[string, string[], string[][]]>([
    ["newest first: below 07:30, 22:40 is the evening before", ["10:05 Uhr", "07:30 Uhr", "22:40 Uhr", "18:00 Uhr"], [
      ["10:05 Uhr", "2026-03-06T10:05", "de.dates.time"], ["07:30 Uhr", "2026-03-06T07:30", "de.dates.time"],
      ["22:40 Uhr", "2026-03-05T22:40", "de.dates.ticker-order"], ["18:00 Uhr", "2026-03-05T18:00", "de.dates.ticker-order"]]],
    ["oldest first: the last stamp is the publication day's", ["20:15 Uhr", "23:50 Uhr", "00:40 Uhr", "08:00 Uhr"], [
      ["20:15 Uhr", "2026-03-05T20:15", "de.dates.ticker-order"], ["23:50 Uhr", "2026-03-05T23:50", "de.dates.ticker-order"],
      ["00:40 Uhr", "2026-03-06T00:40", "de.dates.time"], ["08:00 Uhr", "2026-03-06T08:00", "de.dates.time"]]],
    ["one day: nothing moves", ["18:00 Uhr", "14:30 Uhr", "09:10 Uhr"], [
      ["18:00 Uhr", "2026-03-06T18:00", "de.dates.time"], ["14:30 Uhr", "2026-03-06T14:30", "de.dates.time"], ["09:10 Uhr", "2026-03-06T09:10", "de.dates.time"]]],
    ["newest first: one entry out of order moves nothing", ["16:00 Uhr", "15:20 Uhr", "15:45 Uhr", "13:10 Uhr", "12:00 Uhr", "10:30 Uhr"], [
      ["16:00 Uhr", "2026-03-06T16:00", "de.dates.time"], ["15:20 Uhr", "2026-03-06T15:20", "de.dates.time"], ["15:45 Uhr", "2026-03-06T15:45", "de.dates.time"],
      ["13:10 Uhr", "2026-03-06T13:10", "de.dates.time"], ["12:00 Uhr", "2026-03-06T12:00", "de.dates.time"], ["10:30 Uhr", "2026-03-06T10:30", "de.dates.time"]]],
    ["a programme with one step back is one day", ["09:00 Uhr", "11:30 Uhr", "10:00 Uhr", "14:00 Uhr"], [
      ["09:00 Uhr", "2026-03-06T09:00", "de.dates.time"], ["11:30 Uhr", "2026-03-06T11:30", "de.dates.time"],
      ["10:00 Uhr", "2026-03-06T10:00", "de.dates.time"], ["14:00 Uhr", "2026-03-06T14:00", "de.dates.time"]]],
    ["newest first: a small step back and a jump over midnight", ["00:40 Uhr", "00:10 Uhr", "23:30 Uhr"], [
      ["00:40 Uhr", "2026-03-06T00:40", "de.dates.time"], ["00:10 Uhr", "2026-03-06T00:10", "de.dates.time"],
      ["23:30 Uhr", "2026-03-05T23:30", "de.dates.ticker-order"]]],
    ["two stamps say nothing about the order", ["07:30 Uhr", "22:40 Uhr"], [
      ["07:30 Uhr", "2026-03-06T07:30", "de.dates.time"], ["22:40 Uhr", "2026-03-06T22:40", "de.dates.time"]]]
  ])("%s", (_, stamps, expected) => {
    expect(times(entries(stamps))).toEqual(expected);
  });

  test("times inside sentences are no stamps", () => {
    const text = "Um 10 Uhr öffneten die Lokale. Um 7 Uhr kamen die Helfer. Um 22 Uhr endete die Zählung. Um 18 Uhr kam das Ergebnis.";
    expect(times(text).map((t) => t[1])).toEqual(["2026-03-06T10:00", "2026-03-06T07:00", "2026-03-06T22:00", "2026-03-06T18:00"]);
  });
});
