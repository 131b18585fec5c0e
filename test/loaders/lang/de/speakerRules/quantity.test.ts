import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [sentence, speaker] — sentences written for the test (de.speaker.comparative-quantity). */
describe("a subject opened by a comparative of quantity", () => {
  test.each<[string, string]>([
    ["Mehr als zwanzig Vereine riefen zur Teilnahme an der Kundgebung auf.", "Mehr als zwanzig Vereine"],
    ["Mehr als drei Viertel der Befragten geben an, dass sie zufrieden sind.", "Mehr als drei Viertel der Befragten"],
    ["Weniger als die Hälfte der Mitglieder gab an, dass sie wählen werde.", "Weniger als die Hälfte der Mitglieder"],
    ["Mehr als 100 Ärztinnen forderten, dass die Klinik offen bleibt.", "Mehr als 100 Ärztinnen"]
  ])("%s", (text, speaker) => {
    expect(quotesIn(text)[0]?.speaker).toBe(speaker);
  });
});
