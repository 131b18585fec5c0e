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

describe("a reportive 'soll … haben' after an attributed report is that report's source's", () => {
  test.each<[string, string, string]>([
    // [the report, the reportive sentence after it, the speaker of its indirect quote ("" when none)]
    ["Die Zeitung berichtete, die Verhandler hätten sich auf ein Budget geeinigt.", "Der Finanzminister soll dem Plan bereits zugestimmt haben.", "Die Zeitung"],
    ["Wie das Magazin berichtete, gibt es eine Einigung.", "Der Finanzminister soll zugestimmt haben.", "das Magazin"],
    ["Laut einem Bericht der Zeitung gibt es eine Einigung.", "Der Finanzminister soll zugestimmt haben.", "einem Bericht der Zeitung"],
    ["Das Magazin berichtet von einem Geheimtreffen.", "Der Parteichef soll den Kanzler dabei getroffen haben.", "Das Magazin"],
    // a source of its own in the sentence wins
    ["Die Zeitung berichtete, es gebe eine Einigung.", "Der Minister soll laut Insidern zugestimmt haben.", "Insidern"]
  ])("%s %s", (report, sentence, speaker) => {
    const q = quotesIn(`${report} ${sentence}`).find((f) => f.type === "indirect" && sentence.includes(f.text.replace(/\.$/, "")));
    expect(q?.speaker ?? "").toBe(speaker);
  });

  // hearsay with no report before it: the corpus leaves it without a speaker, and so no quote
  test("no report before: no quote", () => {
    expect(quotesIn("Tausende Menschen sollen dabei verletzt worden sein.")).toEqual([]);
  });
});
