import {describe, expect, test} from "vitest";
import {authorityBaseForm, nominativeSingular} from "../../../../loaders/lang/de/base-form.js";

/** [phrase, base form] — phrases written for the test. */
describe("authorityBaseForm", () => {
  test.each<[string, string]>([
    ["der Polizei", "Polizei"],
    ["des Senders", "Sender"],
    ["des Verbandes", "Verband"],
    ["des Ministeriums", "Ministerium"],
    ["des Bundesamtes", "Bundesamt"],
    ["des Präsidenten", "Präsident"],
    // a neuter noun in -en keeps its -en in the singular (not "Abkomme", "Gutacht")
    ["dem Schlichtungsabkommen", "Schlichtungsabkommen"],
    ["Dem Gutachten", "Gutachten"],
    ["einem Schreiben", "Schreiben"],
    ["des Abkommens", "Abkommen"],
    ["der Behörden", "Behörde"],
    ["den Agenturen", "Agentur"],
    ["der Sprecherinnen", "Sprecherin"],
    ["der Ermittler", "Ermittler"],
    ["einer Sprecherin der Feuerwehr", "Sprecherin der Feuerwehr"],
    ["des Ministeriums für Verkehr", "Ministerium für Verkehr"],
    ["des ZDF", "ZDF"],
    ["der Nasa", "Nasa"],
    // an adjective before the head: left whole
    ["des Roten Kreuzes", "des Roten Kreuzes"],
    ["der Vereinten Nationen", "der Vereinten Nationen"],
    // no article: nothing to change
    ["Europol und Interpol", "Europol und Interpol"],
    ["Polizei", "Polizei"],
    // de.speaker.dative-plural: a lone dative plural of a noun in -er, -el ("Teilnehmern zufolge", "laut Anwohnern")
    ["Teilnehmern", "Teilnehmer"],
    ["Anwohnern", "Anwohner"],
    ["Experten", "Experten"],
    ["Konzern", "Konzern"]
  ])("%s → %s", (phrase, expected) => {
    expect(authorityBaseForm(phrase)).toBe(expected);
  });
});

/** [word, article, nominative singular] */
describe("nominativeSingular", () => {
  test.each<[string, string, string]>([
    ["Hauses", "des", "Haus"],
    ["Konzerns", "des", "Konzern"],
    ["Gewerkschaften", "der", "Gewerkschaft"],
    ["Experten", "der", "Experte"],
    ["Feuerwehr", "der", "Feuerwehr"],
    ["Medien", "der", "Medien"]
  ])("%s (%s) → %s", (word, article, expected) => {
    expect(nominativeSingular(word, article)).toBe(expected);
  });
});
