import {describe, expect, it} from "vitest";
import {SortedForms, sortedWords} from "../../../loaders/text/sorted-forms.js";

describe("SortedForms: words in one sorted string, searched by halves", () => {
  const words = ["ab", "abc", "b", "händler", "zug", "ärger", "ß"].sort();
  const forms = new SortedForms(words.join("\n"), ["œuvre", "horsd’œuvre"]);
  const cases: [string, number, boolean][] = [
    // whole words
    ["ab", 0, true],
    ["abc", 0, true],
    ["händler", 0, true],
    ["ärger", 0, true],
    ["ß", 0, true],
    ["zug", 0, true],
    // prefixes, extensions and neighbours of words are not words
    ["a", 0, false],
    ["abcd", 0, false],
    ["händle", 0, false],
    ["", 0, false],
    ["zzz", 0, false],
    // a tail of the word, from an offset ("|zug", "hänge|händler")
    ["anzug", 2, true],
    ["hängehändler", 5, true],
    ["hängehändler", 4, false],
    // words beyond Latin-1, and tails of them
    ["œuvre", 0, true],
    ["horsd’œuvre", 0, true],
    ["horsd’œuvre", 6, true],
    ["chef-d’œuvre", 0, false],
    ["l’ab", 2, true]
  ];
  it.each(cases)("%s from %i → %s", (word, from, expected) => {
    expect(forms.has(word, from)).toBe(expected);
  });
  it("a slice longer than the longest word is no word (answered without reading it)", () => {
    const long = "x".repeat(100_000);
    expect(forms.has(`${long}zug`, 100_000)).toBe(true);
    expect(forms.has(`${long}zug`, 99_999)).toBe(false);
    expect(forms.has("’".repeat(100_000))).toBe(false);
  });
  it("counts its words", () => {
    expect(forms.size).toBe(9);
    expect(new SortedForms("").size).toBe(0);
    expect(new SortedForms("").has("a")).toBe(false);
  });
});

describe("sortedWords: the layout SortedForms reads", () => {
  const cases: [string[], {narrow: string; wide: string[]}][] = [
    [["öl", "fahrt", "händler", "fahrt"], {narrow: "fahrt\nhändler\nöl", wide: []}],
    [["œuvre", "straße", "horsd’œuvre"], {narrow: "straße", wide: ["horsd’œuvre", "œuvre"]}],
    [[], {narrow: "", wide: []}]
  ];
  it.each(cases)("%j", (words, expected) => {
    expect(sortedWords(words)).toEqual(expected);
  });

  it("makes forms that find every word", () => {
    const words = ["œuvre", "straße", "ärger", "abend"];
    const forms = SortedForms.of(sortedWords(words));
    expect(words.every((word) => forms.has(word))).toBe(true);
    expect(forms.has("abende")).toBe(false);
  });
});
