import {describe, expect, it} from "vitest";
import {decodeSortedWords, encodeSortedWords} from "../../../loaders/io/sorted-words-file.js";
import type {SortedWords} from "../../../loaders/text/sorted-forms.js";

describe("sorted word cache file layout", () => {
  const cases: [string, SortedWords][] = [
    ["Latin-1 and wide words", {narrow: "fahrt\nhändler\nstraße", wide: ["œuvre", "horsd’œuvre"]}],
    ["no wide words", {narrow: "fahrt\nhändler", wide: []}],
    ["nothing", {narrow: "", wide: []}]
  ];
  it.each(cases)("round-trips %s", (_, words) => {
    expect(decodeSortedWords(encodeSortedWords(words))).toEqual(words);
  });

  it("reads Latin-1 words back as they were written", () => {
    const words = decodeSortedWords(encodeSortedWords({narrow: "ärger\nöl\nüberfall", wide: []}))!;
    expect(words.narrow.split("\n")).toEqual(["ärger", "öl", "überfall"]);
  });

  it("rejects bytes in another layout", () => {
    expect(decodeSortedWords(Buffer.from("händler\nfahrt"))).toBeUndefined();
  });
});
