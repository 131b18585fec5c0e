import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [rule, sentence, speaker of the first quote found] — sentences written for the test, not taken from a corpus. */
describe("de.speaker.rejected-content", () => {
  test.each<[string, string, string]>([
    ["the proposal's words", "Der Rat lehnte den Vorschlag des Bürgermeisters ab, die Bäder am Sonntag zu schließen.", "den Vorschlag des Bürgermeisters"],
    ["a participle attribute names the author", "Das Gericht wies die vom Kläger vorgeschlagene Möglichkeit zurück, den Vertrag aufzulösen.", "Kläger"],
    ["a compound content noun", "Die Ministerin wies die Rücktrittsforderung der Opposition zurück, das Amt sofort abzugeben.", "die Rücktrittsforderung der Opposition"],
    ["a relative clause after the comma keeps the subject", "Die Ministerin wies die Forderung der Opposition zurück, die sie für unbegründet hält.", "Die Ministerin"],
    ["a participle form at the clause end", "Der Sprecher hat Berichte der Zeitung dementiert, der Konzern werde das Werk schließen.", "Berichte der Zeitung"],
    ["a rejection without a content noun keeps its subject", "Der Verband lehnte es ab, an den Gesprächen teilzunehmen.", "Der Verband"],
    ["a rejecting participle is a cue", "Die Firma hat Berichte der Zeitung zurückgewiesen, sie werde das Werk schließen.", "Berichte der Zeitung"],
    ["an adverbial clause after the comma is the rejecter's reason", "Der Stadtrat hat den Antrag der Grünen abgelehnt, da er nicht finanzierbar sei.", "Der Stadtrat"],
    ["a reason clause after the particle keeps the subject too", "Die Kammer lehnte den Antrag der Firma ab, weil er zu spät gekommen sei.", "Die Kammer"],
    ["a rejection in the perfect names the speaker a continuation carries", "Der Stadtrat hat den Antrag der Grünen abgelehnt. Er sei nicht finanzierbar.", "Der Stadtrat"],
    ["another use of the verb keeps its subject", "Der Rat wies darauf hin, dass die Bäder geschlossen würden.", "Der Rat"]
  ])("%s", (_name, text, speaker) => {
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0].speaker).toBe(speaker);
  });
});
