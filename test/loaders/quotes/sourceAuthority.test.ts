import {describe, expect, test} from "vitest";
import {findQuotes} from "../../../loaders/quotes/extract.js";
import {quoteRows} from "../../../loaders/quotes/speakers.js";
import {sourceAuthority} from "../../../loaders/quotes/sourceAuthority.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** The speaker span and the speaker named in the first quote row of a text (no person mentions). */
function firstSpeaker(text: string): [string, string] {
  const rows = quoteRows("a", text, findQuotes(text, splitSentences(text)), []);
  expect(rows.length).toBeGreaterThan(0);
  const row = rows[0];
  return [row.speaker_start === null ? "" : text.slice(row.speaker_start, row.speaker_end!), row.speaker];
}

/** [why, sentence, speaker span, speaker named] — sentences written for the test (rule de.speaker.source-authority). */
describe("the authority behind a source phrase is the speaker", () => {
  test.each<[string, string, string, string]>([
    ["nach Angaben + genitive", "Nach Angaben der Feuerwehr sei der Brand gelöscht.", "Angaben der Feuerwehr", "Feuerwehr"],
    ["Angaben + genitive + zufolge", "Den Angaben der Bergwacht zufolge sei der Weg gesperrt.", "Den Angaben der Bergwacht", "Bergwacht"],
    ["nach Informationen + genitive", "Nach Informationen des Senders sei der Vertrag unterschrieben.", "Informationen des Senders", "Sender"],
    ["nach Erkenntnissen + genitive", "Nach Erkenntnissen der Ermittler sei das Feuer gelegt worden.", "Erkenntnissen der Ermittler", "Ermittler"],
    ["nach Angaben von + names", "Nach übereinstimmenden Angaben von Europol und Interpol sei die Bande gefasst.", "übereinstimmenden Angaben von Europol und Interpol", "Europol und Interpol"],
    ["a hyphenated compound", "Nach ESA-Angaben sei die Sonde gelandet.", "ESA-Angaben", "ESA"],
    ["'laut' names the phrase itself", "Laut der Bergwacht sei der Weg gesperrt.", "der Bergwacht", "Bergwacht"],
    ["'wie … mitteilte' names the subject", "Wie die Bergwacht mitteilte, sei der Weg gesperrt.", "die Bergwacht", "die Bergwacht"],
    ["a phrase of time after 'vom' names no authority", "Nach Angaben vom späten Abend sei der Weg gesperrt.", "Angaben vom späten Abend", "Angaben vom späten Abend"],
    ["a source noun alone names no authority", "Nach Behördenangaben sei der Weg gesperrt.", "Behördenangaben", "Behördenangaben"],
    ["a plural authority in the singular", "Nach Angaben der Behörden sei der Weg gesperrt.", "Angaben der Behörden", "Behörde"],
    ["'zufolge' names the base form", "Dem Verband zufolge sei der Tarif gekündigt.", "Dem Verband", "Verband"],
    ["'laut' + genitive singular", "Laut des Ministeriums sei der Antrag abgelehnt.", "des Ministeriums", "Ministerium"],
    ["an adjective keeps the phrase", "Nach Angaben des Roten Kreuzes seien zwei Helfer verletzt.", "Angaben des Roten Kreuzes", "des Roten Kreuzes"],
    ["a day after the authority is not part of it", "Nach Angaben der Bergwacht vom Sonntag sei der Weg gesperrt.", "Angaben der Bergwacht vom Sonntag", "Bergwacht"],
    ["a place after the authority is not part of it", "Nach Angaben der Feuerwehr in Passau sei der Brand gelöscht.", "Angaben der Feuerwehr in Passau", "Feuerwehr"],
    ["'zufolge' after a lone dative plural names the nominative", "Teilnehmern zufolge war der Streit nach zwei Stunden eskaliert.", "Teilnehmern", "Teilnehmer"],
    ["'laut' before a lone dative plural names the nominative", "Laut Anwohnern brannte es seit Mitternacht.", "Anwohnern", "Anwohner"],
    ["a plural in -en stays as written", "Experten zufolge ist die Lage ernst.", "Experten", "Experten"]
  ])("%s", (_why, text, span, speaker) => {
    expect(firstSpeaker(text)).toEqual([span, speaker]);
  });

  /** [sentence, rule id ends with the source-authority rule]: only a speaker this rule named says so in its row. */
  test.each<[string, boolean]>([
    ["Nach Angaben der Feuerwehr sei der Brand gelöscht.", true],
    ["Laut der Bergwacht sei der Weg gesperrt.", false],
    ["Nach Behördenangaben sei der Weg gesperrt.", false]
  ])("the row's rule id: %s", (text, named) => {
    const rows = quoteRows("a", text, findQuotes(text, splitSentences(text)), []);
    expect(rows[0].rule.endsWith("+de.speaker.source-authority")).toBe(named);
  });
});

