import {describe, expect, test} from "vitest";
import {hearsayOnly} from "../../../../../loaders/lang/de/speakerRules/previous.js";
import {tokenize} from "../../../../../loaders/quotes/tokens.js";

/** [made-up sentence, whether every Konjunktiv is a reportive "soll" before a perfect infinitive] */
describe("hearsayOnly", () => {
  test.each<[string, boolean]>([
    ["Er soll es gewesen sein, der den Brief schrieb.", true],
    ["Sie soll den Brief geschrieben haben.", true],
    ["Der Vertrag soll im Mai unterzeichnet worden sein.", true],
    // "sein" as a possessive and "haben" after a noun close no perfect infinitive
    ["Er soll sein Amt aufgeben.", false],
    ["Die Ministerin soll bis Freitag mehr Zeit haben.", false],
    ["Die Halle soll bereit sein.", false]
  ])("%s", (sentence, expected) => {
    const tokens = tokenize(sentence, 0, sentence.length);
    // the reportive modal as the sentence's only strong Konjunktiv
    const strong = tokens.flatMap((t, k) => (t.lower === "soll" ? [k] : []));
    expect(hearsayOnly(tokens, strong)).toBe(expected);
  });
});
