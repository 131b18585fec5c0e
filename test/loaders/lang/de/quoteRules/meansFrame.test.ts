import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, indirect quote expected] — sentences written for the test (de.quote.veto.means-frame). */
describe("'das heißt' says what something means, no one's words", () => {
  test.each<[string, string, boolean]>([
    ["'Das heißt nicht'", "Das heißt nicht, dass die Schule im Herbst schließen muss.", false],
    ["'Dies heißt'", "Dies heißt, dass die Schule im Herbst schließen muss.", false],
    ["'heißt das' after a fronted word", "Für die Eltern heißt das, dass sie einen neuen Platz suchen müssen.", false],
    // hearsay "es heißt" stays a quote
    ["'es heißt'", "Es heißt, dass die Schule im Herbst schließen müsse.", true],
    ["'heißt es' in a document", "In dem Schreiben des Amtes heißt es, die Schule müsse schließen.", true]
  ])("%s", (_why, text, quoted) => {
    expect(quotesIn(text).some((q) => q.type === "indirect")).toBe(quoted);
  });
});
