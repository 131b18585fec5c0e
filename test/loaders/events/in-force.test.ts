import {describe, expect, test} from "vitest";
import {sentenceEvents} from "./helpers.js";

/** Event mentions of one body text published on a fixed day (Thursday 12 March 2026), as [type, date]. */
function events(text: string): string[][] {
  return sentenceEvents(text, "in-force.txt").map((m) => [m.type, m.date]);
}

describe("taking effect, meeting and receiving for talks, and days back as dates", () => {
  test.each<[string, string[][]]>([
    // in force
    ["Die Feuerpause ist am Dienstagmorgen um 6 Uhr in Kraft getreten.", [["in-force", "2026-03-10T06:00"]]],
    ["Am Montag trat die neue Hafenordnung in Kraft.", [["in-force", "2026-03-09"]]],
    ["Die Feuerpause, die vor zwei Tagen in Kraft trat, hält bisher.", [["in-force", "2026-03-10"]]],
    ["Seit dem Inkrafttreten der Feuerpause am Montag ist es ruhig.", [["in-force", "2026-03-09"]]],
    ["Die Regel soll am Montag in Kraft treten.", []],
    ["Die Regel ist nicht in Kraft getreten.", []],
    ["Die Regel wurde am Montag außer Kraft gesetzt.", []],
    ["Mit aller Kraft trat er am Montag gegen den Ball.", []],
    // meetings
    ["Die Ministerin ist am Mittwoch in Bern mit ihrem Amtskollegen zusammengetroffen.", [["meeting", "2026-03-11"]]],
    ["Der Vermittler empfing am Montag die Leiter beider Delegationen zu getrennten Gesprächen.", [["meeting", "2026-03-09"]]],
    ["Der Sender empfing am Montag schwache Signale.", []],
    // a visit dated by "vor drei Tagen"; weeks stay undated
    ["Vor drei Tagen hatte die Ministerin bei ihrem Besuch in Bern von Fortschritten gesprochen.", [["visit", "2026-03-09"]]],
    ["Vor drei Wochen hatte die Ministerin bei ihrem Besuch in Bern von Fortschritten gesprochen.", [["visit", ""]]]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("a sentence that the next one reports takes its day", () => {
  test.each<[string, string[][]]>([
    ["Nach zähen Gesprächen haben sich Reederei und Gewerkschaft auf eine Feuerpause und die Freilassung der Seeleute geeinigt. Das gaben die Vermittler am Mittwochabend in Kiel bekannt.",
      [["release", ""], ["agreement", "2026-03-11TEV"]]],
    ["Die Reederei hat sich mit der Gewerkschaft geeinigt. Die Vermittler reisten am Mittwoch ab.", [["agreement", ""]]]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
