import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, reported speech expected] — sentences written for the test (notReportedAlone in lang/de/speechVerbs.ts). */
describe("rejecting and offering without a content clause are no speech acts", () => {
  test.each<[string, string, boolean]>([
    ["'lehnte … ab' (a vote)", "Der Stadtrat lehnte den Antrag der Opposition am Dienstag ab.", false],
    ["'lehnt … ab' (a stance)", "Die Gewerkschaft lehnt die geplante Reform der Rente ab.", false],
    ["'bietet … an'", "Die Bäckerei bietet ihren Kunden seit Montag glutenfreies Brot an.", false],
    ["'boten … an'", "Die Nachbarn boten den Helfern Tee und Suppe an.", false],
    // other speech acts stay reported
    ["'kritisierte'", "Die Gewerkschaft kritisierte die geplante Reform der Rente.", true]
  ])("%s", (_why, text, reported) => {
    expect(quotesIn(text).some((q) => q.type === "reported")).toBe(reported);
  });
});
