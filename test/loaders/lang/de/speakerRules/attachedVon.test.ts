import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, speaker of the first quote] — sentences written for the test (de.speaker.von-of-noun). */
describe("a 'von' phrase of a noun before the passive auxiliary is no agent", () => {
  test.each<[string, string, string]>([
    ["a place after a noun", "Die Anwohner in der Nähe von Leipzig wurden vor dem Hochwasser gewarnt.", ""],
    ["a firm after a noun", "Die Kunden von Berger wurden vor gefälschten Rechnungen gewarnt.", ""],
    ["a place after a noun, content clause", "Die Gäste von Hotel Alpenblick wurden gewarnt, dass die Straße gesperrt sei.", ""],
    // the agent itself: opening the clause or after the finite verb
    ["the agent opens the clause", "Von der Polizei wurde mitgeteilt, dass die Straße gesperrt sei.", "der Polizei"],
    ["the agent after the auxiliary", "Die Anwohner wurden von der Polizei vor dem Hochwasser gewarnt.", "der Polizei"],
    ["the agent after a time phrase", "Am Montag wurde von der Stadt mitgeteilt, dass die Brücke gesperrt sei.", "der Stadt"],
    ["the agent in the perfect passive", "Die Anwohner sind von der Polizei vor dem Hochwasser gewarnt worden.", "der Polizei"]
  ])("%s", (_why, text, speaker) => {
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0].speaker).toBe(speaker);
  });
});
