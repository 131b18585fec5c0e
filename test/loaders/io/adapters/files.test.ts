import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ADAPTERS, type AdapterItem, type AdapterOptions} from "../../../../loaders/io/adapters/index.js";
import {readDate as isoDate} from "../../../../loaders/ingest/published.js";

const dir = mkdtempSync(join(tmpdir(), "pressespiegel-adapters-"));

function read(name: string, content: string | Buffer, options: AdapterOptions = {}): AdapterItem[] {
  const path = join(dir, name);
  writeFileSync(path, content);
  const ext = name.slice(name.lastIndexOf("."));
  return [...ADAPTERS[ext](path, name, options)];
}

describe("CSV/TSV adapter", () => {
  test("10kGNAD-style rows with a column list, ; and ' quotes", () => {
    const items = read("gnad.csv", "Sport;'Wien – Rapid; Austria ''gewann''.'\r\nKultur;Ein Film über Wien.\r\nWeb;\r\nInland\r\n", {columns: ["label", "text"], delimiter: ";", quote: "'", mapping: {label: "label"}});
    expect(items.map((i) => i.file)).toEqual(["gnad.csv#1", "gnad.csv#2", "gnad.csv#3", "gnad.csv#4"]);
    expect(items[0]).toMatchObject({label: "Sport", raw: {text: "Wien – Rapid; Austria 'gewann'.", file: "gnad.csv#1"}});
    expect(items[1]).toMatchObject({raw: {text: "Ein Film über Wien."}});
    expect(items[2]).toMatchObject({problem: expect.stringMatching(/empty text/)});
    expect(items[3]).toMatchObject({problem: expect.stringMatching(/1 fields, expected 2/)});
  });

  test("a header row maps columns by name, metadata with provenance", () => {
    const items = read("news.csv", "ID,Headline,Body,Date,Link,Source\n7,Gipfel,\"Trump und Putin, am Telefon.\",2025-02-13T10:00:00+01:00,https://x.example/a,Beispielblatt\n", {mapping: {title: "headline", text: "body"}});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      file: "news.csv#7",
      raw: {text: "Trump und Putin, am Telefon.", given: {title: "Gipfel", published: "2025-02-13", url: "https://x.example/a", outlet: "Beispielblatt"}, givenSource: {title: 'given by column "Headline"'}}
    });
  });

  test("TSV defaults to a tab separator", () => {
    const items = read("news.tsv", "text\tlanguage\nEin Satz über Berlin.\tDE\n");
    expect(items[0]).toMatchObject({raw: {text: "Ein Satz über Berlin.", given: {language: "de"}}});
  });

  test("a missing text column fails the file with the columns named; a missing title column is a warning", () => {
    expect(() => read("bad.csv", "a,b\n1,2\n")).toThrow(/no text column.*a, b/);
    expect(() => read("bad1.csv", "text\nx\n", {mapping: {text: "body"}})).toThrow(/no column "body" for text/);
    expect(read("bad2.csv", "text\nx\n", {mapping: {title: "headline"}})).toMatchObject([{raw: {text: "x", given: {}}, warnings: [expect.stringMatching(/no column "headline" for title/)]}]);
  });

  test("Windows-1252 files are decoded", () => {
    const items = read("latin.csv", Buffer.concat([Buffer.from("text\n"), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a])]));
    expect(items[0]).toMatchObject({raw: {text: "Grüße"}});
  });
});

describe("JSONL adapter", () => {
  test("one object per line; bad lines are accounted for", () => {
    const items = read("feed.jsonl", [
      JSON.stringify({id: "a1", title: "Gipfel", text: "Trump und Putin telefonierten.", published: "2025-02-12"}),
      "",
      "{kaputt",
      JSON.stringify(["not", "an", "object"]),
      JSON.stringify({content: "Ohne Titel, aber mit Text."}),
      JSON.stringify({title: "Nur ein Titel"})
    ].join("\n"));
    expect(items.map((i) => i.file)).toEqual(["feed.jsonl#a1", "feed.jsonl#3", "feed.jsonl#4", "feed.jsonl#5", "feed.jsonl#6"]);
    expect(items[0]).toMatchObject({raw: {text: "Trump und Putin telefonierten.", given: {title: "Gipfel", published: "2025-02-12"}}});
    expect(items[1]).toMatchObject({problem: expect.stringMatching(/not valid JSON/)});
    expect(items[2]).toMatchObject({problem: expect.stringMatching(/not a JSON object/)});
    expect(items[3]).toMatchObject({raw: {text: "Ohne Titel, aber mit Text."}});
    expect(items[4]).toMatchObject({problem: expect.stringMatching(/no text column/)});
  });
});

