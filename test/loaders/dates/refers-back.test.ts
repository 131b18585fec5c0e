import {describe, expect, test} from "vitest";
import {german} from "../../../loaders/dates/extractor.js";
import {findDates} from "../../../loaders/dates/find.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** [surface, value] of the dates of a text published on Monday 16 March 2026. */
const pairs = (text: string) => findDates(text, splitSentences(text), german, {published: "2026-03-16"}).map((d) => [d.surface, d.value]);

describe("weekdays a noun refers back to, and parts of a day told in the past (published Monday 16 March 2026)", () => {
  test.each<[string, [string, string][]]>([
    // "vom"/"von" + weekday: the last such day, even after a future day and in the present tense
    ["Die Ministerin reist am Dienstag nach Rom. Sie sagte, die Einigung vom Sonntag sei ein Anfang.", [["Dienstag", "2026-03-17"], ["Sonntag", "2026-03-15"]]],
    ["Der Vorstand reist am Dienstag ab. Die Übergabe vom Samstag gilt als Erfolg, die nächste ist für Samstag geplant.",
      [["Dienstag", "2026-03-17"], ["Samstag", "2026-03-14"], ["Samstag", "2026-03-21"]]],
    ["Das Protokoll von Freitag liegt vor.", [["Freitag", "2026-03-13"]]],
    // spans and starts stay as they were
    ["Die Messe dauert von Mittwoch bis Freitag.", [["Mittwoch", "2026-03-18"], ["Freitag", "2026-03-20"]]],
    // a past-tense sentence after a day that lies ahead: the evening is the reference's
    ["Eine Abstimmung werde für Donnerstag erwartet. In Kiel zogen am späten Abend Hunderte Menschen vor das Rathaus.", [["Donnerstag", "2026-03-19"], ["Abend", "2026-03-16TEV"]]],
    // nor after a day told in the future
    ["Die ersten Seeleute sollen am Freitag freikommen. In Kiel zogen am späten Abend Hunderte Menschen vor das Rathaus.", [["Freitag", "2026-03-20"], ["Abend", "2026-03-16TEV"]]],
    // a past day mentioned before still anchors the evening
    ["Am Samstag kam es zu Protesten. Am Abend zogen Hunderte Menschen vor das Rathaus.", [["Samstag", "2026-03-14"], ["Abend", "2026-03-14TEV"]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("weekdays a plan is made for lie ahead (published Monday 16 March 2026)", () => {
  test.each<[string, [string, string][]]>([
    ["Der Verband rief für Samstag zu einer Kundgebung auf.", [["Samstag", "2026-03-21"]]],
    ["Am Sonntag kamen zwei Geiseln frei, die nächste Übergabe ist für Samstag geplant.", [["Sonntag", "2026-03-15"], ["Samstag", "2026-03-21"]]],
    ["Eine Abstimmung werde für Donnerstag erwartet.", [["Donnerstag", "2026-03-19"]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
