import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {documentBase} from "../../../loaders/quotes/documentAuthor.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/** [text, speaker span, speaker column of the first quote with that span] — de.speaker.document-author, articles written for the test. */
describe("a document speaker stands for its author", () => {
  test.each<[string, string, string]>([
    // the subject of the sentence that brought the document up
    ["Die Ministerin Anna Berger veröffentlichte am Montag eine Erklärung. Karl Roth war nicht zugegen. Die Schule bleibe geschlossen, heißt es in der Erklärung.", "der Erklärung", "Anna Berger"],
    // the person named with the document
    ["Am Montag erschien eine Stellungnahme der Ministerin Anna Berger. Karl Roth las sie. Die Schule bleibe geschlossen, heißt es in der Stellungnahme.", "der Stellungnahme", "Anna Berger"],
    // brought up without a person: no one, not the person named last
    ["Die Stadtverwaltung veröffentlichte einen Bericht. Der Bürgermeister Karl Roth las ihn am Abend. Die Schule bleibe geschlossen, heißt es in dem Bericht.", "dem Bericht", ""],
    // not brought up before: the quote just before, here a newspaper, no person
    ["Karl Roth eröffnete die Messe. Die Zahl der Gäste sei gestiegen, berichtete die Lokalzeitung. Dem Bericht zufolge kamen 3000 Menschen.", "Bericht", ""],
    // "den Brief" again does not bring the letter up: the opening subject there is its reader
    ["Karl Roth las den Brief am Abend. Die Schule bleibe geschlossen, heißt es in dem Brief.", "dem Brief", ""],
    // a phrase that names its author who is no person
    ["Karl Roth sprach am Morgen. Die Schule bleibe geschlossen, erklärte der Elternverband in seiner Stellungnahme.", "der Elternverband in seiner Stellungnahme", ""]
  ])("%s", (text, span, speaker) => {
    const article = prepareArticle({file: "t.txt", text, given: {}}, config);
    const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
    const row = rows.find((r) => r.speaker_start !== null && article.text.slice(r.speaker_start, r.speaker_end!).endsWith(span));
    expect(row ? (row.speaker_id ? row.speaker : "") : "no row").toBe(speaker);
  });
});

/** [word, base document noun] */
describe("documentBase", () => {
  test.each<[string, string]>([
    ["Erklärung", "erklärung"],
    ["Erklärungen", "erklärung"],
    ["Pressemitteilung", "mitteilung"],
    ["UN-Bericht", "bericht"],
    ["Post", ""],
    ["Berichterstatter", ""]
  ])("%s → %s", (word, base) => {
    expect(documentBase(word)).toBe(base);
  });
});
