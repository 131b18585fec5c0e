import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {opensSentence} from "../../../loaders/quotes/antecedents.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/** [sentence with its mention marked by "|", the mention opens it as subject] — made-up phrases. */
describe("opensSentence", () => {
  test.each<[string, boolean]>([
    ["Der US-Präsident |Boris Lang", true],
    ["|Anna Berg", true],
    ["Die neue Ministerin |Anna Berg", true],
    ["Er telefonierte mit dem russischen Präsidenten |Boris Lang", false],
    ["Am Montag sagte |Anna Berg", false],
    ["Für Bürgermeister |Karl Roth", false],
    ["Die Rede des Ministers |Karl Roth", false]
  ])("%s", (marked, opens) => {
    expect(opensSentence(marked.replace("|", ""), 0, marked.indexOf("|"))).toBe(opens);
  });
});

/** [text, speaker_span, speaker column of the first quote with that span] — articles written for the test. */
describe("pronoun speakers resolved to people", () => {
  test.each<[string, string, string]>([
    ["Thomas Keller traf die Ministerin Anna Berger in Bonn. Sie sagte, dass die Gespräche gut verlaufen seien.", "Sie", "Anna Berger"],
    ["Anna Berger traf den Bürgermeister Thomas Keller in Bonn. Er sagte, dass die Gespräche gut verlaufen seien.", "Er", "Thomas Keller"],
    ["Anna Berger sagte, dass die Schule offen bleibe. Am Abend traf sie Thomas Keller. Er erklärte, dass das Geld fehle.", "Er", "Thomas Keller"],
    ["Der Bürgermeister Thomas Keller hat mit der Ministerin Anna Berger telefoniert, was von ihm als „sehr gut“ beschrieben wurde.", "ihm", "Thomas Keller"],
    ["Anna Berger hat mit dem Minister Thomas Keller telefoniert. Sie nannte das Gespräch „sehr gut“.", "Sie", "Anna Berger"],
    ["Am Montag sprach Thomas Keller mit Peter Roth. Den Vorschlag nannte er „unsinnig“.", "er", "Peter Roth"],
    ["Thomas Keller sprach mit Peter Roth. Den Vorschlag nannte er „unsinnig“.", "er", "Thomas Keller"],
    ["Anna Berger sprach mit Thomas Keller. Am Abend traf sie den Bürgermeister Peter Roth. Er sagte, dass das Geld fehle.", "Er", "Peter Roth"],
    // de.speaker.pronoun-previous-subject: the subject of the sentence before, not the woman quoted before her
    ["Verhandlungsführerin Petra Lindau sagte: „Wir gehen jetzt.“ Sie kündigte an, ihre Partei werde beraten. Parteichefin Karin Albers bedauerte den Auszug. Die Tür bleibe offen, sagte sie.", "sie", "Karin Albers"],
    ["Petra Lindau sagte, die Partei werde beraten. Thomas Keller bedauerte den Auszug. Die Tür bleibe offen, sagte sie.", "sie", "Petra Lindau"],
    // a subject opened by "Der" is a man even when no given name shows it: not the man quoted before
    // the subject of the sentence before, of unknown gender, when the speaker quoted before is not known to agree either
    ["„Das ist unannehmbar“, sagte Andrea Lenz. Brunner verließ den Saal nach einer Stunde. Er sprach von einer „Farce“.", "Er", "Brunner"],
    // … but not when that sentence carries the report on: the speaker quoted before
    ["Andrea Lenz sagte, die Stadt spare. Brunner habe das Angebot abgelehnt. Er sprach von einer „Farce“.", "Er", "Andrea Lenz"],
    // a woman by the role noun before her name ("-erin"), though her given name is borne by both
    ["„Wir sind bereit“, sagte Ministerin Lena Frei. Die Chefverhandlerin Andrea Moser zeigte sich erfreut. Man gehe zuversichtlich in die Runde, ließ sie ausrichten.", "sie", "Andrea Moser"],
    // de.speaker.pronoun-same-sentence: a woman named in another clause of the pronoun's sentence, nearer than the speaker before
    ["Die Sprecherin Jana Vogt sagte, man sei enttäuscht. Für Bürgermeisterin Eva Roth ist es eine Niederlage: Im Mai hatte sie den Plan noch als „gerecht“ bezeichnet.", "sie", "Eva Roth"],
    // … not a name inside the words quoted
    ["Die Reform komme zu spät, meint auch Karl Berg, Politologe an der Universität. Mit Peter Roth im Amt werde alles schneller gehen, sagt er.", "er", "Karl Berg"],
    ["Der Unterhändler Karl Brandner sagte, man werde alles erfüllen. Dann warnte er: »Jeder Bruch hat Folgen.« Der Gesandte Whitmore traf am Samstag in Bonn Angehörige der Opfer. Er versprach ihnen, sich für die übrigen einzusetzen.", "Er", "Whitmore"]
  ])("%s", (text, span, speaker) => {
    const article = prepareArticle({file: "t.txt", text, given: {}}, config);
    const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
    const row = rows.find((r) => r.speaker_start !== null && article.text.slice(r.speaker_start, r.speaker_end!) === span);
    expect(row?.speaker).toBe(speaker);
  });
});
