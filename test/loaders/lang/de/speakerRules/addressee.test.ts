import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, speaker of the first quote found] — sentences written for the test, not taken from a corpus (rule de.speaker.medium-addressee). */
describe("a medium the speaker talks to is not part of the speaker", () => {
  test.each<[string, string, string]>([
    ["after a name", "Die Lage sei ernst, sagte Karl Roth der Zeitung Danas.", "Karl Roth"],
    ["after a name, adjectives before the medium", "Die Lage sei ernst, sagte Polizeisprecher Karl Roth der Deutschen Presse-Agentur.", "Polizeisprecher Karl Roth"],
    ["a broadcaster's name in -welle", "Die Lage sei ernst, sagte Karl Roth der Deutschen Welle.", "Karl Roth"],
    ["after a genitive that already ended", "Die Lage sei ernst, sagte ein Sprecher der Polizei der Nachrichtenagentur dpa.", "ein Sprecher der Polizei"],
    ["after a role that does not work for a medium", "Die Lage sei ernst, sagte der Bankmanager der Zeitung Welt.", "der Bankmanager"],
    ["in a 'wie' clause before the verb", "Wie Karl Roth der Zeitung sagte, sei die Lage ernst.", "Karl Roth"],
    ["keeps the genitive of a reporter", "Die Lage sei ernst, sagte eine Reporterin der Nachrichtenagentur AFP.", "eine Reporterin der Nachrichtenagentur AFP"],
    ["keeps a genitive after a noun in -s", "Die Lage sei ernst, sagte ein Redakteur im Haus der Zeitung.", "ein Redakteur im Haus der Zeitung"],
    ["keeps the medium of a reporter named after her profession", "Die Lage sei ernst, sagte die Korrespondentin Anna Roth der Zeitung Welt.", "die Korrespondentin Anna Roth der Zeitung Welt"],
    ["a spokesman named after his role still talks to the medium", "Die Lage sei ernst, sagte der Sprecher Karl Roth der Zeitung Welt.", "der Sprecher Karl Roth"],
    ["a reporter's genitive that already ended still opens a dative", "Die Lage sei ernst, sagte ein Reporter der BBC der Zeitung Welt.", "ein Reporter der BBC"],
    ["keeps a source phrase", "Laut einem Bericht der Zeitung Welt sei die Lage ernst.", "einem Bericht der Zeitung Welt"]
  ])("%s", (_why, text, speaker) => {
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0].speaker).toBe(speaker);
  });
});
