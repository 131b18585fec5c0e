import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [rule, sentence, speaker mention of the first quote found ("" for none; a relative pronoun stays the mention)] — sentences written for the test, not taken from a corpus. */
describe("de.speaker.zu-infinitive", () => {
  test.each<[string, string, string]>([
    ["the subject of the governing clause after a comma", "Der Sprecher der Stadt beeilte sich, gegenüber Reportern zu erklären, die Pläne seien nicht beschlossen.", "Der Sprecher der Stadt"],
    ["not the object before zu", "Die Sprecherin bemühte sich, die Zahlen als „vorläufig“ zu bezeichnen.", "Die Sprecherin"],
    ["an infinitive without a comma", "Die Ministerin versuchte zu betonen, die Lage sei ruhig.", "Die Ministerin"],
    ["impersonal man names no one", "Man deutete an, die Streiks ausweiten zu wollen.", ""],
    ["impersonal es names no one", "Es sei schwierig, diese Zahlen zu bestätigen, erklärte der Sprecher.", "der Sprecher"],
    ["a relative clause keeps its own subject", "Neu im Amt ist Eva Roth, die nie vergisst zu betonen, dass die Schule offen bleibe.", "die"],
    ["a finite speech verb keeps its subject", "Der Verband erklärte, die Vereinbarung sei ungültig.", "Der Verband"]
  ])("%s", (_name, text, speaker) => {
    const quotes = quotesIn(text);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0].speaker ?? "").toBe(speaker);
  });
});
