import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, speaker of the first quote found] — sentences written for the test, not taken from a corpus (rule de.speaker.linked-name). */
describe("an organisation's name with lower-case words inside is one speaker", () => {
  test.each<[string, string, string]>([
    ["after the verb, after a noun", "Die Lage im Lager ist ernst, warnt die Organisation Ärzte ohne Grenzen.", "die Organisation Ärzte ohne Grenzen"],
    ["after the verb, alone", "Die Versorgung sei knapp, teilte Brot für die Welt am Freitag mit.", "Brot für die Welt"],
    ["after 'laut'", "Laut Reporter ohne Grenzen sei die Zeitung verboten worden.", "Reporter ohne Grenzen"]
  ])("%s", (_why, text, speaker) => {
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0].speaker).toBe(speaker);
  });
});
