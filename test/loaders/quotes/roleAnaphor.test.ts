import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/** The resolved speaker of the quote whose speaker span is `span`. */
function speakerOf(text: string, span: string): string | undefined {
  const article = prepareArticle({file: "t.txt", text, given: {}}, config);
  const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
  return rows.find((r) => r.speaker_start !== null && article.text.slice(r.speaker_start, r.speaker_end!) === span)?.speaker;
}

/** [why, article, speaker span, resolved speaker] — made-up articles (de.speaker.role-anaphor). */
describe("a describing role noun stands for the person just named", () => {
  test.each<[string, string, string, string]>([
    ["a field noun after a woman with an office", "Verbandschefin Eva Roth sprach am Abend in Kassel. Die Gewerkschafterin verlangte, die Stadt müsse mehr zahlen.", "Die Gewerkschafterin", "Eva Roth"],
    ["a function noun two sentences after the name", "„Wir gehen jetzt“, sagte Vereinschefin Eva Roth. „Wir kommen wieder.“ Die Verhandlungsführerin warf dem Land vor, das Ende geplant zu haben.", "Die Verhandlungsführerin", "Eva Roth"],
    ["a former office", "Der Schlichter Paul Weber lobte beide Seiten. Er habe viel gelernt, sagte der frühere Landrat.", "der frühere Landrat", "Paul Weber"],
    // the article's gender must agree
    ["a man is no Gewerkschafterin", "Der Vereinschef Paul Weber sprach am Abend in Kassel. Die Gewerkschafterin verlangte, die Stadt müsse mehr zahlen.", "Die Gewerkschafterin", "die Gewerkschafterin"],
    // an office is not read as a description
    ["an office noun stays unresolved", "Stadtrat Karl Roth sprach am Abend im Saal. Der Oberbürgermeister sagte, die Kosten seien zu hoch.", "Der Oberbürgermeister", "der Oberbürgermeister"],
    // too far back
    ["a name three sentences back", "Verbandschefin Eva Roth sprach in Kassel. Es regnete. Der Saal war voll. Viele kamen spät. Die Gewerkschafterin verlangte, die Stadt müsse mehr zahlen.", "Die Gewerkschafterin", "die Gewerkschafterin"]
  ])("%s", (_why, text, span, speaker) => {
    expect(speakerOf(text, span)).toBe(speaker);
  });
});
