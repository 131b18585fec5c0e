import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [sentence, speaker] — sentences written for the test (de.speaker.comparative-quantity). */
describe("a subject opened by a comparative of quantity", () => {
  test.each<[string, string]>([
    ["Mehr als dreißig Schulen riefen die Eltern zur Wahl des Beirats auf.", "Mehr als dreißig Schulen"],
    ["Mehr als zwei Drittel der Mieter gaben an, dass die Heizung oft ausfalle.", "Mehr als zwei Drittel der Mieter"],
    ["Weniger als die Hälfte der Mitglieder gab an, dass sie wählen werde.", "Weniger als die Hälfte der Mitglieder"],
    ["Mehr als 100 Ärztinnen forderten, dass die Klinik offen bleibt.", "Mehr als 100 Ärztinnen"]
  ])("%s", (text, speaker) => {
    expect(quotesIn(text)[0]?.speaker).toBe(speaker);
  });
});
