import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/** The quotes of an article as [words, speaker_id, rule]. */
function quoteIdsOf(text: string): [string, string, string][] {
  const article = prepareArticle({file: "t.md", text, given: {}}, config);
  return extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes.map((q) => [q.text, q.speaker_id, q.rule]);
}

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
      "'Gespräch mit X' in a report about talks held frames no interview; plain paragraphs after questions stay no one's answers",
      "Nach dem Gespräch mit Karla Menzner traten die Unterhändler vor die Presse.\n\nFrage: Wann kommt der Vertrag?\n\nDie Unterhändler hoffen auf einen Abschluss im Frühjahr.\n\nFrage: Und die Kosten?\n\nDie Kosten soll der Bund tragen.",
      []
    ],
    [
      "'Gespräch mit X' after the first paragraph frames no interview",
      "Der Streit zwischen Jonas Peltz und dem Vorstand geht weiter.\n\nEin Gespräch mit Karla Menzner gab es am Abend.\n\nFrage: Wann kommt der Vertrag?\n\nDie Seiten hoffen auf das Frühjahr.\n\nFrage: Und die Kosten?\n\nDie Kosten soll der Bund tragen.",
      []
    ],
    [
      "a compound ending in 'gespräch' is no interview noun: 'Koalitionsgespräch'",
      "Im Koalitionsgespräch ging es um die Rente, Karla Menzner blieb hart.\n\nFrage: Wann kommt die Reform?\n\nDie Fraktionen wollen im Mai abstimmen.\n\nFrage: Und die Kosten?\n\nDie Kosten sind offen.",
      []
    ],
    [
      "an answer in the third person with its own attribution ('hieß es', Konjunktiv I) is a report; one in the first person stays",
      "Ein Gespräch mit der Ärztin Karla Menzner über die Klinik.\n\nFrage: Wie geht es weiter?\n\nAntwort: Wir bauen einen neuen Flügel.\n\nFrage: Und das Ministerium?\n\nAntwort: Aus dem Ministerium hieß es, das Geld reiche nicht.\n\nFrage: Und der Kreis?\n\nAntwort: Der Kreis sagt, er zahle. Ich glaube das erst, wenn das Geld da ist.",
      [["Wir bauen einen neuen Flügel.", "Karla Menzner", `${ANSWER}+de.quote.interview.framed`], ["Der Kreis sagt, er zahle. Ich glaube das erst, wenn das Geld da ist.", "Karla Menzner", `${ANSWER}+de.quote.interview.framed`]]
    ],
    [
      "a transcript of two people, each with two turns: each person's turns are their own quotes",
      "Ein Streitgespräch zwischen der Winzerin Ute Brandt und dem Förster Olaf Stein über das Wasser.\n\nRedaktion: Wem gehört das Wasser?\n\nBrandt: Allen, aber die Reben brauchen es im August.\n\nStein: Der Wald braucht es das ganze Jahr.\n\nRedaktion: Gibt es einen Kompromiss?\n\nBrandt: Wir bewässern nur noch nachts.\n\nStein: Das reicht nicht.",
      [["Allen, aber die Reben brauchen es im August.", "Ute Brandt", "de.quote.interview.speaker-label"], ["Der Wald braucht es das ganze Jahr.", "Olaf Stein", "de.quote.interview.speaker-label"], ["Wir bewässern nur noch nachts.", "Ute Brandt", "de.quote.interview.speaker-label"], ["Das reicht nicht.", "Olaf Stein", "de.quote.interview.speaker-label"]]
    ],
    [
      "two people's labelled turns without an interview noun: no transcript",
      "Die Winzerin Ute Brandt und der Förster Olaf Stein streiten über das Wasser.\n\nBrandt: Reben.\n\nStein: Wald.\n\nBrandt: Nachts.\n\nStein: Zu wenig.",
      []
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

  const QUESTIONED = "Frage: Herr Kranich, der Minister sagt, der Wald sei gesund.\n\nAntwort: Das sehe ich anders.\n\nFrage: Warum?\n\nAntwort: Die Zahlen zeigen es.";
  /** [words, speaker_id, rule]: rows that must exist — the report in a question keeps no id, the answers are Kranich's. */
  test.each<[string, string, string]>([
    ["der Wald sei gesund", "", "de.quote.indirect.cue-clause+de.quote.interview.question"],
    ["Das sehe ich anders.", "~|Kranich", `${ANSWER}+de.quote.interview.addressed`],
    ["Die Zahlen zeigen es.", "~|Kranich", `${ANSWER}+de.quote.interview.addressed`]
  ])("the questions are never the interviewee's words: %s", (words, speakerId, rule) => {
    expect(quoteIdsOf(QUESTIONED)).toContainEqual([words, speakerId, rule]);
  });

  /** Words of the questions that are no row of the interviewee's. */
  test.each<[string]>([["Warum?"], ["Herr Kranich, der Minister sagt, der Wald sei gesund."], ["der Wald sei gesund"]])("no answer row of the interviewee: %s", (words) => {
    expect(quoteIdsOf(QUESTIONED).filter(([w, id]) => w === words && id === "~|Kranich")).toEqual([]);
  });
});
