import {describe, expect, test} from "vitest";
import {german} from "../../../loaders/dates/extractor.js";
import {findDates} from "../../../loaders/dates/find.js";
import {firstDay} from "../../../loaders/dates/planned.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** Friday 13 March 2026: the reference day of these made-up texts. */
const FRIDAY = "2026-03-13";

const pairs = (text: string, published = FRIDAY) =>
  findDates(text, splitSentences(text), german, {published}).map((d) => [d.surface, d.value, d.planned]);

describe("de.dates.anchor.background: a day told in the pluperfect anchors no later sentence", () => {
  test.each<[string, (string | boolean)[][]]>([
    [
      "Die Gespräche sind am Donnerstag gescheitert. Sie hatten am Dienstag begonnen. Der Vermittler telefonierte noch in der Nacht mit beiden Seiten.",
      [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Nacht", "2026-03-12TNI", false]]
    ],
    // within its own sentence the background day dates the parts of the day after it
    [
      "Die Gespräche sind am Donnerstag gescheitert. Sie hatten am Dienstag begonnen und waren am Abend unterbrochen worden.",
      [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Abend", "2026-03-10TEV", false]]
    ],
    // without an earlier day of the account it anchors as before
    ["Die Gespräche hatten am Dienstag begonnen. Am Abend gab es eine Pause.", [["Dienstag", "2026-03-10", false], ["Abend", "2026-03-10TEV", false]]],
    // a preterite day anchors
    ["Die Gespräche sind am Donnerstag gescheitert. Sie begannen am Dienstag. Am Abend gab es eine Pause.", [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Abend", "2026-03-10TEV", false]]],
    // "hatten" with a noun is no pluperfect (a capitalised word is no participle)
    ["Die Gespräche sind am Donnerstag gescheitert. Sie hatten am Dienstag Sitzungen. Am Abend gab es eine Pause.", [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Abend", "2026-03-10TEV", false]]],
    // "war" with an adjective or a participle of a state tells that day's state (a preterite): it anchors
    ["Die Gespräche sind am Donnerstag gescheitert. Die Stimmung war am Dienstag angespannt. In der Nacht gab es eine Pause.", [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Nacht", "2026-03-10TNI", false]]],
    ["Die Gespräche sind am Donnerstag gescheitert. Die Grenze war am Dienstag geschlossen. In der Nacht gab es eine Pause.", [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Nacht", "2026-03-10TNI", false]]],
    ["Die Gespräche sind am Donnerstag gescheitert. Die Lage war am Dienstag ruhig. In der Nacht gab es eine Pause.", [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Nacht", "2026-03-10TNI", false]]],
    // "war" with a participle of a verb of change (strong or weak), or of the passive with "worden": a pluperfect
    ["Die Gespräche sind am Donnerstag gescheitert. Der Minister war am Dienstag zurückgetreten. In der Nacht gab es eine Pause.", [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Nacht", "2026-03-12TNI", false]]],
    ["Die Gespräche sind am Donnerstag gescheitert. Eine erste Runde war am Dienstag gescheitert. In der Nacht gab es eine Pause.", [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Nacht", "2026-03-12TNI", false]]],
    ["Die Gespräche sind am Donnerstag gescheitert. Sie waren am Dienstag unterbrochen worden. In der Nacht gab es eine Pause.", [["Donnerstag", "2026-03-12", false], ["Dienstag", "2026-03-10", false], ["Nacht", "2026-03-12TNI", false]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("de.dates.weekend: the tense of the weekend's own clause", () => {
  test.each<[string, (string | boolean)[][]]>([
    ["Der Minister kündigte an, er werde am Wochenende nach Rom reisen.", [["Wochenende", "2026-W11-WE", true]]],
    ["Am Wochenende hatten sich die Minister getroffen.", [["Wochenende", "2026-W10-WE", false]]],
    ["Die Ministerin sagte am Montag, sie sei am Wochenende in Rom gewesen.", [["Montag", "2026-03-09", false], ["Wochenende", "2026-W10-WE", false]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("de.dates.night-to: the night that begins on the reference day", () => {
  test.each<[string, string, (string | boolean)[][]]>([
    // a Friday report: the night to Saturday is that Friday's, told in the past too (whether such a night is planned is the
    // after-publication rule's matter)
    ["Der Landtag stimmte dem Vertrag in der Nacht zu Samstag zu.", FRIDAY, [["Nacht zu Samstag", "2026-03-13TNI", false]]],
    // other nights keep the weekday reading: in the past the last one
    ["Der Landtag stimmte dem Vertrag in der Nacht zu Donnerstag zu.", FRIDAY, [["Nacht zu Donnerstag", "2026-03-11TNI", false]]],
    ["Der Landtag stimmte dem Vertrag in der Nacht zu Samstag zu.", "2026-03-11", [["Nacht zu Samstag", "2026-03-06TNI", false]]]
  ])("%s (published %s)", (text, published, expected) => {
    expect(pairs(text, published)).toEqual(expected);
  });
});

describe("firstDay of weeks and weekends (planned dates)", () => {
  test.each<[string, string]>([["2026-W12", "2026-03-16"], ["2026-W12-WE", "2026-03-21"], ["2026-W53", "2026-12-28"]])("%s → %s", (value, expected) => {
    expect(firstDay(value)).toBe(expected);
  });
});
