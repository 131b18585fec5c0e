import {describe, expect, it} from "vitest";
import {chunks, mentionSpans} from "../../../scripts/eval/people.js";

describe("mentionSpans: found and vetoed mentions as token spans (scripts/eval/people.ts)", () => {
  // tokens joined by spaces, spans found, spans vetoed with the veto's id
  const cases: [string, string[], string[]][] = [
    ["Am Abend sprach Thomas Krause mit den Gästen .", ["3-4"], []],
    ["Die Aktie der Martina Airlines fiel .", [], ["3-4 org-tail"]],
    ["Knapp verpasste der Verein den Aufstieg .", [], ["0-0 initial-adjective"]]
  ];
  it.each(cases)("%s", (sentence, found, vetoed) => {
    const dropped: {span: string; veto: string}[] = [];
    expect(mentionSpans(sentence.split(" "), undefined, dropped).map((m) => m.span)).toEqual(found);
    expect(dropped.map((v) => `${v.span} ${v.veto}`)).toEqual(vetoed);
  });

  it("chunks reads BIO spans of one label", () => {
    expect(chunks(["B-PER", "I-PER", "O", "B-LOC", "B-PER"], "PER")).toEqual(["0-1", "4-4"]);
  });
});
