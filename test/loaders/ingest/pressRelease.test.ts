import {describe, expect, test} from "vitest";
import {classifyParts} from "../../../loaders/ingest/parts.js";
import {partPrefixRules, partRules} from "../../../loaders/lang/de/index.js";

/** [press release written for the test, its parts as "label rule «text»"]. */
const show = (text: string) => classifyParts(text, partRules, partPrefixRules).map((p) => `${p.label} ${p.rule} «${text.slice(p.start, p.end)}»`);

describe("press release layout", () => {
  test.each<[string, string[]]>([
    [
      "PRESSEMITTEILUNG\n\nImkerbund Talgrund e. V. zur Pestizidverordnung: „Ein guter Tag für die Bienen“\n\nKassel, 04.05.2028 – Der Imkerbund begrüßt die neue Verordnung. „Das hilft unseren Völkern“, sagte Vorsitzende Erna Kling.\n\nÜber den Imkerbund Talgrund e. V.\nDer Verein zählt 3.000 Mitglieder.\n\nPressekontakt:\nOtto Wabe\nTelefon: 0561 987654\nE-Mail: presse@imkerbund.example",
      [
        "boilerplate de.parts.press-release-label «PRESSEMITTEILUNG»",
        "title parts.headline-after-label «Imkerbund Talgrund e. V. zur Pestizidverordnung: „Ein guter Tag für die Bienen“»",
        "boilerplate de.parts.body-dateline «Kassel, 04.05.2028 –»",
        "body parts.body «Der Imkerbund begrüßt die neue Verordnung. „Das hilft unseren Völkern“, sagte Vorsitzende Erna Kling.»",
        "boilerplate de.parts.press-about «Über den Imkerbund Talgrund e. V.\nDer Verein zählt 3.000 Mitglieder.\n\nPressekontakt:\nOtto Wabe\nTelefon: 0561 987654\nE-Mail: presse@imkerbund.example»"
      ]
    ],
    [
      "Presseinformation Nr. 12/2028\nStadtwerke senken den Gaspreis\nDie Stadtwerke senken zum Juli den Gaspreis um acht Prozent, teilte das Unternehmen mit.\nKontakt:\nInge Rohr, Pressestelle, Tel. 0711 5555",
      [
        "boilerplate de.parts.press-release-label «Presseinformation Nr. 12/2028»",
        "title parts.headline-after-label «Stadtwerke senken den Gaspreis»",
        "body parts.body «Die Stadtwerke senken zum Juli den Gaspreis um acht Prozent, teilte das Unternehmen mit.»",
        "boilerplate de.parts.press-contact «Kontakt:\nInge Rohr, Pressestelle, Tel. 0711 5555»"
      ]
    ],
    // "Über" opening an ordinary subheading is body: no organisation word
    [
      "Brücke gesperrt\nDie Brücke bleibt bis Mai gesperrt, sagte der Baudezernent am Montag.\nÜber die Umleitung\nAutos fahren über die Nordstraße, teilte die Stadt mit.",
      [
        "title parts.first-headline «Brücke gesperrt»",
        "body parts.body «Die Brücke bleibt bis Mai gesperrt, sagte der Baudezernent am Montag.\nÜber die Umleitung\nAutos fahren über die Nordstraße, teilte die Stadt mit.»"
      ]
    ]
  ])("%s", (text, expected) => expect(show(text)).toEqual(expected));
});

describe("the closing blocks only in a press release", () => {
  const NEWS = "Streit im Sportverein\nDer Vorstand tritt geschlossen zurück, sagte die Sprecherin am Montag.\n";
  const RELEASE = "Pressemitteilung\nSportverein wählt neuen Vorstand\nDer Verein hat am Montag einen neuen Vorstand gewählt, teilte die Geschäftsstelle mit.\n";
  /** The rule of the last part. */
  const last = (text: string) => show(text).at(-1)!.split(" ")[1];
  test.each<[string, string, string]>([
    ["news: \"Kontakt\" alone is body", NEWS + "Kontakt\nDie Mitglieder suchen den Kontakt zur Stadt, hieß es.", "parts.body"],
    ["news: a subheading \"Über den Streit mit dem Verband\" is body", NEWS + "Über den Streit mit dem Verband\nDer Streit dauert seit Jahren an, sagte ein Mitglied.", "parts.body"],
    ["news: \"über vierzig Jahre im Verein\" is body", NEWS + "über vierzig Jahre im Verein\nEr war lange Kassenwart, sagte sie.", "parts.body"],
    ["release: \"Kontakt:\" opens the contact block", RELEASE + "Kontakt:\nErika Beispiel, Tel. 0711 4444", "de.parts.press-contact"],
    ["release: \"PRESSEKONTAKT\" in capitals", RELEASE + "PRESSEKONTAKT\nErika Beispiel, Tel. 0711 4444", "de.parts.press-contact"],
    ["release: \"Über den Sportverein Musterstadt e. V.\"", RELEASE + "Über den Sportverein Musterstadt e. V.\nDer Verein hat 800 Mitglieder.", "de.parts.press-about"],
    ["release: \"ÜBER UNS\" in capitals", RELEASE + "ÜBER UNS\nDer Verein hat 800 Mitglieder.", "de.parts.press-about"],
    ["release: \"kontakt\" in lower case is no heading", RELEASE + "kontakt\nDer Verein sucht neue Mitglieder, hieß es.", "parts.body"],
    ["release: \"über vierzig Jahre im Verein\" in lower case is no heading", RELEASE + "über vierzig Jahre im Verein\nEr war lange Kassenwart, sagte sie.", "parts.body"]
  ])("%s", (_, text, rule) => expect(last(text)).toBe(rule));
});
