import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/**
 * [article, start of a quote's text, its speaker] — ", so X," inside a sentence names that sentence's speaker,
 * over the speaker carried from the sentence before, for the indirect quote and a partial quotation in it.
 * Articles written for the test.
 */
describe("an inserted so-frame names the sentence's speaker", () => {
  test.each<[string, string, string]>([
    ["Die Zeitung Tagesblatt berichtete, die Gespräche seien gescheitert. Jetzt, so ein Diplomat in Rom, stehe man „wieder am Anfang“.", "Jetzt", "ein Diplomat in Rom"],
    ["Die Zeitung Tagesblatt berichtete, die Gespräche seien gescheitert. Jetzt, so ein Diplomat in Rom, stehe man „wieder am Anfang“.", "wieder am Anfang", "ein Diplomat in Rom"],
    ["Die Zeitung Tagesblatt berichtete, die Gespräche seien gescheitert. Nun, so die Sprecherin, sei alles offen.", "Nun", "die Sprecherin"]
  ])("%s / %s", (text, quoteStart, speaker) => {
    const article = prepareArticle({file: "t.txt", text, given: {}}, config);
    const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
    expect(rows.find((r) => r.text.startsWith(quoteStart))?.speaker).toBe(speaker);
  });
});
