import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/*
 * The narrator's comment closing a sentence ("…, was er auf X zurückführt") is not part of the
 * indirect quote before it (quoteRules/narratorComment.ts, nextFrame in quoteRules/indirect.ts).
 * Sentences written for the test, not taken from a corpus.
 */
/** [why, sentence, the cue-clause quote expected, its speaker]. */
describe("a closing comment of the narrator ends the indirect quote", () => {
  test.each<[string, string, string, string]>([
    ["'was er … zurückführt' at the sentence end", "Der Bürgermeister Jonas Wendt sagte, die Anmeldungen seien stark gesunken, was er auf die hohen Gebühren zurückführt.",
      "die Anmeldungen seien stark gesunken", "Der Bürgermeister Jonas Wendt"],
    ["'womit sie … begründete' after a content clause with a relative clause", "Die Rektorin erklärte, man müsse die Halle schließen, die seit Jahren undicht sei, womit sie die Absage des Festes begründete.",
      "man müsse die Halle schließen, die seit Jahren undicht sei", "Die Rektorin"],
    ["'was sie als … wertete' before a second speech verb", "Die Sprecherin sagte, es seien kaum Beschwerden eingegangen, was sie als gutes Zeichen wertete, räumte aber ein, dass es Verzögerungen gebe.",
      "es seien kaum Beschwerden eingegangen", "Die Sprecherin"],
    ["not a comment: the verb is Konjunktiv, so the clause is the speaker's", "Er sagte, die Preise seien gestiegen, was er sehr bedauere.",
      "die Preise seien gestiegen, was er sehr bedauere", "Er"],
    ["not a comment: an object clause with a verb outside the list", "Sie sagte, sie habe alles versucht, was sie konnte.",
      "sie habe alles versucht, was sie konnte", "Sie"],
    ["not a comment: a noun, not a pronoun, follows 'was'", "Der Trainer sagte, die Mannschaft habe gekämpft, was die Fans begrüßten.",
      "die Mannschaft habe gekämpft, was die Fans begrüßten", "Der Trainer"]
  ])("%s", (_why, text, clause, speaker) => {
    const quote = quotesIn(text).find((q) => q.rule === "de.quote.indirect.cue-clause");
    expect(quote?.text).toBe(clause);
    expect(quote?.speaker).toBe(speaker);
  });
});
