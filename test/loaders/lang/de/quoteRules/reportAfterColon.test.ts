import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/*
 * A report before a closing frame (", erklärte X", ", so X") that follows the narrator's colon starts
 * after the colon when it holds a Konjunktiv I form (reportAfterColon in quoteRules/indirect.ts, rule
 * de.quote.indirect.clause-cue). Sentences written for the test, not taken from a corpus.
 */
/** [why, sentence, the text of the clause-cue quote expected]. */
describe("a report after the narrator's colon starts after it", () => {
  test.each<[string, string, string]>([
    ["a frame with a speech verb", "Der Mieterbund begrüßte die Reform: Die Miete steige nun langsamer, erklärte dessen Vorsitzende Anna Berg.",
      "Die Miete steige nun langsamer"],
    ["a frame with so", "Die Kammer blieb skeptisch: Das Gesetz komme zu spät, so Geschäftsführer Paul Renner.",
      "Das Gesetz komme zu spät"],
    ["no Konjunktiv after the colon: the whole clause stays", "Die Lage ist klar: Wir brauchen mehr Geld, sagte Bürgermeister Jens Ahrens.",
      "Die Lage ist klar: Wir brauchen mehr Geld"],
    ["a colon inside quotation marks is not the narrator's", "Der Titel „Alles neu: ein Plan“ sei irreführend, sagte Kritikerin Lea Brandt.",
      "Der Titel „Alles neu: ein Plan“ sei irreführend"]
  ])("%s", (_why, text, expected) => {
    expect(quotesIn(text).find((q) => q.rule === "de.quote.indirect.clause-cue")?.text ?? "").toBe(expected);
  });
});
