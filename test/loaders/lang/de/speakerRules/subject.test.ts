import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [rule, sentence, speaker of the first quote found] — sentences written for the test, not taken from a corpus. */
describe("subject speaker rules", () => {
  test.each<[string, string, string]>([
    ["de.speaker.passive-document", "In einem Brief des Vereins wird gefordert, dass der Platz erhalten bleibe.", "einem Brief des Vereins"],
    ["de.speaker.passive-document (relative clause after the document)", "In einer Erklärung der Stadt, auf die sich mehrere Zeitungen berufen, wird die Schließung damit begründet, dass das Geld fehle.", "einer Erklärung der Stadt"],
    ["de.speaker.passive-document (pluperfect passive)", "In der Presse war der Plan als „großer Wurf“ bezeichnet worden.", "der Presse"],
    ["de.speaker.passive-document leaves a place without a passive", "In Berlin sagte der Minister, dass die Lage ernst sei.", "der Minister"],
    ["de.speaker.passive-agent (medium after 'über' for a call)", "Die Bewohner wurden über den örtlichen Radiosender dazu aufgerufen, ihre Häuser zu verlassen.", "den örtlichen Radiosender"],
    ["de.speaker.passive-agent leaves 'über' as a topic", "Die Bewohner wurden über die Pläne informiert, dass die Häuser abgerissen werden.", ""],
    ["de.speaker.passive-agent (agent after a dash)", "Zum einen wird der Preis kritisiert, zum anderen auch die späte Lieferung der Geräte beklagt - so etwa vom Bund der Steuerzahler.", "Bund der Steuerzahler"],
    ["de.speaker.agentless-passive still gives no speaker", "Dem Händler wurde vorgeworfen, Waren falsch ausgezeichnet zu haben.", ""]
  ])("%s", (_name, text, speaker) => {
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0].speaker).toBe(speaker);
  });
});
