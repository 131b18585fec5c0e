import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/** The resolved speaker of the quote whose text opens with `quote`. */
function speakerOf(text: string, quote: string): string | undefined {
  const article = prepareArticle({file: "t.txt", text, given: {}}, config);
  return extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes.find((r) => r.text.startsWith(quote))?.speaker;
}

/** [why, article, quote opening, resolved speaker] — made-up articles (de.speaker.possessive-document). */
describe("a possessive before a document noun is resolved like its pronoun", () => {
  test.each<[string, string, string, string]>([
    [
      "the subject of the sentence before, not the woman quoted last",
      "„Wir bleiben hier“, sagte die Gärtnerin Lea Brandt. Parteichefin Eva Roth sprach am Abend in Kassel. Ihre Botschaft: „Ohne Geld wird nichts gebaut.“",
      "Ohne Geld",
      "Eva Roth"
    ],
    [
      "a man's possessive",
      "„Wir bleiben hier“, sagte der Gärtner Paul Weber. Stadtrat Jonas Keller redete am Abend im Saal. Seine Botschaft: „Die Brücke kommt.“",
      "Die Brücke",
      "Jonas Keller"
    ],
    [
      "the gender must agree: the man before is not 'Ihre'",
      "„Wir bleiben hier“, sagte die Gärtnerin Lea Brandt. Stadtrat Jonas Keller redete am Abend im Saal. Ihre Botschaft: „Die Brücke kommt.“",
      "Die Brücke",
      "Lea Brandt"
    ]
  ])("%s", (_why, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
