import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions, type VetoedMention} from "../../../loaders/people/mentions.js";
import type {RegisterPerson} from "../../../loaders/people/register.js";

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
    ["Die Anteile an Thomas Krause N.V. wurden verkauft.", []],
    ["Die Anteile an Thomas Krause S.p.A. wurden verkauft.", []],
    ["Der Reisekonzern Thomas Krause ist insolvent.", []],
    ["Am Abend sprach Thomas Krause mit den Gästen.", ["Thomas Krause"]],
    // initial-adjective: a predicative adjective fronted before its copula, the subject after it
    ["Ungewiss bleibt der Zeitplan.", []],
    ["Heikel wird die nächste Runde.", []],
    // a team's standing in its league, which "-meister" would read as a title
    ["Beim Vizemeister Wettau hängt der Haussegen schief.", []],
    ["Gegen Rekordmeister Lindor verlor die Elf knapp.", []],
    ["Am Ende sagte Weltmeister Tarvosek ab.", ["Tarvosek"]],
    // past a foreign article that opens an outlet's name
    ["Die spanische Zeitung El Tarvino schrieb, es gebe Tote.", []],
    ["Das Wochenblatt El Tarbo meldete gestern einen Rekord.", []],
    // multi-word-place
    ["Die Konferenz fand in Santiago de Chile statt.", []],
    ["In Abu Dhabi trafen sich die Minister.", []],
    ["Ihr Gastgeber Santiago Ramos begrüßte die Minister.", ["Santiago Ramos"]],
    // conjunction
    ["Solange die Wahl läuft, bleibt das Büro offen.", []],
    // product-version and product names
    ["Das Programm läuft nur unter Lindows XP und nicht auf Tablets.", []],
    ["Das berichtet Wired am Montag.", []],
    // a place's or organisation's acronym after a name is no version
    ["Das Treffen mit Biden USA war kurz.", ["Biden"]],
    ["Der Vertrag mit Krause USA lief aus.", ["Krause"]],
    ["Das Spiel läuft nur unter Fenix NT.", []],
    ["Es gibt auch eine Version namens Ubuntu Sabine.", []],
    ["Das Spiel der Premier League endete torlos.", []],
    ["Das berichtet Krause am Montag.", ["Krause"]],
    // illness-or-substance
    ["Der Sänger starb an Leukämie.", []],
    ["Zuletzt wurde Senfgas entdeckt.", []],
    // an illness's ending as a whole word is a surname, not an illness (more with a register below)
    ["Fieber hat am Montag erklärt, sie bleibe im Amt.", ["Fieber"]],
    ["Die Tante starb im Herbst an Krebs.", []],
    ["Im Winter breitete sich Lungenkrebs aus.", []],
    // initial-adjective
    ["Stabil blieb dagegen der Kurs.", []],
    ["Konkret wird das Geld knapp.", []],
    ["Generell blieb alles ruhig.", []],
    ["Kurz sagte am Montag, er sei zufrieden.", ["Kurz"]],
    // adverbial openers right before the finite verb, not only a copula
    ["Konkret bedeutet das weniger Urlaub.", []],
    ["Knapp verpasste der Verein den Aufstieg.", []],
    ["Schwer wiegt dabei die Kritik der Prüfer.", []],
    ["Hoch lagen die Kosten im Sommer.", []],
    ["Neu ist dagegen der Ton.", []],
    ["Sicher hat die Firma gestern geklagt.", []],
    ["Sicher ist nur, dass es regnet.", []],
    // adjectives that are common family names are not in the list ("Schnell" is in no surname list: the list decides)
    ["Schnell hat am Montag erklärt, er trete an.", ["Schnell"]],
    ["Frei hat die Wahl gewonnen.", ["Frei"]],
    // a cue other than word order alone keeps the name ("Schnell sagte": a speech verb)
    ["Schnell sagte am Montag, er sei zufrieden.", ["Schnell"]],
    // no finite verb right after the word: no veto by this rule
    ["Klar, dass es regnet.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe("mention vetoes with a register (mention-vetoes.ts)", () => {
  const register: RegisterPerson[] = [
    {id: "r1", name: "Anna Krebs", aliases: [], roles: [], affiliation: "", wikidata: ""},
    {id: "r2", name: "Tom Fieber", aliases: [], roles: [], affiliation: "", wikidata: ""},
    {id: "r3", name: "Lena Knapp", aliases: [], roles: [], affiliation: "", wikidata: ""}
  ];
  const cases: [string, string[]][] = [
    // a listed adjective that is a register person's surname stays a name
    ["Knapp hat am Montag erklärt, sie trete an.", ["Knapp"]],
    ["Krebs sagte am Montag, der Vertrag sei fertig.", ["Krebs"]],
    ["Krebs hat am Montag erklärt, sie trete zurück.", ["Krebs"]],
    ["Am Montag widersprach Fieber dem Plan.", ["Fieber"]],
    ["Die Tante starb im Herbst an Krebs.", []],
    ["Das Mittel half gegen Fieber.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(findMentions(text, [{start: 0, end: text.length}], personLexicon(register)).map((m) => m.surface)).toEqual(expected);
  });
});

describe("the id of a vetoing rule is kept (mentions.ts)", () => {
  const cases: [string, string[]][] = [
    ["Seit Montag fliegt Air Martina nicht mehr.", ["org-head"]],
    ["Die Aktie der Thomas Krause N.V. fiel um drei Prozent.", ["org-tail"]],
    ["Die Aktie der Thomas Krause S.p.A. fiel um drei Prozent.", ["org-tail"]],
    ["Die Konferenz fand in Santiago de Chile statt.", ["multi-word-place"]],
    ["Stabil blieb dagegen der Kurs.", ["initial-adjective"]],
    ["Knapp verpasste der Verein den Aufstieg.", ["initial-adjective"]],
    ["Am Abend sprach Thomas Krause mit den Gästen.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    const vetoed: VetoedMention[] = [];
    findMentions(text, [{start: 0, end: text.length}], personLexicon([]), [], vetoed);
    expect(vetoed.map((v) => v.veto)).toEqual(expected);
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
