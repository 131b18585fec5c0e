import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/** The quotes of an article as [words, speaker, rule] (rule without the speaker rules after "+"). */
function quotesOf(text: string, title = ""): [string, string, string][] {
  const article = prepareArticle({file: "t.md", text, given: title ? {title} : {}}, config);
  return extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes.map((q) => [q.text, q.speaker, q.rule]);
}

const ANSWER = "de.quote.interview.answer";

/** [case, article (made up), expected interview rows: [words, speaker, rule]] — only rows of the interview rules are compared. */
describe("interview answers are the interviewee's direct speech (de.quote.interview.*)", () => {
  test.each<[string, string, [string, string, string][]]>([
    [
      "Frage:/Antwort: labels, the interviewee addressed in a question",
      "Die Bürgermeisterin Jana Hofer will das Freibad retten.\n\nFrage: Frau Hofer, warum kämpfen Sie für das Bad?\n\nAntwort: Weil die Kinder schwimmen lernen müssen.\n\nFrage: Und die Kosten?\n\nAntwort: Die tragen wir gemeinsam mit dem Kreis.",
      [["Weil die Kinder schwimmen lernen müssen.", "Jana Hofer", `${ANSWER}+de.quote.interview.addressed`], ["Die tragen wir gemeinsam mit dem Kreis.", "Jana Hofer", `${ANSWER}+de.quote.interview.addressed`]]
    ],
    [
      "the standfirst names the interviewee: 'Ein Gespräch mit X'",
      "Ein Gespräch mit dem Förster Tobias Kranich über den trockenen Sommer.\n\nFrage: Wie geht es dem Wald?\n\nAntwort: Schlecht, die Fichten sterben.\n\nFrage: Was hilft?\n\nAntwort: Mischwald und Geduld.",
      [["Schlecht, die Fichten sterben.", "Tobias Kranich", `${ANSWER}+de.quote.interview.framed`], ["Mischwald und Geduld.", "Tobias Kranich", `${ANSWER}+de.quote.interview.framed`]]
    ],
    [
      "'X im Interview', unlabelled answers after labelled questions; a closing paragraph is no answer",
      "Die Trainerin Carla Weidner im Interview über den Abstieg.\n\nFrage: Was lief schief?\n\nWir haben zu viele Tore bekommen.\n\nFrage: Bleiben Sie?\n\nJa, mein Vertrag läuft noch zwei Jahre.",
      [["Wir haben zu viele Tore bekommen.", "Carla Weidner", `${ANSWER}+de.quote.interview.framed`], ["Ja, mein Vertrag läuft noch zwei Jahre.", "Carla Weidner", `${ANSWER}+de.quote.interview.framed`]]
    ],
    [
      "a transcript with the interviewee's name as label and the interviewer's label between",
      "Der Kapitän Henning Raabe hat das Schiff durch den Sturm gebracht. Ein Interview.\n\nRedaktion: Hatten Sie Angst?\n\nRaabe: Nein, aber Respekt vor den Wellen.\n\nRedaktion: Und die Passagiere?\n\nRaabe: Die waren erstaunlich ruhig.",
      [["Nein, aber Respekt vor den Wellen.", "Henning Raabe", "de.quote.interview.speaker-label"], ["Die waren erstaunlich ruhig.", "Henning Raabe", "de.quote.interview.speaker-label"]]
    ],
    [
      "no interview: labels that name no speaker",
      "Die Stadt Wettau baut eine neue Brücke.\n\nFoto: Archiv\n\nDer Bau soll im Mai beginnen.\n\nLesen Sie auch: Die alte Brücke war marode.\n\nFoto: Archiv",
      []
    ],
    [
      "no interview: a person's name as a label once, without questions",
      "Die Ministerin Eva Roth besuchte die Schule.\n\nRoth: ein Besuch mit Folgen.\n\nDer Schulleiter zeigte ihr die Räume.",
      []
    ]
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text).filter(([, , rule]) => rule.startsWith("de.quote.interview."))).toEqual(expected);
  });

  test("the questions are never the interviewee's words; a report in a question keeps its own speaker", () => {
    const text = "Frage: Herr Kranich, der Minister sagt, der Wald sei gesund.\n\nAntwort: Das sehe ich anders.\n\nFrage: Warum?\n\nAntwort: Die Zahlen zeigen es.";
    const rows = quotesOf(text);
    expect(rows.filter(([words]) => words.includes("Wald sei gesund") || words.includes("Warum")).every(([, speaker]) => speaker !== "Kranich")).toBe(true);
    expect(rows.filter(([, , rule]) => rule.startsWith(ANSWER)).map(([words]) => words)).toEqual(["Das sehe ich anders.", "Die Zahlen zeigen es."]);
  });
});
