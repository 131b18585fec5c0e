import {describe, expect, test} from "vitest";
import {sentenceEvents} from "./helpers.js";

/** Event mentions of one body text published on a fixed day (Thursday 12 March 2026), as [type, date]. */
function events(text: string): string[][] {
  return sentenceEvents(text, "nouns.txt").map((m) => [m.type, m.date]);
}

describe("event nouns that name no event of their own: comparisons, purpose phrases, plans", () => {
  test.each<[string, string[][]]>([
    // comparisons with what is not reached
    ["»Wir sind näher an einer Vereinbarung als je zuvor seit dem Sommer«, sagte die Vermittlerin.", []],
    ["Die Tarifparteien sind von einer Einigung weit entfernt, hieß es am Montag.", []],
    // purpose phrases: the protest or the vote is the event
    ["Am Dienstag hatten Hunderte Menschen in Kiel für die Umsetzung des Abkommens demonstriert.", []],
    ["Die Angehörigen protestierten am Montag gegen die Vereinbarung der Reederei.", []],
    ["Er versprach am Montag, sich für die Freilassung der Seeleute einzusetzen.", []],
    ["Am Dienstag stimmte eine Mehrheit des Rates für die Vereinbarung.", [["decision", "2026-03-10"]]],
    // a body's approval of an agreement is a decision, not a second agreement (the decision replaces it)
    ["Der Stadtrat hat die Vereinbarung am Dienstag gebilligt.", [["decision", "2026-03-10"]]],
    // planned or scheduled: no event
    ["Nach Angaben der Reederei soll die nächste Freilassung am kommenden Samstag stattfinden.", []],
    ["Eine Abstimmung werde für Freitag erwartet.", []],
    ["Die Übergabe ist für den 20. März angesetzt, die Unterzeichnung des Abkommens für Freitag.", [["agreement", ""]]],
    // what happened stays an event
    ["Am Sonntag sind die Seeleute freigekommen.", [["release", "2026-03-08"]]],
    ["Die Freilassung der Seeleute am Sonntag verlief ohne Zwischenfälle.", [["release", "2026-03-08"]]],
    ["Die Einigung war am Mittwochabend verkündet worden.", [["agreement", "2026-03-11TEV"]]],
    ["Das Abkommen für die Hafenarbeiter wurde am Dienstag unterzeichnet.", [["agreement", "2026-03-10"]]],
    ["Das stimmte nicht, sagte sie am Montag.", []]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