describe("feed adapter", () => {
  test("RSS 2.0 with content:encoded, CDATA and escaped description", () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Beispielblatt</title><language>de-DE</language>
<item><title>Trump &amp; Putin telefonieren</title><link>https://example.org/a</link>
<pubDate>Thu, 13 Feb 2025 00:30:00 +0100</pubDate>
<description>Kurz.</description>
<content:encoded><![CDATA[<p>Erster Absatz über das <b>Telefonat</b>.</p><p>Zweiter Absatz.</p>]]></content:encoded></item>
<item><title>Nur Teaser</title><link>https://example.org/b</link><description>&lt;p&gt;Ein Teaser mit &lt;i&gt;HTML&lt;/i&gt;.&lt;/p&gt;</description></item>
<item><title>Leer</title></item>
</channel></rss>`;
    const items = read("feed.rss", rss);
    expect(items.map((i) => i.file)).toEqual(["feed.rss#1", "feed.rss#2", "feed.rss#3"]);
    expect(items[0]).toMatchObject({
      raw: {
        text: "Trump & Putin telefonieren\n\nErster Absatz über das Telefonat.\n\nZweiter Absatz.",
        given: {title: "Trump & Putin telefonieren", url: "https://example.org/a", published: "2025-02-13", outlet: "Beispielblatt", language: "de-DE"},
        givenSource: {published: "given by the feed <pubDate>", outlet: "given by the feed channel <title>", language: "given by the feed <language>"}
      }
    });
    expect(items[1]).toMatchObject({raw: {text: "Nur Teaser\n\nEin Teaser mit HTML."}});
    expect(items[2]).toMatchObject({problem: expect.stringMatching(/no text/)});
  });

  test("a channel title naming the site and its section gives the site as the outlet", () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>netzblatt.de - Ausland</title>
<entry><title>Gipfel in Sicht</title><link href="https://netzblatt.de/gipfel"/>
<updated>2025-02-12T21:00:00Z</updated><content type="html">&lt;p&gt;Die Präsidenten wollen sich treffen.&lt;/p&gt;</content></entry></feed>`;
    const [item] = read("feed.atom", atom);
    expect(item).toMatchObject({raw: {given: {outlet: "netzblatt.de"}, givenSource: {outlet: 'given by the feed channel <title> "netzblatt.de - Ausland" (de.outlet.feed-title-site-name)'}}});
  });

  test("Atom with html and xhtml content and alternate links", () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Netzblatt</title>
<entry><title>Gipfel in Sicht</title><link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/gipfel"/>
<updated>2025-02-12T21:00:00Z</updated><content type="html">&lt;p&gt;Die Präsidenten wollen sich treffen.&lt;/p&gt;</content></entry>
<entry><title>XHTML</title><link href="https://example.org/x"/><published>2025-02-14T08:00:00+01:00</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Absatz eins.</p><p>Absatz zwei.</p></div></content></entry>
</feed>`;
    const items = read("feed.atom", atom);
    expect(items[0]).toMatchObject({raw: {text: "Gipfel in Sicht\n\nDie Präsidenten wollen sich treffen.", given: {url: "https://example.org/gipfel", published: "2025-02-12", outlet: "Netzblatt", language: "de"}, givenSource: {language: "given by the feed xml:lang"}}});
    expect(items[1]).toMatchObject({raw: {text: "XHTML\n\nAbsatz eins.\n\nAbsatz zwei.", given: {url: "https://example.org/x", published: "2025-02-14"}}});
  });

  test("a file that is not a feed fails with a reason", () => {
    expect(() => read("notes.xml", "<notes><n>x</n></notes>")).toThrow(/not an RSS or Atom feed/);
    expect(() => read("broken.rss", "<rss><channel><item><title>x</title></channel>")).toThrow(/not valid XML|not an RSS/);
  });
});

describe("a published value that cannot be read", () => {
  test.each<[string, string, string, (string[] | undefined)[]]>([
    // JSONL: the row's own warning names the column and the value; a German short date is read
    ["meldungen.jsonl", [{id: "a", text: "Text eins.", published: "18.3.26"}, {id: "b", text: "Text zwei.", published: "Mitte März"}, {id: "c", text: "Text drei."}].map((r) => JSON.stringify(r)).join("\n"), "2026-03-18", [undefined, ['column "published": published "Mitte März" is not a date (expected YYYY-MM-DD, D.M.YY or DD.MM.YYYY); left empty'], undefined]],
    ["tabelle.csv", "text,date\nText eins.,18.03.2026\nText zwei.,32.3.26\n", "2026-03-18", [undefined, ['column "date": published "32.3.26" is not a date (expected YYYY-MM-DD, D.M.YY or DD.MM.YYYY); left empty']]],
    ["feed.rss", '<rss><channel><title>Blatt</title><item><title>Eins</title><description>Text eins.</description><pubDate>18.3.26</pubDate></item><item><title>Zwei</title><description>Text zwei.</description><pubDate>bald</pubDate></item></channel></rss>', "2026-03-18", [undefined, ['<pubDate>: published "bald" is not a date (expected YYYY-MM-DD, D.M.YY or DD.MM.YYYY); left empty']]]
  ])("%s: the row is read without it, with a warning", (name, content, first, warnings) => {
    const items = read(name, content);
    expect(items.map((i) => ("raw" in i ? i.warnings : "problem"))).toEqual(warnings);
    expect(items[0]).toMatchObject({raw: {given: {published: first}}});
    expect("raw" in items[1] && items[1].raw.given.published).toBeUndefined();
  });
});

describe("isoDate", () => {
  const cases: [string, string][] = [
    ["2025-02-12", "2025-02-12"],
    ["2025-02-12T23:30:00+01:00", "2025-02-12"],
    ["12.02.2025", "2025-02-12"],
    ["3.2.2025", "2025-02-03"],
    ["18.3.26", "2026-03-18"],
    ["Wed, 12 Feb 2025 23:30:00 +0100", "2025-02-12"],
    ["12 February 2025", "2025-02-12"],
    ["gestern", ""],
    ["", ""]
  ];
  test.each(cases)("%s → %s", (input, expected) => expect(isoDate(input)).toBe(expected));
});

describe("mixed UTF-8/Latin-1 rows are repaired as text files are, with the warning on the row", () => {
  const u = (s: string) => Buffer.from(s, "utf8");
  const latin = (s: string) => Buffer.from(s, "latin1");
  const one = "mixed encoding: UTF-8 with 1 byte that is not UTF-8, read as Windows-1252 (check that character; save the file as UTF-8)";
  const two = "mixed encoding: UTF-8 with 2 bytes that are not UTF-8, read as Windows-1252 (check those characters; save the file as UTF-8)";
  test.each<[string, string, Buffer, [string, string[]][]]>([
    ["CSV, a Latin-1 byte in the second row", "a.csv", Buffer.concat([u("id,text\n1,Grüße aus Köln\n2,"), latin("Streik in Lübeck"), u("\n3,Ende\n")]),
      [["Grüße aus Köln", []], ["Streik in Lübeck", [one]], ["Ende", []]]],
    ["CSV, a quoted field over two lines", "b.csv", Buffer.concat([u('text\n"Erste Zeile schön\n'), latin("zweite Zeile für"), u(' alle"\nDanach\n')]),
      [["Erste Zeile schön\nzweite Zeile für alle", [one]], ["Danach", []]]],
    ["JSONL, two bytes on one line", "c.jsonl", Buffer.concat([u('{"text":"Grüße"}\n'), latin('{"text":"Märzstreik übel"}'), u("\n")]),
      [["Grüße", []], ["Märzstreik übel", [two]]]],
    ["Windows-1252 as a whole: no warning", "d.csv", latin("text\nGrüße aus Köln\n"), [["Grüße aus Köln", []]]]
  ])("%s", (_, name, bytes, expected) => {
    const items = read(name, bytes);
    expect(items.map((i) => ("raw" in i ? [i.raw.text, i.warnings ?? []] : [i.problem, []]))).toEqual(expected);
  });

  test("a row after the first megabyte is repaired too", () => {
    const filler = Array.from({length: 50000}, (_, i) => `${i},Zeile über den Streik ${i}\n`).join("");
    const items = read("e.csv", Buffer.concat([u(`id,text\n${filler}`), latin("x,Schluß"), u("\n")]));
    expect(items.at(-1)).toMatchObject({raw: {text: "Schluß"}, warnings: [one]});
    expect(items.filter((i) => "warnings" in i && i.warnings).length).toBe(1);
  });
});

describe("HTML markup pasted into a text column or a feed item is read as HTML, with a warning", () => {
  const EMBED = '<blockquote class="twitter-tweet"><p lang="de">Heute wird gefeiert.</p>&mdash; Chor (@chor) <a href="https://x.example/2">1. Mai 2026</a></blockquote><script async src="https://x.example/w.js"></script>';
  const TEXT = "Der Chor schrieb: \"Heute wird gefeiert.\"\n" + EMBED + "\n\nDas Fest beginnt um acht.";
  const READ = "Der Chor schrieb: \"Heute wird gefeiert.\"\n\nHeute wird gefeiert.\n\nDas Fest beginnt um acht.";
  // [file name, content, text read, warning]
  const cases: [string, string, string, RegExp | undefined][] = [
    ["embed.jsonl", JSON.stringify({text: TEXT}), READ, /^column "text" holds HTML markup \(<blockquote>, <p>, <a>, <script>\).*dropped with their content: <script>$/],
    ["embed.csv", `text\n"${TEXT.replace(/"/g, '""')}"\n`, READ, /^column "text" holds HTML markup/],
    ["embed.tsv", `Artikeltext\n${TEXT.replace(/\n/g, " ")}\n`, "Der Chor schrieb: \"Heute wird gefeiert.\"\n\nHeute wird gefeiert.\n\nDas Fest beginnt um acht.", /^column "Artikeltext" holds HTML markup/],
    ["iframe.jsonl", JSON.stringify({text: "Vorher.\n<iframe src=\"https://video.example/9\"></iframe>\nNachher."}), "Vorher.\n\nNachher.", /dropped with their content: <iframe>$/],
    // no markup: the text as it is, no warning
    ["plain.jsonl", JSON.stringify({text: "Der Pegel lag bei <5 Metern.\n\nMehr folgt."}), "Der Pegel lag bei <5 Metern.\n\nMehr folgt.", undefined],
    ["embed.rss", `<rss version="2.0"><channel><title>Blatt</title><item><title>Fest</title><description><![CDATA[<p>Das Fest beginnt.</p>${EMBED}]]></description></item></channel></rss>`,
      "Fest\n\nDas Fest beginnt.\n\nHeute wird gefeiert.", /^item content: dropped with their content: <script>$/]
  ];
  test.each(cases)("%s", (name, content, text, warning) => {
    const [item] = read(name, content, name.endsWith(".tsv") ? {mapping: {text: "Artikeltext"}} : {});
    expect(item).toMatchObject({raw: {text}});
    const warnings = "warnings" in item ? (item.warnings ?? []) : [];
    if (warning) expect(warnings).toEqual([expect.stringMatching(warning)]);
    else expect(warnings).toEqual([]);
  });

  test("a text column with only markup is a problem", () => {
    const [item] = read("script.jsonl", JSON.stringify({text: "<script>track()</script>"}));
    expect(item).toMatchObject({problem: 'column "text" holds only HTML markup, no text'});
  });
});
