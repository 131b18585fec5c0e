import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [rule, sentence, speaker of the first quote found] — sentences written for the test, not taken from a corpus. */
describe("speaker extent refinements", () => {
  test.each<[string, string, string]>([
    ["de.speaker.bare-noun-after-source", "Der Hagel soll nach ersten Meldungen Dellen in vielen Autos hinterlassen haben.", "ersten Meldungen"],
    ["de.speaker.bare-noun-after-source (compound source noun)", "Die Fähre soll nach Polizeiangaben Passagiere an Bord gehabt haben.", "Polizeiangaben"],
    ["de.speaker.bare-noun-after-source keeps a genitive", "Nach Angaben der Feuerwehr sei das Feuer gelöscht.", "Angaben der Feuerwehr"],
    ["de.speaker.bare-noun-after-source keeps a name in -s", "Nach Angaben Moskaus seien die Truppen abgezogen.", "Angaben Moskaus"],
    ["de.speaker.genitive-after-genitive-name", "Das Amt dient laut einer Mitteilung des BMI der Abwehr von Angriffen.", "einer Mitteilung des BMI"],
    ["de.speaker.genitive-after-genitive-name keeps a common noun's genitive", "Laut einer Mitteilung des Ministeriums der Justiz sei der Fall geklärt.", "einer Mitteilung des Ministeriums der Justiz"]
  ])("%s", (_name, text, speaker) => {
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0].speaker).toBe(speaker);
  });
});
