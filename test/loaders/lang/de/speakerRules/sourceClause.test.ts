import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [sentence, text of the according-to quote, its speaker] — sentences written for the test. */
describe("a source phrase inside a relative or subordinate clause (sourceClause)", () => {
  test.each<[string, string, string]>([
    ["Die Stadt eröffnete das neue Bad, das Beobachtern zufolge drei Millionen Euro kostete.", "das Beobachtern zufolge drei Millionen Euro kostete", "Beobachtern"],
    ["Der Mann sitzt in Haft, weil er nach Auffassung des Gerichts die „Kasse geplündert“ hat.", "weil er nach Auffassung des Gerichts die „Kasse geplündert“ hat", "Auffassung des Gerichts"],
    ["Die Polizei schützt das Haus, da die Bande laut dem Anwalt versuchen könnte, die Zeugen zu bedrohen.", "da die Bande laut dem Anwalt versuchen könnte, die Zeugen zu bedrohen", "dem Anwalt"],
    ["In der Stadt gibt es eine Umweltzone, die nach Einschätzung der Behörde die Luft verbessert, aber kaum kontrolliert wird.", "die nach Einschätzung der Behörde die Luft verbessert", "Einschätzung der Behörde"],
    ["Sie sprachen über den Gewinn, den die Firma laut dem Chef bald erzielen wird.", "Sie sprachen über den Gewinn, den die Firma laut dem Chef bald erzielen wird", "dem Chef"],
    ["Die Berichte der Stelle, die nach eigenen Angaben über viele Informanten verfügt, sind kaum zu überprüfen.", "die nach eigenen Angaben über viele Informanten verfügt", "eigenen Angaben"],
    ["Nach Angaben der Polizei wurde niemand verletzt, als das Dach einstürzte.", "wurde niemand verletzt, als das Dach einstürzte", "Angaben der Polizei"],
    ["Die Brücke ist laut dem Bauamt seit Montag gesperrt, weil sie marode ist.", "Die Brücke ist laut dem Bauamt seit Montag gesperrt, weil sie marode ist", "dem Bauamt"]
  ])("%s", (text, quote, speaker) => {
    const found = quotesIn(text).find((q) => q.rule === "de.quote.indirect.according-to");
    expect(found && [found.text, found.speaker]).toEqual([quote, speaker]);
  });
});
