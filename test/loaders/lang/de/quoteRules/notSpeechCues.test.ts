import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../../../loaders/io/config.js";
import {peopleExtractor} from "../../../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/** The cues of the indirect quotes of a text. */
function indirectCues(text: string): string[] {
  const article = prepareArticle({file: "t.txt", text, given: {}}, config);
  return extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes.filter((r) => r.type === "indirect").map((r) => r.cue);
}

/** [text, a cue that must or must not give an indirect quote, whether it does] — sentences written for the test. */
describe("verbs that are no speech cue in this use", () => {
  test.each<[string, string, boolean]>([
    // "festgehalten wird": held captive, not stated
    ["Karl Brandner, dessen Tochter Lena seit einem Jahr in Haft festgehalten wird, rief die Regierung auf, „jedes Angebot“ anzunehmen.", "festgehalten", false],
    ["Die Geiseln, die seit Monaten festgehalten werden, seien erschöpft, sagte der Arzt Karl Brandner.", "festgehalten", false],
    ["Im Protokoll wird festgehalten, dass die Sitzung ohne Ergebnis blieb.", "festgehalten", true],
    // a second verb of the same subject with a noun object (de.quote.indirect.shared-subject)
    ["Die Partei zeigte sich laut einer Erklärung grundsätzlich offen, verlangt aber Garantien für ein Ende der Kämpfe.", "verlangt", false],
    ["Der Verband lobte den Plan, fordert jedoch mehr Geld für die Schulen.", "fordert", false],
    ["Die Lage sei ernst, räumte aber der Minister Karl Brandner ein.", "räumte ein", true]
  ])("%s / %s", (text, cue, found) => {
    expect(indirectCues(text).includes(cue)).toBe(found);
  });
});
