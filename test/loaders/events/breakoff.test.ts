import {describe, expect, test} from "vitest";
import {sentenceEvents} from "./helpers.js";

/** Event mentions of one body sentence published on Thursday 12 March 2026, as [type, cue, date]. */
function events(sentence: string): string[][] {
  return sentenceEvents(sentence, "breakoff.txt").map((m) => [m.type, m.cue, m.date]);
}

describe("talks broken off, suspended or failed are a break-off, not a negotiation (de.event.breakoff)", () => {
  test.each<[string, string[][]]>([
    ["Am Dienstag brach die Gewerkschaft die Tarifverhandlungen ab.", [["breakoff", "brach", "2026-03-10"]]],
    ["Die Arbeitgeber haben die Gespräche am Montag abgebrochen.", [["breakoff", "abgebrochen", "2026-03-09"]]],
    ["Nach dem Abbruch der Verhandlungen am Mittwoch herrscht Funkstille.", [["breakoff", "Abbruch", "2026-03-11"]]],
    ["Der Verhandlungsabbruch vom Dienstag überraschte alle.", [["breakoff", "Verhandlungsabbruch", "2026-03-10"]]],
    ["Die Delegation verließ am Montag den Verhandlungstisch.", [["breakoff", "verließ", "2026-03-09"]]],
    // Swiss spelling, ss for ß (withSwissSpelling): the same break-off
    ["Die Abordnung verliess am Dienstag den Verhandlungssaal.", [["breakoff", "verliess", "2026-03-10"]]],
    ["Am Montag verliessen die Arbeitgeber den Verhandlungstisch.", [["breakoff", "verliessen", "2026-03-09"]]],
    ["Der Auszug aus den Koalitionsgesprächen am Dienstag kam unerwartet.", [["breakoff", "Auszug", "2026-03-10"]]],
    ["Die Sondierungen wurden am Montag ausgesetzt.", [["breakoff", "ausgesetzt", "2026-03-09"]]],
    ["Am Mittwoch setzten beide Seiten die Gespräche aus.", [["breakoff", "setzten", "2026-03-11"]]],
    ["Die Koalitionsverhandlungen sind am Dienstag gescheitert.", [["breakoff", "gescheitert", "2026-03-10"]]],
    // the present tense of a report or headline
    ["Am Dienstag bricht die Gewerkschaft die Lohnverhandlungen ab.", [["breakoff", "bricht", "2026-03-10"]]],
    ["Die Arbeitgeber brechen die Gespräche am Montag ab.", [["breakoff", "brechen", "2026-03-09"]]],
    ["Die Delegation verlässt am Montag den Verhandlungstisch.", [["breakoff", "verlässt", "2026-03-09"]]],
    ["Die Gewerkschaft setzt die Sondierungen am Montag aus.", [["breakoff", "setzt", "2026-03-09"]]],
    ["Die Tarifrunde scheitert am Mittwoch.", [["breakoff", "scheitert", "2026-03-11"]]],
    ["Die Sängerin bricht ihr Konzert am Montag ab.", []],
    // interrupted talks are suspended: a break-off, not a new negotiation; an interrupted speaker is none
    ["Die Tarifverhandlungen sind am Mittwoch unterbrochen worden.", [["breakoff", "unterbrochen", "2026-03-11"]]],
    ["Die Gewerkschaft unterbrach am Dienstag die Gespräche.", [["breakoff", "unterbrach", "2026-03-10"]]],
    ["Der Redner wurde am Dienstag mehrfach unterbrochen.", []],
    ["Nach der Unterbrechung der Schlichtung am Montag herrscht Funkstille.", [["breakoff", "Unterbrechung", "2026-03-09"]]],
    // a short pause, talks resumed, or talks not what is interrupted: no break-off
    ["Die Gespräche wurden am Montag für eine Mittagspause unterbrochen.", [["negotiation", "Gespräche", "2026-03-09"]]],
    ["Die Verhandlungen wurden am Dienstag von Protesten kurz unterbrochen und dann fortgesetzt.", [["negotiation", "Verhandlungen", "2026-03-10"]]],
    ["Nach einer kurzen Unterbrechung wurde die Schlichtung am Montag fortgesetzt.", [["negotiation", "Schlichtung", "2026-03-09"]]],
    ["Der Minister unterbrach am Montag seinen Urlaub für Gespräche mit der Gewerkschaft.", [["negotiation", "Gespräche", "2026-03-09"]]],
    // the talks themselves stay a negotiation
    ["Die Tarifverhandlungen begannen am Montag.", [["negotiation", "Tarifverhandlungen", "2026-03-09"]]],
    // planned, threatened or denied: no break-off (the talks stay)
    ["Die Gewerkschaft drohte am Montag, den Verhandlungstisch zu verlassen.", [["negotiation", "Verhandlungstisch", ""]]],
    ["Die Gespräche wurden am Montag nicht abgebrochen.", [["negotiation", "Gespräche", "2026-03-09"]]],
    // the same words without talks: no break-off
    ["Am Dienstag brach sich der Torwart das Bein.", []],
    ["Er las am Montag einen Auszug aus dem Roman.", []],
    ["Der Plan ist am Dienstag im Stadtrat gescheitert.", []],
    ["Die Familie verließ am Montag das Land.", []],
    ["Der Schwangerschaftsabbruch bleibt ein Streitthema.", []]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});
