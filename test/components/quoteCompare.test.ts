import {describe, expect, test} from "vitest";
import {leftOut, quoteCompare} from "../../src/components/quoteCompare.js";
import {downloads} from "../../src/components/downloads.js";
import {testDocument} from "./render.js";

describe("leftOut", () => {
  test.each([
    ["identical renderings leave nothing out", ["Wir wollen Frieden.", "wir wollen Frieden"], [[], []]],
    ["a shorter rendering misses the words the longer has", ["Wir wollen sofort Frieden in Europa.", "Wir wollen Frieden."], [[], ["sofort", "in", "Europa"]]],
    ["each word is reported once, in first-seen order", ["A", "A B C", "A C D"], [["B", "C", "D"], ["D"], ["B"]]]
  ])("%s", (_, texts, expected) => expect(leftOut(texts.map((text, i) => ({source: `S${i}`, text})))).toEqual(expected));
});

describe("quoteCompare", () => {
  test("one column per outlet, text as text", () => {
    const el = quoteCompare([{source: "Alpha", text: "<img src=x onerror=alert(1)> Frieden jetzt"}, {source: "Beta", text: "Frieden"}], {document: testDocument()});
    expect(el.querySelectorAll("figure").length).toBe(2);
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelectorAll(".left-out")[1].textContent).toBe("Left out: img, src, x, onerror, alert, 1, jetzt");
  });
});

describe("downloads", () => {
  test("a link per file, named by its base name", () => {
    const el = downloads([{name: "report/quotes.csv", href: "/_file/data/report/quotes.abc.csv"}], {document: testDocument()});
    const a = el.querySelector("a")!;
    expect([a.getAttribute("download"), a.getAttribute("href"), a.textContent]).toEqual(["quotes.csv", "/_file/data/report/quotes.abc.csv", "quotes.csv"]);
  });
});
