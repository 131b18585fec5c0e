import {describe, expect, test} from "vitest";
import {meansFrame, negatedAct, purposeModal} from "../../../../../loaders/lang/de/quoteRules/vetoes.js";
import {tokenize} from "../../../../../loaders/quotes/tokens.js";

test("each quote veto is a rule object with its id", () => {
  expect([negatedAct.id, purposeModal.id, meansFrame.id]).toEqual(["de.quote.veto.negated-act", "de.quote.veto.purpose-modal", "de.quote.veto.means-frame"]);
});

/** [sentence, the "soll" of the sentence states a purpose] — sentences written for the test. */
describe("purposeModal", () => {
  test.each<[string, boolean]>([
    ["Die neue Brücke soll Staus verhindern.", true],
    ["Die neue Ampel soll für mehr Sicherheit sorgen.", true],
    ["Der Bürgermeister soll den Vertrag unterschrieben haben.", false]
  ])("%s → %s", (sentence, expected) => {
    const tokens = tokenize(sentence, 0, sentence.length);
    expect(purposeModal.test(tokens, tokens.findIndex((t) => t.lower === "soll"))).toBe(expected);
  });
});
