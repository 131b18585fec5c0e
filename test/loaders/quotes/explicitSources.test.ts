import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/**
 * [article, start of a quote's text, its speaker] — a source the sentence names, or the source of the quote just
 * before, is not replaced by the last person named. Articles written for the test.
 */
describe("explicit and carried sources keep their speaker", () => {
  test.each<[string, string, string]>([
    // de.speaker.plural-authority: "der Vermittler" after a source noun is a group, not the person called Chefvermittler
    ["Chefvermittler Karl Brandner traf die Delegationen. Nach Angaben der Vermittler sieht das Abkommen vor, dass zwölf Geiseln freikommen.", "sieht das Abkommen", "Vermittler"],
    ["Der Sprecher Karl Brandner kam spät. Angaben der Sprecher zufolge ist das Abkommen fertig.", "ist das Abkommen", "Sprecher"],
    // a singular role after the source noun is still that person
    ["Die Sprecherin Eva Kurz kam spät. Nach Angaben der Sprecherin ist das Abkommen fertig.", "ist das Abkommen", "Eva Kurz"],
    // "Demnach": the source of the quote just before, even one no person mention names
    ["Der Gesandte Karl Brandner traf Eva Kurz in Kairo. Aus Sicherheitskreisen hieß es, Kurz habe einen Vorschlag erläutert. Demnach sollen die Listen in zwei Etappen abgeglichen werden.", "sollen die Listen", "Sicherheitskreisen"],
    ["Der Gesandte Karl Brandner sagte, Eva Kurz habe einen Vorschlag erläutert. Demnach sollen die Listen in zwei Etappen abgeglichen werden.", "sollen die Listen", "Karl Brandner"],
    // "teilte die Botschaft mit": the embassy, no person; "in der Botschaft" is still a message by its author
    ["Der Vater Karl Brandner sagte, er hoffe weiter. Ein Abstecher nach Bonn sei nicht geplant, teilte die Botschaft mit.", "Ein Abstecher", "die Botschaft"],
    ["Der Minister Karl Brandner sagte, er hoffe weiter. In der Botschaft heißt es, ein Abstecher sei nicht geplant.", "ein Abstecher", "Karl Brandner"]
  ])("%s / %s", (text, quoteStart, speaker) => {
    const article = prepareArticle({file: "t.txt", text, given: {}}, config);
    const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
    expect(rows.find((r) => r.text.startsWith(quoteStart))?.speaker).toBe(speaker);
  });
});
