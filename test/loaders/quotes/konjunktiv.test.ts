import {describe, expect, test} from "vitest";
import {findKonjunktiv} from "../../../loaders/quotes/konjunktivForms.js";
import {tokenize} from "../../../loaders/quotes/tokens.js";

/** The Konjunktiv forms findKonjunktiv marks in a sentence (weak: with Konjunktiv II). */
function konjunktivIn(sentence: string, weak = true): string[] {
  const tokens = tokenize(sentence, 0, sentence.length);
  return findKonjunktiv(tokens, weak).map((i) => tokens[i].text);
}

describe("Konjunktiv forms", () => {
  test.each<[string, string[]]>([
    ["Der Hergang sei unklar.", ["sei"]],
    ["Nehme er das Angebot an, werde es teuer.", ["Nehme", "werde"]],
    ["Die Regierung habe das Gesetz gebilligt.", ["habe"]],
    ["Er wisse nichts davon, dass er nichts wisse.", ["wisse", "wisse"]],
    // indicative past forms in -e next to a pronoun
    ["Früher wurde es von zwei Schäfern bewirtschaftet.", []],
    ["Damals hatte er keine Wahl.", []],
    // a capitalised listed form inside the sentence is a noun
    ["Hinter ihr landete der Verein an dritter Stelle.", []],
    ["Die Lage im Land ist ruhig.", []],
    // fixed phrases
    ["Das gilt, es sei denn, die Regel ändert sich.", []],
    ["Wie dem auch sei, der Vertrag ist gültig.", []]
  ])("%s", (sentence, expected) => {
    expect(konjunktivIn(sentence, false)).toEqual(expected);
  });

  // the verb dictionary's forms: weak evidence only, and only where they stand as a finite verb
  test.each<[string, string[], string[]]>([
    ["Daran ändere auch die neue Satzung wenig.", ["ändere"], []],
    ["Der Bericht übertreibe die Risiken.", ["übertreibe"], []],
    ["Der Plan scheitere nicht daran.", ["scheitere"], []],
    // an adjective before its noun, or after an article or degree word
    ["Die Menschen standen lange Zeit an.", [], []],
    ["Die 6.500 Kilometer lange Leitung soll gebaut werden.", [], []],
    ["Das dauerte sehr lange.", [], []],
    // a verb ending its clause: a question or time clause as often as a report
    ["Sie wurde gefragt, was ihren Verein unterscheide, und lachte.", [], []]
  ])("%s", (sentence, weak, strong) => {
    expect(konjunktivIn(sentence, true)).toEqual(weak);
    expect(konjunktivIn(sentence, false)).toEqual(strong);
  });

  // reportive "soll": hearsay with a perfect or passive infinitive, a plan without one (sentences written for the test)
  test.each<[string, string[]]>([
    ["Der Täter soll das Auto gestohlen haben.", ["soll"]],
    ["Die Scheune soll in der Nacht abgebrannt sein.", ["soll"]],
    ["Der Wagen soll gestern beschädigt worden sein.", ["soll"]],
    ["Er soll den Mann gestoßen, ihn beschimpft und ihm das Handy entrissen haben.", ["soll"]],
    ["Die Brücke soll 2026 fertig sein.", []],
    ["Die neue Halle soll im Herbst bereit sein.", []],
    ["Die Schule soll mehr Lehrer haben.", []],
    ["Die Stadt soll zahlen, sagte er, der den Vertrag unterschrieben haben soll.", []]
  ])("%s", (sentence, strong) => {
    expect(konjunktivIn(sentence, false)).toEqual(strong);
  });
});
