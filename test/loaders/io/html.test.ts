import {describe, expect, test} from "vitest";
import {htmlFragmentToText, htmlToArticle, withoutSiteName} from "../../../loaders/io/html.js";
import {classifyParts} from "../../../loaders/ingest/parts.js";
import {partPrefixRules, partRules} from "../../../loaders/lang/de/index.js";

const body = "<article><h1>Hafen wird ausgebaut</h1><p>Der Senat hat am Dienstag den Ausbau des Hafens beschlossen, sagte eine Sprecherin der Behörde in der Hansestadt.</p><p>Die Arbeiten sollen im Frühjahr beginnen und drei Jahre dauern, hieß es weiter aus dem Rathaus der Stadt.</p></article>";
const page = (head: string, extra = "") => `<!doctype html><html lang="de"><head>${head}</head><body>${extra}${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe("HTML metadata", () => {
  test.each<[string, string, Record<string, string>]>([
    ["JSON-LD NewsArticle", ld({"@type": "NewsArticle", datePublished: "2025-06-11T08:00:00+02:00", publisher: {"@type": "Organization", name: "Hanse Kurier"}, url: "https://example.org/a"}),
      {published: "2025-06-11", outlet: "Hanse Kurier", url: "https://example.org/a"}],
    ["JSON-LD inside @graph", ld({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": ["Article"], datePublished: "2025-06-12", publisher: {name: "Netzblatt"}}]}),
      {published: "2025-06-12", outlet: "Netzblatt"}],
    ["meta tags before JSON-LD", `<meta property="og:site_name" content="Rundschau"><meta property="article:published_time" content="2025-06-10">${ld({"@type": "NewsArticle", datePublished: "2025-06-11", publisher: {name: "Andere"}})}`,
      {published: "2025-06-10", outlet: "Rundschau"}],
    ["an impossible date is no date", `<meta property="article:published_time" content="2025-02-30">`, {}],
    ["a broken JSON-LD block is skipped", `<script type="application/ld+json">{oops</script><meta property="og:site_name" content="Rundschau">`, {outlet: "Rundschau"}]
  ])("%s", (_name, head, expected) => {
    const {given} = htmlToArticle(page(head));
    expect({published: given.published, outlet: given.outlet, url: given.url}).toEqual({published: undefined, outlet: undefined, url: undefined, ...expected});
  });

  test("a title ending in the outlet's name loses it", () => {
    const {given, text} = htmlToArticle(page(`<title>Hafen wird ausgebaut | Rheinische Rundschau</title><meta property="og:site_name" content="Rheinische Rundschau">`));
    expect(given.title).toBe("Hafen wird ausgebaut");
    expect(text.startsWith("Hafen wird ausgebaut\n\n")).toBe(true);
  });

  test.each<[string, string, string | undefined, string]>([
    ["og:site_name comes first", `<title>Hafen wird ausgebaut | Hanse Kurier</title><meta property="og:site_name" content="Rundschau">`, "Rundschau", "<meta og:site_name>"],
    ["a JSON-LD publisher comes first", `<title>Hafen wird ausgebaut – Hanse Kurier</title>${ld({"@type": "NewsArticle", publisher: {name: "Netzblatt"}})}`, "Netzblatt", "JSON-LD"],
    ["the page title's site name is not given", "<title>Hafen wird ausgebaut | Hanse Kurier</title>", undefined, ""]
  ])("given outlet: %s", (_name, head, outlet, source) => {
    const {given, givenSource} = htmlToArticle(page(head));
    expect(given.outlet).toBe(outlet);
    expect(givenSource.outlet ?? "").toContain(source);
  });

  /** [why, head, title outlet]: the site's name ending the title is a candidate apart from the given metadata. */
  test.each<[string, string, string | undefined]>([
    ["no metadata: the site's name ending the title", "<title>Hafen wird ausgebaut | Hanse Kurier</title>", "Hanse Kurier"],
    ["a tail that reads as a headline is no outlet", "<title>Senat – Hafen wird ausgebaut</title>", undefined],
    ["two paired names are no outlet", "<title>Rostock – Kiel</title>", undefined],
    ["a one-word tail after a dash counts when it is the host", `<title>Hafen wird ausgebaut – Hansekurier</title><link rel="canonical" href="https://www.hansekurier.example/hafen">`, "Hansekurier"],
    ["a one-word tail after a dash is no outlet on another host", `<title>Hafen wird ausgebaut – Hansekurier</title><link rel="canonical" href="https://www.blatt.example/hafen">`, undefined],
    ["og:site_name leaves no candidate", `<title>Hafen wird ausgebaut | Hanse Kurier</title><meta property="og:site_name" content="Rundschau">`, undefined]
  ])("outlet from the page title: %s", (_name, head, outlet) => {
    const {given, titleOutlet} = htmlToArticle(page(head));
    expect(titleOutlet?.outlet).toBe(outlet);
    if (outlet) {
      expect(titleOutlet?.source).toContain("de.outlet.title-site-name");
      expect(given.title).toBe("Hafen wird ausgebaut");
    }
  });

  test("a cookie banner is not article text", () => {
    const banner = `<div id="cookie-banner"><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie der Verwendung zu.</p></div>`;
    const {text} = htmlToArticle(page("<title>Hafen</title>", banner));
    expect(text).not.toContain("Cookies");
    expect(text).toContain("Der Senat hat am Dienstag");
  });

  test("a page that marks its body or wrapper with a consent class keeps its article", () => {
    const html = `<!doctype html><html lang="de" class="cookie-consent-open"><head><title>Hafen</title></head><body class="has-consent-banner"><div class="wrapper consent-shown">${body}</div></body></html>`;
    expect(htmlToArticle(html).text).toContain("Die Arbeiten sollen im Frühjahr beginnen");
  });
});

describe("reader comments", () => {
  const comments = `<section class="comments" id="kommentare"><h3>3 Kommentare</h3><div class="comment"><p>Endlich tut sich etwas am Hafen, das wurde auch Zeit für die Stadt.</p></div><div class="comment"><p>&lt;script&gt;alert(1)&lt;/script&gt; Ich glaube kein Wort davon.</p></div></section>`;
  const labels = (text: string) => classifyParts(text, partRules, partPrefixRules).map((p) => `${p.label}: ${text.slice(p.start, p.end)}`);

  test("a comment section after the article is kept as a comments part, not as article text", () => {
    const {text} = htmlToArticle(page("<title>Hafen</title>", "").replace("</article>", `</article>${comments}`));
    expect(text).toContain("Der Senat hat am Dienstag");
    expect(text).toContain("Leserkommentare\n\n3 Kommentare\n\nEndlich tut sich etwas");
    expect(text).toContain("<script>alert(1)</script> Ich glaube kein Wort davon.");
    const parts = labels(text);
    expect(parts.filter((p) => p.startsWith("body"))).toHaveLength(1);
    expect(parts.at(-1)).toMatch(/^comments: Leserkommentare\n\n3 Kommentare\n\nEndlich[^]*Ich glaube kein Wort davon\.$/);
  });

  test("a comment's author, outside its paragraph, stays before the comment", () => {
    const signed = `<section class="comments"><div class="comment"><span class="comment-author">Lea Sommer</span> <time>vor 2 Std.</time><p>Das hätte man früher wissen können, finde ich.</p></div><div class="comment"><span class="comment-author">Jonas Ritter</span><p>Ganz meine Meinung.</p></div></section>`;
    const {text} = htmlToArticle(page("<title>Hafen</title>", "").replace("</article>", `</article>${signed}`));
    expect(text.slice(text.indexOf("Leserkommentare"))).toBe("Leserkommentare\n\nLea Sommer vor 2 Std.\n\nDas hätte man früher wissen können, finde ich.\n\nJonas Ritter\n\nGanz meine Meinung.");
  });

  test("a page without comments is read as before; an opinion piece ('kommentar') is the article", () => {
    expect(htmlToArticle(page("<title>Hafen</title>")).text).not.toContain("Leserkommentare");
    const opinion = `<!doctype html><html lang="de"><head><title>Hafen</title></head><body><div class="kommentar">${body}</div></body></html>`;
    const {text} = htmlToArticle(opinion);
    expect(text).toContain("Der Senat hat am Dienstag");
    expect(text).not.toContain("Leserkommentare");
  });
});

describe("withoutSiteName", () => {
  test.each<[string, string | undefined, string]>([
    ["Schlagzeile | Rheinische Rundschau", "Rheinische Rundschau", "Schlagzeile"],
    ["Schlagzeile - netzblatt", "Netzblatt", "Schlagzeile"],
    ["Schlagzeile – Rundschau", "Rundschau", "Schlagzeile"],
    // only the outlet's own name goes
    ["Trump - Putin: Telefonat", "Rundschau", "Trump - Putin: Telefonat"],
    ["Schlagzeile | Rundschau", undefined, "Schlagzeile | Rundschau"]
  ])("%s (outlet %s) → %s", (title, outlet, expected) => {
    expect(withoutSiteName(title, outlet)).toBe(expected);
  });
});

describe("HTML line breaks", () => {
  test.each<[string, string, string]>([
    ["a <br> inside a paragraph separates its words", "<p>Erste Zeile<br>zweite Zeile</p>", "Erste Zeile zweite Zeile"],
    ["a <br/> between inline elements", "<p><em>fett</em><br/><strong>kursiv</strong></p>", "fett kursiv"],
    ["text without blocks keeps its line breaks", "Eine Zeile<br>noch eine", "Eine Zeile\nnoch eine"]
  ])("%s", (_name, html, expected) => {
    expect(htmlFragmentToText(html)).toBe(expected);
  });
});

/** [<html lang>, the language given] — the region of the tag is kept (an Austrian or Swiss outlet stays apart). */
describe("HTML language", () => {
  test.each([["de", "de"], ["de-AT", "de-AT"], ["de-ch", "de-CH"], ["DE_de", "de-DE"]])("lang=%j → %j", (lang, expected) => {
    const {given, givenSource} = htmlToArticle(page("").replace('lang="de"', `lang="${lang}"`));
    expect([given.language, givenSource.language]).toEqual([expected, "given by <html lang>"]);
  });
});

/** A news page's header: title, teaser, byline and date line, a caption; the date line dates the article. */
describe("a page with a teaser before the byline and date line", () => {
  test("the byline, date line and caption are boilerplate, the place opens the body", () => {
    const html = `<!doctype html><html lang="de"><head><title>Freibad beschlossen</title></head><body><article><h1>Freibad beschlossen</h1>
<p class="teaser">Nach zwei Jahren Planung hat der Stadtrat den Bau beschlossen. Eröffnet werden soll im Sommer.</p>
<p>Von Lea Sommer</p><p>07.05.2026</p><figure><img src="a.jpg"><figcaption>Anna Berg (l.) und Jonas Ritter am Montag im alten Bad.</figcaption></figure>
<p>Erfurt. Der Stadtrat hat am Dienstag den Bau des neuen Freibads beschlossen, sagte die Bürgermeisterin der Stadt.</p>
<p>Die Kosten liegen nach Angaben der Stadt bei rund zwölf Millionen Euro für das ganze Gelände am Fluss.</p></article></body></html>`;
    const {text, given} = htmlToArticle(html);
    const parts = classifyParts(text, partRules, partPrefixRules, given.title);
    const shown = parts.map((p) => `${p.label} ${p.rule} «${text.slice(p.start, p.end).slice(0, 20)}»`);
    expect(shown.filter((p) => p.startsWith("boilerplate"))).toEqual([
      "boilerplate de.parts.byline «Von Lea Sommer»",
      "boilerplate de.parts.date-line «07.05.2026»",
      "boilerplate de.parts.caption «Anna Berg (l.) und J»",
      "boilerplate de.parts.place-dateline «Erfurt.»"
    ]);
    expect(shown[1]).toBe("body parts.body «Nach zwei Jahren Pla»");
  });
});


/** [figure markup, the caption spans' words] — a <figcaption>'s paragraphs are caption spans of the page's text. */
describe("HTML figure captions", () => {
  const story = "<p>Der Stadtrat hat am Dienstag den Bau des neuen Freibads beschlossen, sagte die Bürgermeisterin der Stadt.</p><p>Die Kosten liegen nach Angaben der Stadt bei rund zwölf Millionen Euro für das ganze Gelände am Fluss.</p>";
  test.each<[string, string[]]>([
    ["<figure><img src=\"a.jpg\"><figcaption>Das alte Bad im Winter</figcaption></figure>", ["Das alte Bad im Winter"]],
    ["<figure><img src=\"a.jpg\"><figcaption><p>Das alte Bad im Winter.</p><p>Foto: Stadt</p></figcaption></figure>", ["Das alte Bad im Winter.", "Foto: Stadt"]],
    ["<p>Kein Bild hier, nur ein Satz über das alte Bad, das im Winter schließt.</p>", []]
  ])("%s", (figure, expected) => {
    const {text, captions} = htmlToArticle(`<!doctype html><html lang="de"><head><title>Freibad beschlossen</title></head><body><article><h1>Freibad beschlossen</h1>${story.replace("</p>", `</p>${figure}`)}</article></body></html>`);
    expect((captions ?? []).map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });
});
