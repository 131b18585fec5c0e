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
    ["Die Erschütterungen waren Berichten der Fernsehsender zufolge bis London zu spüren.",
      [["Die Erschütterungen waren ", " bis London zu spüren"]]],
    ["Das Problem sei vielmehr, so der Präsident, dass das Imperium Erdgas ersetzen wolle.",
      [["Das Problem sei vielmehr, ", ", dass das Imperium Erdgas ersetzen wolle"]]],
    ["Der Politiker zieht nach Aussage einer Sprecherin der Stadt als Abgeordneter ins Parlament ein.",
      [["Der Politiker zieht ", " als Abgeordneter ins Parlament ein"]]],
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
