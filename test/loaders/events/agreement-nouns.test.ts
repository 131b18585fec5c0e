import {describe, expect, test} from "vitest";
import {sentenceEvents} from "./helpers.js";

/** Event mentions of a text published on Thursday 12 March 2026, as [type, cue, date]. */
function events(text: string): string[][] {
  return sentenceEvents(text, "agreement.txt").map((m) => [m.type, m.cue, m.date]);
}

describe("an agreement noun is an agreement only when reached, concluded or signed (de.event.agreement)", () => {
  test.each<[string, string[][]]>([
    ["Die beiden Staaten haben am Montag ein Fischereiabkommen geschlossen.", [["agreement", "Fischereiabkommen", "2026-03-09"]]],
    ["Die Einigung kam am Dienstag nach langer Nacht zustande.", [["agreement", "Einigung", "2026-03-10"]]],
    ["Am Mittwoch erzielten die Parteien eine Vereinbarung über die Löhne.", [["agreement", "Vereinbarung", "2026-03-11"]]],
    // a hyphenated compound is read by its head: the same rules hold for it
    ["Die Minister haben am Montag das Nordsee-Abkommen unterzeichnet.", [["agreement", "Nordsee-Abkommen", "2026-03-09"]]],
    // the object of campaigning, criticism, opinion or talk: no agreement event
    ["Die Ministerin hat am Dienstag im Landtag für das Alpen-Abkommen geworben.", []],
    ["Der Verband kritisierte am Montag das Abkommen scharf.", []],
    ["Am Mittwoch berieten die Minister über die Vereinbarung.", []],
    ["Laut der Vereinbarung muss das Werk bis 2030 schließen.", []],
    ["Eine Einigung am Montag sei noch in weiter Ferne.", []],
    // the noun dated by "vom", or by an attributive participle of reaching it, is the agreement whatever the clause's verb
    ["Der Landrat begrüßte die Einigung vom Dienstag ausdrücklich.", [["agreement", "Einigung", "2026-03-10"]]],
    ["Die Opposition lehnt das am Montag ausgehandelte Abkommen ab.", [["agreement", "Abkommen", "2026-03-09"]]],
    // general verbs of finding, meeting and coming: only with the noun as their bare object (or "kam" its subject)
    ["Am Montag fanden die Parteien eine Einigung über die Löhne.", [["agreement", "Einigung", "2026-03-09"]]],
    ["Die Parteien haben am Montag eine Vereinbarung gefunden.", [["agreement", "Vereinbarung", "2026-03-09"]]],
    ["Die Parteien haben sich am Montag auf eine Vereinbarung verständigt.", [["agreement", "Vereinbarung", "2026-03-09"]]],
    ["Kritik am Abkommen kam am Montag vor allem von der Opposition.", []],
    ["Das Abkommen fand am Dienstag breite Zustimmung im Parlament.", []],
    ["Die Kritik an der Vereinbarung erreichte am Montag einen neuen Höhepunkt.", []]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("an attributive participle of a decision verb types its noun phrase's event as a decision (de.event.decision)", () => {
  test.each<[string, string[][]]>([
    ["Der Verein lehnt das am Dienstag vom Rat gebilligte Handelsabkommen ab.", [["decision", "gebilligte", "2026-03-10"]]],
    ["Die am Montag beschlossenen Kürzungen belasten vor allem Familien.", [["decision", "beschlossenen", "2026-03-09"]]],
    ["Die Landesregierung genehmigte am Mittwoch den Neubau.", [["decision", "genehmigte", "2026-03-11"]]],
    ["Das Parlament hat den Vertrag am Dienstag ratifiziert.", [["decision", "ratifiziert", "2026-03-10"]]],
    ["Die 2019 beschlossene Reform zeigt Wirkung.", [["decision", "beschlossene", "2019"]]],
    // a bare adjective or a count: no decision
    ["Die beschlossenen Mittel reichen nicht.", []],
    ["Im Archiv liegen 14 genehmigte Anträge.", []],
    // a number word counts the nouns; it is no word of the participle's own
    ["Die Stadt hat die drei genehmigten Windräder am Montag besichtigt.", []],
    ["Der Rat prüft die zwei am Montag beschlossenen Pläne.", [["decision", "beschlossenen", "2026-03-09"]]]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("a failed round is a break-off only in an article about talks (de.event.breakoff)", () => {
  test.each<[string, string[][]]>([
    ["Die Verhandlungen gehen weiter. Die vorige Runde im Februar in Lissabon war gescheitert.", [["negotiation", "Verhandlungen", ""], ["breakoff", "gescheitert", "2026-02"]]],
    ["Die Gespräche dauern an. Beide Runden sind am Montag gescheitert.", [["negotiation", "Gespräche", ""], ["breakoff", "gescheitert", "2026-03-09"]]],
    ["Die Gesprächsrunde in Oslo ist am Dienstag gescheitert.", [["breakoff", "gescheitert", "2026-03-10"]]],
    // a tournament's round: no talks in the article
    ["Die Mannschaft ist am Sonntag in der ersten Runde gescheitert.", []],
    ["Die vorige Runde war am Montag gescheitert.", []]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
