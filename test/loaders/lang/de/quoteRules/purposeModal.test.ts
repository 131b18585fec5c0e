import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, text, sentence that must (not) be a carried indirect quote, expected] — texts written for the test (de.quote.veto.purpose-modal). */
describe("'soll' with a verb of purpose after a report is no carried speech", () => {
  const before = "Der Bürgermeister sagte, der Damm werde im Mai fertig. ";
  test.each<[string, string, boolean]>([
    ["a thing's purpose", "Die neue Mauer soll das Dorf künftig vor Hochwasser schützen.", false],
    ["'sorgen für'", "Der neue Stürmer soll in der Rückrunde für Tore sorgen.", false],
    ["'verhindern'", "Das Abkommen soll weitere Kämpfe an der Grenze verhindern.", false],
    // hearsay and plans with other verbs stay carried
    ["a perfect infinitive", "Der Bauleiter soll die Pläne schon im Winter geändert haben.", true],
    ["a plan", "Die Straße soll danach wieder für den Verkehr geöffnet werden.", true]
  ])("%s", (_why, sentence, carried) => {
    expect(quotesIn(before + sentence).some((q) => q.type === "indirect" && q.text.startsWith(sentence.slice(0, 12)))).toBe(carried);
  });
});
