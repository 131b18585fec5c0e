import {describe, expect, test} from "vitest";
import {hasMarkup, markupToText, markupWarning} from "../../../loaders/io/markup.js";

describe("hasMarkup: a tag of a known element or an HTML comment", () => {
  test.each<[string, boolean]>([
    ["Der Pegel lag bei <5 Metern.", false],
    ["Ein Absatz.<p>Noch einer.</p>", true],
    ["Text <br/> mit Umbruch", true],
    ["<SCRIPT src=\"x.js\"></SCRIPT>", true],
    ["Vorher <!-- Kommentar --> nachher", true],
    ["Eine <Meinung> in spitzen Klammern", false]
  ])("%s: %s", (text, expected) => {
    expect(hasMarkup(text)).toBe(expected);
  });
});

describe("markupToText: the text a reader sees", () => {
  // [what, source, text, dropped]
  const cases: [string, string, string, string[]][] = [
    ["an embedded post: its words a paragraph of their own, the script gone",
      "Die Sängerin schrieb auf X:\n<blockquote class=\"twitter-tweet\"><p lang=\"de\">Bis morgen in Halle!</p>&mdash; Lea (@lea) <a href=\"https://x.example/1\">3. März 2026</a></blockquote><script async src=\"https://x.example/w.js\"></script>\n\nDas Konzert ist ausverkauft.",
      "Die Sängerin schrieb auf X:\n\nBis morgen in Halle!\n\nDas Konzert ist ausverkauft.", ["script"]],
    ["a plain blockquote keeps the line after its paragraph", "<blockquote><p>Wer wagt, gewinnt.</p>— Sprichwort</blockquote>", "Wer wagt, gewinnt.\n\n— Sprichwort", []],
    ["an iframe and a style vanish with their content",
      "Erster Absatz.\n\n<iframe src=\"https://video.example/1\">Ihr Browser kann das nicht.</iframe><style>p {color: red}</style>\n\nZweiter Absatz.", "Erster Absatz.\n\nZweiter Absatz.", ["iframe", "style"]],
    ["text outside any element keeps its line breaks; inline elements give their words",
      "Zeile eins\nZeile zwei mit <b>fett</b> und <a href=\"#\">Link</a>.\n\nNeuer Absatz &amp; Ende.", "Zeile eins\nZeile zwei mit fett und Link.\n\nNeuer Absatz & Ende.", []],
    ["paragraphs and line breaks", "<p>Eins\n  zwei</p><p>Drei<br>vier</p>", "Eins zwei\n\nDrei\nvier", []],
    ["only a script", "<script>alert(1)</script>", "", ["script"]]
  ];
  test.each(cases)("%s", (_, source, text, dropped) => {
    const reduced = markupToText(source);
    expect(reduced.text).toBe(text);
    expect(reduced.dropped).toEqual(dropped);
  });

  test("the warning names the place, the elements and what was dropped", () => {
    expect(markupWarning('column "text"', markupToText("A<p>B</p><script>c()</script>"))).toBe(
      'column "text" holds HTML markup (<p>, <script>): read as HTML, its text kept and every block a paragraph; dropped with their content: <script>'
    );
  });
});
