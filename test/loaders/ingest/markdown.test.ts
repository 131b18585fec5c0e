import {describe, expect, test} from "vitest";
import {markdownToArticle} from "../../../loaders/ingest/markdown.js";

describe("Markdown to article text", () => {
  test.each<[string, string]>([
    ["# Markdown-Artikel", "Markdown-Artikel"],
    ["## Zweiter Teil ##", "Zweiter Teil"],
    ["Der **Senator** *Paul Lind* sagte: „Wir bauen.“", "Der Senator Paul Lind sagte: „Wir bauen.“"],
    ["__Hamburg__ und _Bremen_ planen gemeinsam.", "Hamburg und Bremen planen gemeinsam."],
    ["Mehr dazu [hier](https://example.org/a) und [dort][1].", "Mehr dazu hier und dort."],
    ["![Der Hafen am Morgen](bild.jpg)", "Der Hafen am Morgen"],
    ["> „Das ist unseriös“, sagte sie.", "„Das ist unseriös“, sagte sie."],
    ["- erster Punkt\n- zweiter Punkt\n1. dritter Punkt", "erster Punkt\nzweiter Punkt\ndritter Punkt"],
    // a German date at the start of a line is no ordered list item; a numbered point stays one
    ["14. Jänner 2026\n\nText", "14. Jänner 2026\n\nText"],
    ["3. Okt. 2025, 18:00 Uhr", "3. Okt. 2025, 18:00 Uhr"],
    ["2. Marktplatz neu gestalten", "Marktplatz neu gestalten"],
    ["Der Befehl `make` läuft.", "Der Befehl make läuft."],
    ["Titel\n=====\n\nText", "Titel\n\nText"],
    ["Absatz eins\n\n---\n\nAbsatz zwei", "Absatz eins\n\nAbsatz zwei"],
    ["Text\n\n[1]: https://example.org/quelle", "Text"],
    // not emphasis: arithmetic, snake_case, escaped marks, a hash inside a line
    ["3 * 4 = 12 und max_mustermann@example.org", "3 * 4 = 12 und max_mustermann@example.org"],
    ["Ein \\*Sternchen\\* bleibt.", "Ein *Sternchen* bleibt."],
    ["Hashtag #Hafen im Text", "Hashtag #Hafen im Text"]
  ])("%j → %j", (markdown, text) => {
    expect(markdownToArticle(markdown).text).toBe(text);
  });

  test.each([["[", "("], ["**x ", ""], ["![", ""], ["`", ""], ["*a ", ""], ["_a ", ""], ["- ", ""], ["> ", ""]])(
    "a 1 MB line of %j stays linear and keeps its length bounded",
    (unit, tail) => {
      const line = unit.repeat(Math.ceil(1_000_000 / unit.length)) + tail;
      expect(markdownToArticle(line).text.length).toBeLessThanOrEqual(line.length);
    }
  );
});

/** [Markdown, the words of its captions] — an image alone on its line is a figure: its alt text is a caption span. */
describe("Markdown image captions", () => {
  test.each<[string, string[]]>([
    ["# Freibad\n\n![Das alte Bad im Winter](bad.jpg)\n\nDer Rat hat entschieden.", ["Das alte Bad im Winter"]],
    ["> ![Der Bauplatz](platz.png \"Bauplatz\")", ["Der Bauplatz"]],
    ["Titel\n\n\n\n\n  ![Der Bauplatz](platz.png)  \n\n\n\nText", ["Der Bauplatz"]],
    ["[![Der Bauplatz](platz.png)](https://example.org/galerie)", ["Der Bauplatz"]],
    // an image inside a sentence stays a word of it; an image without alt text leaves no caption
    ["Das Bad ![Logo](logo.png) öffnet im Mai.", []],
    ["![](leer.jpg)\n\nText", []],
    // the same words as a caption and as a line of text: the caption is the image's line
    ["Der Hafen\n\n![Der Hafen](hafen.jpg)", ["Der Hafen@1"]]
  ])("%j", (markdown, expected) => {
    const {text, captions} = markdownToArticle(markdown);
    const shown = captions.map((c) => text.slice(c.start, c.end) + (text.indexOf(text.slice(c.start, c.end)) === c.start ? "" : "@1"));
    expect(shown).toEqual(expected);
  });
});
