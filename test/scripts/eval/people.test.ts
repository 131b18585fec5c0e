import {describe, expect, it} from "vitest";
import {chunks, mentionSpans, readGermEval, sourceTitle} from "../../../scripts/eval/people.js";

describe("mentionSpans: found and vetoed mentions as token spans (scripts/eval/people.ts)", () => {
  // tokens joined by spaces, spans found, spans vetoed with the veto's id
  const cases: [string, string[], string[]][] = [
    ["Am Abend sprach Thomas Krause mit den Gästen .", ["3-4"], []],
    ["Die Aktie der Martina Airlines fiel .", [], ["3-4 org-tail"]],
    ["Knapp verpasste der Verein den Aufstieg .", [], ["0-0 initial-adjective"]],
    // two names in one token: one chunk over both, as the corpus tags it
    ["Das Buch gaben Anna Berger/Karl Mauer heraus .", ["3-5"], []]
  ];
  it.each(cases)("%s", (sentence, found, vetoed) => {
    const dropped: {span: string; veto: string}[] = [];
    expect(mentionSpans(sentence.split(" "), undefined, dropped).map((m) => m.span)).toEqual(found);
    expect(dropped.map((v) => `${v.span} ${v.veto}`)).toEqual(vetoed);
  });

  // a source title with a full name: the lone surname in the sentence is that person, the title's own mentions are not returned
  const titled: [string, string, string[]][] = [
    ["Die Daten stammen von Kessmann .", "", []],
    ["Die Daten stammen von Kessmann .", "Oskar Kessmann", ["4-4"]],
    ["Mit Kessmann kam der Erfolg .", "Oskar Kessmann (Maler)", ["1-1"]],
    ["Am Abend sprach Thomas Krause .", "Oskar Kessmann", ["3-4"]]
  ];
  it.each(titled)("%s (title: %s)", (sentence, title, found) => {
    expect(mentionSpans(sentence.split(" "), undefined, undefined, title).map((m) => m.span)).toEqual(found);
  });

  const addresses: [string, string][] = [
    ["http://de.wikipedia.org/wiki/Oskar_Kessmann", "Oskar Kessmann"],
    ["http://de.wikipedia.org/wiki/Oskar_Kessmann_(Maler)", "Oskar Kessmann (Maler)"],
    ["http://de.wikipedia.org/wiki/J%C3%BCrgen_M%C3%BCllner", "Jürgen Müllner"],
    ["http://de.wikipedia.org/wiki/Zug%", ""],
    ["http://www.example.de/politik/oskar-kessmann-tritt-zurueck.html", ""],
    ["example.de vom 06.12.2005", ""]
  ];
  it.each(addresses)("sourceTitle(%s) = %s", (address, title) => {
    expect(sourceTitle(address)).toBe(title);
  });

  it("readGermEval keeps the title of each sentence's source", () => {
    const tsv = "#\thttp://de.wikipedia.org/wiki/Oskar_Kessmann\t[2009-10-23]\n1\tKessmann\tB-PER\tO\n2\tlacht\tO\tO\n\n#\tbeispiel.de\t[2009-10-23]\n1\tEr\tO\tO\n";
    expect(readGermEval(tsv)).toEqual([
      {tokens: ["Kessmann", "lacht"], tags: ["B-PER", "O"], title: "Oskar Kessmann"},
      {tokens: ["Er"], tags: ["O"], title: ""}
    ]);
  });

  it("chunks reads BIO spans of one label", () => {
    expect(chunks(["B-PER", "I-PER", "O", "B-LOC", "B-PER"], "PER")).toEqual(["0-1", "4-4"]);
  });
});
