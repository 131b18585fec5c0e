import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/** The resolved speaker of the first "according to" quote of an article. */
function sourceSpeaker(text: string): string | undefined {
  const article = prepareArticle({file: "t.txt", text, given: {}}, config);
  return extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes.find((r) => r.rule.endsWith("according-to"))?.speaker;
}

/** [why, article, resolved speaker] — articles written for the test (de.speaker.possessive-source). */
describe("a possessive before a source noun is resolved like a pronoun", () => {
  test.each<[string, string, string]>([
    ["'Seinen Angaben zufolge'", "Der Bürgermeister Paul Weber besuchte am Montag die Baustelle. Seinen Angaben zufolge ist die Brücke im Mai fertig.", "Paul Weber"],
    ["'nach ihren Angaben'", "Die Bauleiterin Anna Berger zeigte am Montag die Baustelle. Nach ihren Angaben ist die Brücke im Mai fertig.", "Anna Berger"],
    ["'Ihrer Einschätzung nach'", "Die Bauleiterin Anna Berger zeigte am Montag die Baustelle. Ihrer Einschätzung nach ist die Brücke im Mai fertig.", "Anna Berger"],
    // the gender must agree, and no person before leaves the phrase
    ["a man is no 'ihr'", "Der Bürgermeister Paul Weber besuchte am Montag die Baustelle. Ihrer Einschätzung nach ist die Brücke im Mai fertig.", "ihrer Einschätzung"],
    ["no person before", "Die Feuerwehr sperrte am Montag die Straße. Nach ihren Angaben war die Brücke beschädigt.", "ihren Angaben"],
    // "ihr*" is also a body's or a plural's: one that opens a sentence in between leaves the phrase unresolved
    ["a body in between", "Die Radfahrerin Lea Brandt stürzte am Montag. Die Polizei sperrte die Straße. Nach ihren Angaben war die Fahrbahn glatt.", "ihren Angaben"],
    ["a plural in between", "Die Radfahrerin Lea Brandt stürzte am Montag. Die Sanitäter brachten sie ins Krankenhaus. Nach ihren Angaben war die Fahrbahn glatt.", "ihren Angaben"],
    ["her role noun in between is still her", "Die Radfahrerin Lea Brandt stürzte am Montag. Die Studentin war auf dem Heimweg. Nach ihren Angaben war die Fahrbahn glatt.", "Lea Brandt"],
    // a thing that opens a sentence in between owns no statement: she still does
    ["a thing in between", "Die Radfahrerin Lea Brandt stürzte am Montag. Die Straße war gesperrt. Nach ihren Angaben war die Fahrbahn glatt.", "Lea Brandt"],
    ["a thing with an adjective in between", "Die Gärtnerin Eva Roth pflanzte am Montag Bäume. Die alte Linde bleibt stehen. Ihrer Einschätzung nach ist der Park bald fertig.", "Eva Roth"],
    ["a group of people in between", "Die Radfahrerin Lea Brandt stürzte am Montag. Die Anwohner riefen Hilfe. Nach ihren Angaben war die Fahrbahn glatt.", "ihren Angaben"],
    ["'sein*' is not affected", "Der Radfahrer Tom Brandt stürzte am Montag. Die Polizei sperrte die Straße. Nach seinen Angaben war die Fahrbahn glatt.", "Tom Brandt"]
  ])("%s", (_why, text, speaker) => {
    expect(sourceSpeaker(text)).toBe(speaker);
  });
});
