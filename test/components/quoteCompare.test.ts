import {describe, expect, test} from "vitest";
import {downloads} from "../../src/components/downloads.js";
import {coverageOf, leftOut, quoteCompare} from "../../src/components/quoteCompare.js";
import {testDocument} from "./render.js";

describe("leftOut", () => {
  test.each([
    ["a full rendering leaves nothing out", "Wir wollen Frieden.", ["wir wollen Frieden"], []],
    ["a shorter rendering misses the rest, in the statement's order", "Wir wollen sofort Frieden in Europa.", ["Wir wollen Frieden."], ["sofort", "in", "Europa"]],
    ["several quotes of one outlet count together", "A B C D", ["A", "C"], ["B", "D"]],
    ["each word once, case-insensitive", "Frieden, frieden und FRIEDEN", [], ["Frieden", "und"]]
  ])("%s", (_, statement, renderings, expected) => expect(leftOut(statement, renderings)).toEqual(expected));

  test("coverageOf counts distinct words", () => {
    expect(coverageOf("A B C D", ["A", "C"])).toBe(0.5);
    expect(coverageOf("", [])).toBe(1);
  });
});

describe("quoteCompare", () => {
  test("one column per outlet with all its quotes, text as text", () => {
    const el = quoteCompare("Wir wollen Frieden jetzt und in Europa", [
      {source: "Alpha", text: "<img src=x onerror=alert(1)> Frieden jetzt"},
      {source: "Beta", text: "Wir wollen Frieden"},
      {source: "Beta", text: "in Europa"}
    ], {document: testDocument()});
    expect(el.querySelectorAll("figure").length).toBe(2);
    expect(el.querySelectorAll("figure")[1].querySelectorAll("blockquote").length).toBe(2);
    expect(el.querySelector("img")).toBeNull();
    expect([...el.querySelectorAll(".left-out")].map((p) => p.textContent)).toEqual(["Left out: Wir, wollen, und, in, Europa", "Left out: jetzt, und"]);
  });
});

describe("downloads", () => {
  test("a link per file, named by its base name", () => {
    const el = downloads([{name: "report/quotes.csv", href: "/_file/data/report/quotes.abc.csv"}], {document: testDocument()});
    const a = el.querySelector("a")!;
    expect([a.getAttribute("download"), a.getAttribute("href"), a.textContent]).toEqual(["quotes.csv", "/_file/data/report/quotes.abc.csv", "quotes.csv"]);
  });
});
