import {describe, expect, test} from "vitest";
import {sentenceEvents} from "./helpers.js";

/** Event mentions of one body sentence published on Thursday 12 March 2026, as [type, date, rule]. */
function events(sentence: string): string[][] {
  return sentenceEvents(sentence, "launch.txt").map((m) => [m.type, m.date, m.rule]);
}

describe("documents put forward and campaigns started (loaders/lang/de/events/launch-cues.ts)", () => {
  test.each<[string, string[][]]>([
    // a document put forward: an announcement, whatever the document
    ["Die beiden Parteien haben am Freitag ein gemeinsames Papier vorgelegt.", [["announcement", "2026-03-06", "de.event.announcement"]]],
    ["Am Dienstag legten die Fraktionen ein Positionspapier vor.", [["announcement", "2026-03-10", "de.event.announcement"]]],
    ["Die Unterhändler haben am Montag ihr Sondierungspapier vorgelegt.", [["announcement", "2026-03-09", "de.event.announcement"]]],
    ["Das Ministerium hat am Mittwoch einen Entwurf vorgelegt.", [["announcement", "2026-03-11", "de.event.announcement"]]],
    // "präsentiert" was an announcement already
    ["Die Gruppe hat am Freitag ein gemeinsames Papier präsentiert.", [["announcement", "2026-03-06", "de.event.announcement"]]],
    // no document, no separable "vor", or a plan: none
    ["Der Arzt legte am Montag einen Verband an.", []],
    ["Der Schüler legte am Montag den Stift auf das Papier.", []],
    ["Die Regierung will am Freitag ein Papier vorlegen.", []],
    // a document led by a preposition or "laut" is a source, no object; proposals are offers or recommendations
    ["Laut einem Bericht der Zeitung legte die Staatsanwaltschaft am Montag Beweise vor.", []],
    ["Die Arbeitgeber legten am Montag einen Kompromissvorschlag vor.", []],
    ["Der Schlichter legte am Montag seinen Schlichtungsvorschlag vor.", [["recommendation", "2026-03-09", "de.event.recommendation"]]],
    // a campaign, survey or initiative started
    ["Die Umweltverbände haben am Montag eine Kampagne gestartet.", [["launch", "2026-03-09", "de.event.launch"]]],
    ["Am Dienstag startete die Stadt eine Befragung der Anwohner.", [["launch", "2026-03-10", "de.event.launch"]]],
    ["Die Befragung läuft seit Dienstag.", [["launch", "2026-03-10", "de.event.launch"]]],
    ["Seit Montag läuft eine Unterschriftensammlung gegen den Neubau.", [["launch", "2026-03-09", "de.event.launch"]]],
    // a plane, a race or a run without "seit", a plan: none
    ["Das Flugzeug ist am Montag pünktlich gestartet.", []],
    ["Die Armee hat am Montag eine Offensive gestartet.", []],
    ["Die Kampagne läuft gut.", []],
    ["Die Partei will am Montag eine Kampagne starten.", []],
    ["Die Partei hat am Montag keine Kampagne gestartet.", []],
    // military and rescue operations, and a launch noun led by a preposition or "laut": none
    ["Die Armee startete am Montag eine Militäraktion im Norden.", []],
    ["Der Hubschrauber startete am Montag zu einer Rettungsaktion.", []],
    ["Auf Initiative der Ministerin startete am Montag der Bau der Brücke.", []],
    ["Laut einer Umfrage starteten die Grünen am Montag mit einem Vorsprung.", []],
    ["Die Jugendgruppe startete am Samstag eine Spendenaktion für das Tierheim.", [["launch", "2026-03-07", "de.event.launch"]]]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});
