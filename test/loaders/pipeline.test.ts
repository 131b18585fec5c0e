import {describe, expect, test} from "vitest";
import {loadConfig} from "../../loaders/io/config.js";
import {articleExtractors} from "../../loaders/extractors.js";
import {extractArticle, languageWarning, prepareArticle} from "../../loaders/pipeline.js";

/** Articles written for the test: [text, given language, whether the extractors run, warning prefix]. */
describe("an article in another language than the rules' gets no extraction, with a warning", () => {
  const config = loadConfig("data");
  const german = "Bürgermeisterin Lena Sommer sagte am Montag, die Brücke bleibe bis zum Herbst gesperrt. Die Stadt prüfe eine Fähre.";
  const english = "Mayor Lena Sommer said on Monday that the bridge would stay closed until the autumn. The city is looking at a ferry and said it was the best way.";
  test.each<[string, string | undefined, boolean, string]>([
    [german, undefined, true, ""],
    [german, "de", true, ""],
    [english, undefined, false, 'language "en" (inferred from common function words)'],
    [english, "en", false, 'language "en" (given)'],
    [german, "fr", false, 'language "fr" (given)']
  ])("%s (%s)", (text, language, runs, warning) => {
    const article = prepareArticle({file: "t.txt", text, given: language ? {language} : {}}, config);
    const tables = extractArticle(article, config, articleExtractors);
    expect(tables.mentions.length > 0).toBe(runs);
    expect(tables.articles).toHaveLength(1);
    const message = languageWarning(tables.articles[0]);
    expect(message.startsWith(warning)).toBe(true);
    expect(message === "").toBe(runs);
  });
});
