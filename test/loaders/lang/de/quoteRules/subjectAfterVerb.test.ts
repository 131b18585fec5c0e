import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/*
 * de.speaker.subject-after-verb (quoteRules/nounClause.ts) and the noun cue of
 * de.speaker.coordinated-subject (speakerRules/conjuncts.ts): after a fronted phrase the subject of a
 * content noun's clause follows the finite verb, alone or as a list. Sentences written for the test.
 */
/** [why, sentence, the noun-clause quote, its speaker]. */
describe("the subject after the finite verb speaks for a content noun", () => {
  test.each<[string, string, string, string]>([
    ["a role after the auxiliary", "Auf der Konferenz hat die Ministerin den Vorschlag gemacht, die Steuer zu senken.",
      "die Steuer zu senken", "die Ministerin"],
    ["a name after a full verb", "Am Dienstag machte Bürgermeisterin Eva Kurz den Vorschlag, die Brücke zu sperren.",
      "die Brücke zu sperren", "Bürgermeisterin Eva Kurz"],
    ["two joined by 'und'", "Auf der Konferenz haben die Ministerin und der Verbandschef den Vorschlag gemacht, die Steuer zu senken.",
      "die Steuer zu senken", "die Ministerin und der Verbandschef"],
    ["a list with a comma and an adverb", "Auf der Konferenz haben Ministerin Eva Kurz (SPD), der Verbandschef und die Landrätin nun den Vorschlag gemacht, die Steuer zu senken.",
      "die Steuer zu senken", "Ministerin Eva Kurz (SPD), der Verbandschef und die Landrätin"],
    // no person or organisation after the verb: the noun speaks for itself
    ["an impersonal subject", "Am Ende hat es den Vorschlag gegeben, die Steuer zu senken.", "die Steuer zu senken", "den Vorschlag"]
  ])("%s", (_why, text, quote, speaker) => {
    const found = quotesIn(text).find((q) => q.rule === "de.quote.indirect.noun-clause");
    expect([found?.text, found?.speaker]).toEqual([quote, speaker]);
  });
});
