import {describe, expect, it, test} from "vitest";
import {classifyParts, words} from "../../../loaders/ingest/parts.js";
import {partPrefixRules, partRules} from "../../../loaders/lang/de/index.js";

describe("words", () => {
  const cases: [string, number, number][] = [
    ["Ein Satz mit sechs Wörtern hier.", 10, 6],
    ["Ein Satz mit sechs Wörtern hier.", 4, 4],
    ["eins\u00a0 zwei\tdrei", 10, 3],
    ["", 5, 1],
    [" a ", 5, 3]
  ];
  for (const [line, limit, expected] of cases) {
    it(`counts ${JSON.stringify(line)} up to ${limit} as ${expected}`, () => expect(words(line, limit)).toBe(expected));
  }

  it("is line.split(/\\s+/).length up to the limit on generated lines", () => {
    const pieces = ["a", "Wort", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", ".", "ß"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      let line = "";
      const length = Math.floor(next() * 60);
      for (let k = 0; k < length; k++) line += pieces[Math.floor(next() * pieces.length)];
      const limit = 1 + Math.floor(next() * 30);
      expect(words(line, limit), JSON.stringify(line)).toBe(Math.min(limit, line.split(/\s+/).length));
    }
  });
});

/** [article, its parts as "label rule «text»"] — articles written for the test. */
describe("datelines set apart from the body", () => {
  const show = (text: string) => classifyParts(text, partRules, partPrefixRules).map((p) => `${p.label} ${p.rule} «${text.slice(p.start, p.end)}»`);
  test.each<[string, string[]]>([
    ["Rathaus bekommt Solardach\nMünchen, 20.06.2025 - Bürgermeister Karl Huber sagte, das Dach werde im Herbst gedeckt.", [
      "title parts.first-headline «Rathaus bekommt Solardach»",
      "boilerplate de.parts.body-dateline «München, 20.06.2025 -»",
      "body parts.body «Bürgermeister Karl Huber sagte, das Dach werde im Herbst gedeckt.»"
    ]],
    ["Freising (epd), 3. Mai 2024 – Am Freitag kündigte die Stadt an, die Halle zu sanieren.", [
      "boilerplate de.parts.body-dateline «Freising (epd), 3. Mai 2024 –»",
      "body parts.body «Am Freitag kündigte die Stadt an, die Halle zu sanieren.»"
    ]],
    ["Bad Tölz/Wolfratshausen (dpa) - Die Feuerwehr hat am Abend einen Brand in einer Scheune gelöscht.", [
      "boilerplate de.parts.agency-dateline «Bad Tölz/Wolfratshausen (dpa) -»",
      "body parts.body «Die Feuerwehr hat am Abend einen Brand in einer Scheune gelöscht.»"
    ]],
    // a place of the lexicon and a full stop ("Kairo. Die …"), also two places joined by a slash; not any word with a full stop
    ["Kairo. Nach dem Abbruch der Gespräche reisten beide Delegationen am Abend ab.", [
      "boilerplate de.parts.place-dateline «Kairo.»",
      "body parts.body «Nach dem Abbruch der Gespräche reisten beide Delegationen am Abend ab.»"
    ]],
    ["Frankfurt/Oder. Die Stadt hat am Montag den Haushalt für das kommende Jahr beschlossen.", [
      "boilerplate de.parts.place-dateline «Frankfurt/Oder.»",
      "body parts.body «Die Stadt hat am Montag den Haushalt für das kommende Jahr beschlossen.»"
    ]],
    // places of several words, alone or in a slash pair, with a full stop or a dash
    ["Den Haag. Das Gericht hat am Donnerstag die Anhörung der Zeugen vertagt.", [
      "boilerplate de.parts.place-dateline «Den Haag.»",
      "body parts.body «Das Gericht hat am Donnerstag die Anhörung der Zeugen vertagt.»"
    ]],
    ["Amman/Tel Aviv. Die Vermittler legten am Abend einen neuen Entwurf vor.", [
      "boilerplate de.parts.place-dateline «Amman/Tel Aviv.»",
      "body parts.body «Die Vermittler legten am Abend einen neuen Entwurf vor.»"
    ]],
    ["Rio de Janeiro – Die Regierung hat am Montag neue Schutzgebiete ausgewiesen.", [
      "boilerplate de.parts.place-dash-dateline «Rio de Janeiro –»",
      "body parts.body «Die Regierung hat am Montag neue Schutzgebiete ausgewiesen.»"
    ]],
    ["New York – eine Stadt, die nie schläft, hat eine neue Brücke.", ["body parts.body «New York – eine Stadt, die nie schläft, hat eine neue Brücke.»"]],
    ["Endlich. Nach zwölf Jahren Bauzeit ist die neue Brücke über den Fluss fertig.", ["body parts.body «Endlich. Nach zwölf Jahren Bauzeit ist die neue Brücke über den Fluss fertig.»"]],
    // a subject with an abbreviation in parentheses is no dateline, nor is a date later in the line
    ["Die Polizei (GdP) - so ihr Vorsitzender - fordert mehr Stellen für die Wachen im Land.", ["body parts.body «Die Polizei (GdP) - so ihr Vorsitzender - fordert mehr Stellen für die Wachen im Land.»"]],
    ["Am Montag sprach Anna Berg in Jena, 20.06.2025 - so stand es in der Einladung zur Sitzung.", ["body parts.body «Am Montag sprach Anna Berg in Jena, 20.06.2025 - so stand es in der Einladung zur Sitzung.»"]],
    // a name with its party before an insertion between dashes is the subject, no agency dateline; a dateline before a number is one
    ["Olaf Brink (CDU) – seit Mai Fraktionschef – sprach von einem guten Tag für die Stadt.", ["body parts.body «Olaf Brink (CDU) – seit Mai Fraktionschef – sprach von einem guten Tag für die Stadt.»"]],
    ["Jena (dpa) - 300 Menschen haben am Samstag vor dem Rathaus für das Freibad demonstriert.", [
      "boilerplate de.parts.agency-dateline «Jena (dpa) -»",
      "body parts.body «300 Menschen haben am Samstag vor dem Rathaus für das Freibad demonstriert.»"
    ]]
  ])("%s", (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

/** [article, the title the metadata gives, its parts] — a given title is the title whatever its shape. */
describe("a first line that is the given title", () => {
  const show = (text: string, title: string) => classifyParts(text, partRules, partPrefixRules, title).map((p) => `${p.label} ${p.rule} «${text.slice(p.start, p.end)}»`);
  test.each<[string, string, string[]]>([
    // a headline quoting someone reads as prose (a colon, six words, a closing quotation mark)
    ["Bauer: „Wir lassen uns das nicht bieten“\n\nDer Verband hat am Montag den Vertrag gekündigt.", "Bauer: „Wir lassen uns das nicht bieten“", [
      "title parts.given-title «Bauer: „Wir lassen uns das nicht bieten“»",
      "body parts.body «Der Verband hat am Montag den Vertrag gekündigt.»"
    ]],
    // a given title that is not the first line changes nothing
    ["Der Verband hat am Montag den Vertrag gekündigt. Er sprach von einem Schritt, den er bedauere.", "Vertrag gekündigt", [
      "body parts.body «Der Verband hat am Montag den Vertrag gekündigt. Er sprach von einem Schritt, den er bedauere.»"
    ]],
    // no title given: the headline shape decides, as before
    ["Bauer: „Wir lassen uns das nicht bieten“\n\nDer Verband hat am Montag den Vertrag gekündigt.", "", [
      "body parts.body «Bauer: „Wir lassen uns das nicht bieten“\n\nDer Verband hat am Montag den Vertrag gekündigt.»"
    ]]
  ])("%s", (text, title, expected) => {
    expect(show(text, title)).toEqual(expected);
  });
});

/** [article, its parts] — bylines in the header zone, with or without the author's role and the time. */
describe("bylines", () => {
  const show = (text: string) => classifyParts(text, partRules, partPrefixRules).map((p) => `${p.label} ${p.rule} «${text.slice(p.start, p.end)}»`);
  const body = "Die Stadt hat am Montag den Haushalt für das kommende Jahr beschlossen, sagte die Kämmerin.";
  test.each<[string, string[]]>([
    [`Haushalt beschlossen\nVon Lea Sommer, Korrespondentin · 17.11.2026, 07:45 Uhr\n${body}`, [
      "title parts.first-headline «Haushalt beschlossen»",
      "boilerplate de.parts.byline «Von Lea Sommer, Korrespondentin · 17.11.2026, 07:45 Uhr»",
      `body parts.body «${body}»`
    ]],
    [`Haushalt beschlossen\nVon Lea Sommer und Jonas Ritter | 3. Mai 2024\n${body}`, [
      "title parts.first-headline «Haushalt beschlossen»",
      "boilerplate de.parts.byline «Von Lea Sommer und Jonas Ritter | 3. Mai 2024»",
      `body parts.body «${body}»`
    ]],
    // a sentence that opens with "Von NAME," is prose, not a byline
    [`Haushalt beschlossen\nVon Lea Sommer, der Kämmerin, kam am Montag keine Antwort auf die Frage.\n${body}`, [
      "title parts.first-headline «Haushalt beschlossen»",
      `body parts.body «Von Lea Sommer, der Kämmerin, kam am Montag keine Antwort auf die Frage.\n${body}»`
    ]]
  ])("%s", (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

/**
 * [article, its parts] — the header zone of a news page: title, a teaser, then the byline or date line (and a
 * caption); the body's dateline after them. Articles written for the test.
 */
describe("a teaser between the title and the byline or date line", () => {
  const show = (text: string) => classifyParts(text, partRules, partPrefixRules).map((p) => `${p.label} ${p.rule} «${text.slice(p.start, p.end)}»`);
  const title = "Neues Freibad für Lindenau";
  const teaser = "Nach zwei Jahren Planung hat der Stadtrat den Bau beschlossen. Eröffnet werden soll im Sommer.";
  const body = "Der Stadtrat hat am Dienstag den Bau des neuen Freibads beschlossen, sagte die Bürgermeisterin.";
  const more = "Die Kosten liegen nach Angaben der Stadt bei rund zwölf Millionen Euro für das ganze Gelände.";
  test.each<[string, string[]]>([
    // txt and Markdown: title, teaser, byline, body with a place and dash
    [`${title}\n\n${teaser}\n\nVon Lea Sommer\n\nJena – ${body}`, [
      `title parts.first-headline «${title}»`,
      `body parts.body «${teaser}»`,
      "boilerplate de.parts.byline «Von Lea Sommer»",
      "boilerplate de.parts.place-dash-dateline «Jena –»",
      `body parts.body «${body}»`
    ]],
    // a date line and a caption placing people with "(l.)" after the teaser; the place and full stop open the body
    [`${title}\n\n${teaser}\n\n07.05.2026\n\nBürgermeisterin Anna Berg (l.) und Bauamtsleiter Jonas Ritter am Montag im alten Bad.\n\nErfurt. ${body}`, [
      `title parts.first-headline «${title}»`,
      `body parts.body «${teaser}»`,
      "boilerplate de.parts.date-line «07.05.2026»",
      "boilerplate de.parts.caption «Bürgermeisterin Anna Berg (l.) und Bauamtsleiter Jonas Ritter am Montag im alten Bad.»",
      "boilerplate de.parts.place-dateline «Erfurt.»",
      `body parts.body «${body}»`
    ]],
    // no byline between them (a page whose byline readability dropped): the agency dateline after the teaser
    [`${title}\n\n${teaser}\n\nJena (dpa) – ${body}\n\n${more}`, [
      `title parts.first-headline «${title}»`,
      `body parts.body «${teaser}»`,
      "boilerplate de.parts.agency-dateline «Jena (dpa) –»",
      `body parts.body «${body}\n\n${more}»`
    ]],
    // a short first paragraph and no header line: the next paragraph is looked at for a dateline, and a name with its
    // party before an insertion between dashes is none
    [`${title}\n\n${teaser}\n\nOlaf Brink (CDU) – seit Mai Fraktionschef – sprach von einem guten Tag.`, [
      `title parts.first-headline «${title}»`,
      `body parts.body «${teaser}\n\nOlaf Brink (CDU) – seit Mai Fraktionschef – sprach von einem guten Tag.»`
    ]],
    // two paragraphs of body after the teaser: the header zone has ended, a later "Von …" line is body
    [`${title}\n\n${teaser}\n\n${body}\n\nVon Lea Sommer\n\n${more}`, [
      `title parts.first-headline «${title}»`,
      `body parts.body «${teaser}\n\n${body}\n\nVon Lea Sommer\n\n${more}»`
    ]],
    // after a teaser, a short line is no header label (a subheading of the body stays body)
    [`${title}\n\n${teaser}\n\nDer Plan\n\n${body}`, [
      `title parts.first-headline «${title}»`,
      `body parts.body «${teaser}\n\nDer Plan\n\n${body}»`
    ]],
    // a first paragraph longer than a teaser is the body: the byline after it is body text
    [`${title}\n\n${`${teaser} `.repeat(5).trim()}\n\nVon Lea Sommer\n\n${body}`, [
      `title parts.first-headline «${title}»`,
      `body parts.body «${`${teaser} `.repeat(5).trim()}\n\nVon Lea Sommer\n\n${body}»`
    ]],
    // a caption with "(l.)" in the body is body
    [`${title}\n\nVon Lea Sommer\n\n${body}\n\nAnna Berg (l.) und Jonas Ritter besichtigten am Montag das alte Bad.`, [
      `title parts.first-headline «${title}»`,
      "boilerplate de.parts.byline «Von Lea Sommer»",
      `body parts.body «${body}\n\nAnna Berg (l.) und Jonas Ritter besichtigten am Montag das alte Bad.»`
    ]],
    // a place and a dash before a lower-case word is a sentence, no dateline
    ["Berlin – eine Stadt, die sich ständig neu erfindet, feiert in diesem Jahr ihr Jubiläum.", [
      "body parts.body «Berlin – eine Stadt, die sich ständig neu erfindet, feiert in diesem Jahr ihr Jubiläum.»"
    ]]
  ])("%s", (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

/** [line, whether it is a link box] — a box of related links, also one line with heading and link (a feed's inline box). */
describe("related links on one line", () => {
  const label = (line: string) => classifyParts(`Neues Freibad für Lindenau\n\nDer Stadtrat hat am Dienstag den Bau beschlossen, sagte die Bürgermeisterin.\n\n${line}`, partRules, partPrefixRules).at(-1)!.rule;
  test.each<[string, string]>([
    ["Lesen Sie auch: Freibad-Streit – was dürfen Badegäste?", "de.parts.related-links"],
    ["Mehr zum Thema: Die Stadt plant ein zweites Bad!", "de.parts.related-links"],
    ["Lesen Sie auch: Der Haushalt der Stadt", "de.parts.related-links"],
    ["Lesen Sie auch das Interview, das die Bürgermeisterin am Montag gegeben hat.", "parts.body"]
  ])("%s → %s", (line, rule) => {
    expect(label(line)).toBe(rule);
  });
});

/** [article, caption spans as their words, its parts] — lines a format marks as an image's caption are boilerplate. */
describe("captions the format marks", () => {
  const text = "Neues Freibad für Lindenau\n\nDas alte Bad im Winter\n\nDer Stadtrat hat am Dienstag den Bau beschlossen, sagte die Bürgermeisterin.";
  const span = (words: string) => ({start: text.indexOf(words), end: text.indexOf(words) + words.length});
  test.each<[string[], string[]]>([
    [["Das alte Bad im Winter"], [
      "title parts.first-headline «Neues Freibad für Lindenau»",
      "boilerplate parts.image-caption «Das alte Bad im Winter»",
      "body parts.body «Der Stadtrat hat am Dienstag den Bau beschlossen, sagte die Bürgermeisterin.»"
    ]],
    [[], [
      "title parts.first-headline «Neues Freibad für Lindenau»",
      "title parts.subtitle «Das alte Bad im Winter»",
      "body parts.body «Der Stadtrat hat am Dienstag den Bau beschlossen, sagte die Bürgermeisterin.»"
    ]]
  ])("%j", (captions, expected) => {
    const parts = classifyParts(text, partRules, partPrefixRules, "", captions.map(span));
    expect(parts.map((p) => `${p.label} ${p.rule} «${text.slice(p.start, p.end)}»`)).toEqual(expected);
  });
});
