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
    ["Endlich. Nach zwölf Jahren Bauzeit ist die neue Brücke über den Fluss fertig.", ["body parts.body «Endlich. Nach zwölf Jahren Bauzeit ist die neue Brücke über den Fluss fertig.»"]],
    // a subject with an abbreviation in parentheses is no dateline, nor is a date later in the line
    ["Die Polizei (GdP) - so ihr Vorsitzender - fordert mehr Stellen für die Wachen im Land.", ["body parts.body «Die Polizei (GdP) - so ihr Vorsitzender - fordert mehr Stellen für die Wachen im Land.»"]],
    ["Am Montag sprach Anna Berg in Jena, 20.06.2025 - so stand es in der Einladung zur Sitzung.", ["body parts.body «Am Montag sprach Anna Berg in Jena, 20.06.2025 - so stand es in der Einladung zur Sitzung.»"]]
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
