import {describe, expect, test} from "vitest";
import {findQuotes} from "../../../loaders/quotes/extract.js";
import {quotePieces} from "../../../loaders/quotes/gaps.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** The pieces of each indirect quote found in the text. */
function indirectPieces(text: string): string[][] {
  return findQuotes(text, splitSentences(text)).filter((q) => q.type === "indirect").map((q) => quotePieces(q).map((p) => text.slice(p.start, p.end)));
}

describe("an attribution phrase inside an indirect quote is left out of it", () => {
  test.each<[string, string[][]]>([
    ["Der Konzern prüft nach Angaben des Betriebsrats die Schließung von zwei Werken.",
      [["Der Konzern prüft ", " die Schließung von zwei Werken"]]],
    ["Die Glocken waren Berichten der Anwohner zufolge bis ins Nachbardorf zu hören.",
      [["Die Glocken waren ", " bis ins Nachbardorf zu hören"]]],
    ["Die Sorge sei eher, so die Ärztin, dass die Klinik Betten abbauen müsse.",
      [["Die Sorge sei eher, ", ", dass die Klinik Betten abbauen müsse"]]],
    ["Die Bäckerei zieht nach Aussage eines Sprechers des Vermieters mit allen Öfen in die Altstadt um.",
      [["Die Bäckerei zieht ", " mit allen Öfen in die Altstadt um"]]],
    // the attribution before or after the clause is no gap: the quote is one piece
    ["Laut Polizei wurden drei Menschen verletzt.", [["wurden drei Menschen verletzt"]]],
    ["Er sagte, die Firma plane den Abbau von Stellen.", [["die Firma plane den Abbau von Stellen"]]]
  ])("%s", (text, expected) => {
    expect(indirectPieces(text)).toEqual(expected);
  });
});

describe("quotePieces", () => {
  test.each<[{start: number; end: number; gaps?: {start: number; end: number}[]}, {start: number; end: number}[]]>([
    [{start: 0, end: 10}, [{start: 0, end: 10}]],
    [{start: 0, end: 10, gaps: [{start: 3, end: 5}]}, [{start: 0, end: 3}, {start: 5, end: 10}]],
    [{start: 0, end: 10, gaps: [{start: 2, end: 3}, {start: 6, end: 8}]}, [{start: 0, end: 2}, {start: 3, end: 6}, {start: 8, end: 10}]]
  ])("%j", (q, expected) => {
    expect(quotePieces(q)).toEqual(expected);
  });
});