/** [phrase, authority] */
describe("sourceAuthority", () => {
  test.each<[string, string | undefined]>([
    ["Angaben der Feuerwehr", "der Feuerwehr"],
    ["Angaben einer Sprecherin der Feuerwehr", "einer Sprecherin der Feuerwehr"],
    ["Informationen von Europol", "Europol"],
    ["den ersten offiziellen Angaben des Ministeriums", "des Ministeriums"],
    ["ESA-Angaben", "ESA"],
    ["eigenen Angaben", undefined],
    ["Angaben vom Morgen", undefined],
    ["der Sprecher der Feuerwehr", undefined],
    ["Bergwacht-Sprecher", undefined],
    ["Angaben der Wasserwacht vom Dienstag", "der Wasserwacht"],
    ["Angaben der Wasserwacht am Sonntagabend", "der Wasserwacht"],
    ["Angaben des Landratsamts in Cham", "des Landratsamts"],
    ["Informationen von Europol aus Den Haag", "Europol"],
    ["Angaben von Mittwoch", undefined],
    ["Angaben von Freitagabend", undefined],
    ["Angaben von gestern", undefined],
    // a preposition inside an organisation's name does not end it; one of place or time does
    ["Angaben des Bundesamts für Verfassungsschutz", "des Bundesamts für Verfassungsschutz"],
    ["Angaben von Ärzte ohne Grenzen", "Ärzte ohne Grenzen"],
    ["Angaben der Internationalen Organisation für Migration", "der Internationalen Organisation für Migration"],
    ["Informationen des Vereins gegen Tierversuche", "des Vereins gegen Tierversuche"],
    ["Angaben der Stiftung zur Förderung der Künste", "der Stiftung zur Förderung der Künste"],
    ["Angaben des Bundesamts für Katastrophenschutz vom Montag", "des Bundesamts für Katastrophenschutz"],
    ["Angaben des Vereins für Seenotrettung in Bremen", "des Vereins für Seenotrettung"],
    ["Angaben der Bergwacht gegen Abend", "der Bergwacht"],
    ["Angaben der Polizei bei der Pressekonferenz", "der Polizei"],
    // any other preposition after the name ends it: place, circumstance, time, addressee
    ["Angaben der Bergwacht vor Ort", "der Bergwacht"],
    ["Angaben der Wasserwacht gegenüber dem Sender", "der Wasserwacht"],
    ["Angaben des Landratsamts auf Nachfrage", "des Landratsamts"],
    ["Angaben der Bergwacht nach der Rettung", "der Bergwacht"],
    ["Angaben der Feuerwehr an der Einsatzstelle", "der Feuerwehr"],
    ["Angaben der Wasserwacht um 9 Uhr", "der Wasserwacht"],
    ["Angaben der Polizei Passau bis zum Abend", "der Polizei Passau"]
  ])("%s → %s", (phrase, expected) => {
    expect(sourceAuthority(phrase)).toBe(expected);
  });
});
