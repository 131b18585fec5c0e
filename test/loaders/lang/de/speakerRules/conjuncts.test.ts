import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [rule, sentence, speaker of the first quote found] — sentences written for the test, not taken from a corpus. */
describe("speaker conjunct refinements", () => {
  test.each<[string, string, string]>([
    ["de.speaker.for-complement after the verb", "Am Montag sagte der Sprecher des Bundesamtes für Migration, die Zahl der Anträge sei gestiegen.", "der Sprecher des Bundesamtes für Migration"],
    ["de.speaker.for-complement, clause before the verb", "Die Zahl der Anträge sei gestiegen, sagte die Professorin für Alte Geschichte.", "die Professorin für Alte Geschichte"],
    ["de.speaker.for-complement, two fields", "Die Läden sollten länger öffnen, sagte der Beauftragte für Handel und Verkehr.", "der Beauftragte für Handel und Verkehr"],
    ["de.speaker.for-complement, a name after the field", "Die Zahl sei gestiegen, erklärte der Leiter des Instituts für Statistik Karl Roth.", "der Leiter des Instituts für Statistik Karl Roth"],
    ["de.speaker.for-complement, a name set off after the field", "Die Zahl sei gestiegen, sagte der Sprecher des Bundesamtes für Migration, Karl Roth.", "der Sprecher des Bundesamtes für Migration, Karl Roth"],
    ["de.speaker.for-complement before 'zufolge'", "Dem Bericht des Bundesamtes für Statistik zufolge sei die Zahl gestiegen.", "Dem Bericht des Bundesamtes für Statistik"],
    ["de.speaker.for-complement after 'nach Angaben'", "Nach Angaben des Bundesamtes für Statistik sei die Zahl gestiegen.", "Angaben des Bundesamtes für Statistik"],
    ["de.speaker.for-complement after 'laut'", "Laut dem Institut für Wirtschaftsforschung sei die Zahl gestiegen.", "dem Institut für Wirtschaftsforschung"],
    ["de.speaker.for-complement: no field with an article after 'nach Angaben'", "Nach Angaben der Polizei für die Region sei die Zahl gestiegen.", "Angaben der Polizei"],
    ["de.speaker.for-complement: no field before another noun", "Am Montag forderte der Verband für Handel Zugeständnisse, die Läden sollten länger öffnen.", "der Verband"],
    ["de.speaker.for-complement: no field with an article", "Die Läden sollten länger öffnen, sagte der Minister für die Regierung.", "der Minister"],
    ["de.speaker.coordinated-subject after the verb", "Am Montag erklärten der Bürgermeister und die Landrätin, die Brücke werde gebaut.", "der Bürgermeister und die Landrätin"],
    ["de.speaker.coordinated-subject after a clause", "Die Brücke werde gebaut, erklärten der Bürgermeister Karl Roth und die Landrätin Anna Berg.", "der Bürgermeister Karl Roth und die Landrätin Anna Berg"],
    ["de.speaker.coordinated-subject before the verb", "Der Bürgermeister der Stadt und mehrere Abgeordnete erklärten, die Brücke werde gebaut.", "Der Bürgermeister der Stadt und mehrere Abgeordnete"],
    ["de.speaker.coordinated-subject with a field", "Am Montag erklärten die Landrätin und der Beauftragte für Verkehr, die Brücke werde gebaut.", "die Landrätin und der Beauftragte für Verkehr"],
    ["de.speaker.coordinated-subject, a list after the verb", "Am Abend erklärten die Polizei, die Feuerwehr und das Rote Kreuz, die Lage sei ruhig.", "die Polizei, die Feuerwehr und das Rote Kreuz"],
    ["de.speaker.coordinated-subject after a plural verb in -ern", "Am Montag fordern der Bürgermeister und die Landrätin, die Brücke müsse gebaut werden.", "der Bürgermeister und die Landrätin"],
    ["de.speaker.subject-list before the verb", "Die Polizei, die Feuerwehr und das Rote Kreuz erklärten, die Lage sei ruhig.", "Die Polizei, die Feuerwehr und das Rote Kreuz"],
    ["de.speaker.subject-list with 'sowohl … als auch'", "Sowohl die Polizei als auch die Feuerwehr erklärten, die Lage sei ruhig.", "Sowohl die Polizei als auch die Feuerwehr"],
    ["de.speaker.subject-list with 'sowohl', a comma and 'als auch'", "Sowohl die Stadt, der Landkreis als auch die Feuerwehr erklärten, die Lage sei ruhig.", "Sowohl die Stadt, der Landkreis als auch die Feuerwehr"],
    ["de.speaker.subject-list: a singular verb after a coordination", "Die Brücke und die Straße seien frei, erklärte der Landrat.", "der Landrat"],
    ["de.speaker.coordinated-subject: a singular verb keeps one subject", "Die Brücke werde gebaut, erklärte die Landrätin und verwies auf den Haushalt.", "die Landrätin"]
  ])("%s", (_name, text, speaker) => {
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0].speaker).toBe(speaker);
  });
});
