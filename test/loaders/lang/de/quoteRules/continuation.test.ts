import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

const FIRST = "„Die Brücke bleibt gesperrt“, sagte die Bürgermeisterin.";

describe("de.quote.indirect.konjunktiv-continuation and a scheduling 'soll'", () => {
  test.each<[string, string[]]>([
    // [the sentence after an attributed quote, the indirect quotes found in it]
    ["Am Donnerstag soll der Stadtrat über Umleitungen beraten.", []],
    ["Nächste Woche sollen die Arbeiten beginnen.", []],
    ["Die Stadt soll die Sperrung schon im Winter geplant haben.", ["Die Stadt soll die Sperrung schon im Winter geplant haben."]],
    ["Die Stadt soll von den Schäden gewusst haben, am Montag wolle sie dazu Stellung nehmen.", ["Die Stadt soll von den Schäden gewusst haben, am Montag wolle sie dazu Stellung nehmen."]],
    ["Die Sperrung soll bis Freitag dauern.", []],
    ["Die Arbeiten sollen ab Montag weitergehen.", []],
    ["Die Sperrung soll bis Freitag gedauert haben.", ["Die Sperrung soll bis Freitag gedauert haben."]],
    ["Die Reparatur solle bis zum Sommer dauern.", ["Die Reparatur solle bis zum Sommer dauern."]]
  ])("%s", (sentence, expected) => {
    const found = quotesIn(`${FIRST} ${sentence}`).filter((q) => q.type === "indirect" && q.rule === "de.quote.indirect.konjunktiv-continuation");
    expect(found.map((q) => q.text)).toEqual(expected);
  });
});
