import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";

function mentions(text: string): string[] {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon([])).map((m) => m.surface);
}

describe("mention vetoes (mention-vetoes.ts)", () => {
  // sentence, mentions found
  const cases: [string, string[]][] = [
    // org-head / org-tail / org-noun: a firm's, club's or team's name
    ["Seit Montag fliegt Air Martina nicht mehr.", []],
    ["Die Aktie der Martina Airlines fiel um drei Prozent.", []],
    ["Die Carolina Falcons verloren das Finale.", []],
    ["Der Reisekonzern Thomas Krause ist insolvent.", []],
    ["Am Abend sprach Thomas Krause mit den Gästen.", ["Thomas Krause"]],
    // multi-word-place
    ["Die Konferenz fand in Santiago de Chile statt.", []],
    ["In Abu Dhabi trafen sich die Minister.", []],
    ["Ihr Gastgeber Santiago Ramos begrüßte die Minister.", ["Santiago Ramos"]],
    // conjunction
    ["Solange die Wahl läuft, bleibt das Büro offen.", []],
    // product-version and product names
    ["Das Programm läuft nur unter Lindows XP und nicht auf Tablets.", []],
    ["Das berichtet Wired am Montag.", []],
    ["Es gibt auch eine Version namens Ubuntu Sabine.", []],
    ["Das Spiel der Premier League endete torlos.", []],
    ["Das berichtet Krause am Montag.", ["Krause"]],
    // illness-or-substance
    ["Der Sänger starb an Leukämie.", []],
    ["Zuletzt wurde Senfgas entdeckt.", []],
    // initial-adjective
    ["Stabil blieb dagegen der Kurs.", []],
    ["Konkret wird das Geld knapp.", []],
    ["Generell blieb alles ruhig.", []],
    ["Kurz sagte am Montag, er sei zufrieden.", ["Kurz"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe("initials of two or three letters (tokens.ts, name-shape.ts)", () => {
  const cases: [string, string[]][] = [
    ["Das Tor schoss Ch. Wieser in der Nachspielzeit.", ["Ch. Wieser"]],
    ["Laut Th. Koller war das Spiel entschieden.", ["Th. Koller"]],
    ["Verletzt fehlt diesmal Ch. Wieser.", ["Ch. Wieser"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
