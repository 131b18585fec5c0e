import {describe, expect, test} from "vitest";
import {highlightText, nestHighlights, type TextHighlight} from "../../src/components/highlightText.js";
import {testDocument} from "./render.js";

const h = (kind: string, start: number, end: number): TextHighlight => ({kind, start, end, label: kind, rule: `r.${kind}`});

/** The tree as "kind[start,end](children)" strings. */
const shape = (nodes: ReturnType<typeof nestHighlights>): string =>
  nodes.map((n) => `${n.kind}[${n.start},${n.end}]${n.children.length ? `(${shape(n.children)})` : ""}`).join(" ");

describe("nestHighlights", () => {
  test.each([
    ["disjoint spans stay side by side", [h("person", 0, 5), h("date", 10, 15)], "person[0,5] date[10,15]"],
    ["a span inside another nests", [h("quote", 0, 20), h("person", 3, 8)], "quote[0,20](person[3,8])"],
    ["a crossing span is cut at the parent's end and continues", [h("quote", 0, 10), h("topic", 8, 14)], "quote[0,10](topic[8,10]) topic[10,14]"],
    ["equal spans nest in kind order given", [h("quote", 2, 6), h("speaker", 2, 6)], "quote[2,6](speaker[2,6])"],
    ["spans outside the text are dropped", [h("date", 30, 40), h("person", -1, 2)], ""]
  ])("%s", (_, spans, expected) => expect(shape(nestHighlights(spans, 20))).toBe(expected));
});

describe("highlightText", () => {
  test("keeps every character once, as text, with rule ids in titles", () => {
    const text = "Putin sagte: „Wir <b>reden</b>.“ Am 12. Februar.";
    const el = highlightText(text, [h("quote", 12, 31), h("person", 0, 5), h("date", 33, 47)], {document: testDocument()});
    expect(el.textContent).toBe(text);
    expect(el.querySelector("b")).toBeNull();
    expect([...el.querySelectorAll("mark")].map((m) => m.title)).toEqual(["person · rule r.person", "quote · rule r.quote", "date · rule r.date"]);
  });

  test("hostile text stays text", () => {
    const text = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">`;
    const el = highlightText(text, [h("quote", 0, 20)], {document: testDocument()});
    expect(el.querySelector("script, img")).toBeNull();
    expect(el.textContent).toBe(text);
  });

  test("parts set aside are labelled and not highlighted", () => {
    const text = "Body text here. Comment: great!";
    const el = highlightText(text, [h("person", 0, 4), h("person", 25, 30)], {parts: [{label: "body", start: 0, end: 15}, {label: "comments", start: 16, end: 31}], document: testDocument()});
    expect(el.querySelectorAll("mark").length).toBe(1);
    expect(el.querySelector(".part-comments")!.textContent).toBe("set aside: commentsComment: great!");
  });
});
