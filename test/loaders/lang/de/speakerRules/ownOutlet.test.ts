import {describe, expect, test} from "vitest";
import {outletForms, ownOutletAddressee} from "../../../../../loaders/lang/de/speakerRules/ownOutlet.js";

/** [outlet name, forms in running text] — made-up outlet names. */
describe("outletForms", () => {
  test.each<[string, string[]]>([
    // a word in capitals and initials are forms only as written; articles give no initial
    ["DIE WOCHE ONLINE", ["die woche online", "WOCHE", "WO"]],
    ["Neue Alpen Zeitung", ["neue alpen zeitung", "NAZ"]],
    ["tageblick.de - Ausland", ["tageblick.de", "tageblick"]],
    ["Neue Wettauer Zeitung", ["neue wettauer zeitung", "wettauer", "NWZ"]],
    // a common noun is no form alone
    ["Die Welt", ["die welt"]],
    ["Die Presse", ["die presse"]],
    ["Der Standard", ["der standard"]],
    ["", []]
  ])("%s", (outlet, forms) => {
    expect(outletForms(outlet).sort()).toEqual(forms.sort());
  });
});

/** [speaker phrase, outlet, phrase after the cut (null: unchanged)] — de.speaker.own-outlet-addressee. */
describe("de.speaker.own-outlet-addressee", () => {
  test.each<[string, string, string | null]>([
    ["ein Mitglied der Kommission der WOCHE", "DIE WOCHE ONLINE", "ein Mitglied der Kommission"],
    ["Karl Brandt dem Tageblick", "tageblick.de - Ausland", "Karl Brandt"],
    ["ein Sprecher der NAZ", "Neue Alpen Zeitung", "ein Sprecher"],
    ["ein Sprecher der Stadt", "Neue Alpen Zeitung", null],
    ["die WOCHE", "DIE WOCHE ONLINE", null],
    ["ein Sprecher der WOCHE", "Abendpost", null],
    ["der reichste Mann der Welt", "Die Welt", null],
    ["ein Vertreter der Presse", "Die Presse", null],
    ["ein Sprecher der Woche", "DIE WOCHE ONLINE", null],
    ["Karl Brandt der Wettauer", "Neue Wettauer Zeitung", "Karl Brandt"]
  ])("%s (%s)", (phrase, outlet, cut) => {
    const end = ownOutletAddressee.cut(phrase, outletForms(outlet));
    expect(end === null ? null : phrase.slice(0, end)).toBe(cut);
  });
});
