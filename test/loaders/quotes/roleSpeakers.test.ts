import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";
import {roleHolds, speakerRole} from "../../../loaders/quotes/roleSpeakers.js";

const config = loadConfig("data");

/** [speaker phrase, the role key it names, or null] — made-up phrases. */
describe("speakerRole", () => {
  test.each<[string, string | null]>([
    ["Der Oberbürgermeister", "oberbürgermeister"],
    ["der neue Sprecher der Stadt", "sprecher"],
    ["Die Sprecherin", "sprecherin"],
    ["Der GdP-Vorsitzende", "vorsitzender"],
    ["der Kreml-Sprecher", "sprecher"],
    ["die Feuerwehr", null],
    ["Der Kreis Wettau", null],
    ["Der 54-Jährige", null],
    ["Frau Berg", null]
  ])("%s", (phrase, key) => {
    expect(speakerRole(phrase)).toBe(key);
  });
});

/** [role as the text or register gives it, speaker's role key, held] — made-up roles. */
describe("roleHolds", () => {
  test.each<[string, string, boolean]>([
    ["Oberbürgermeister", "oberbürgermeister", true],
    ["Sprecher der Stadtwerke", "sprecher", true],
    ["Außenministerin", "ministerin", true],
    ["Kreml-Sprecher", "sprecher", true],
    ["Stadträtin", "oberbürgermeister", false],
    ["Konzernchef", "staatschef", false],
    ["Sprecher", "sprecherin", false],
    ["Bürgermeister", "oberbürgermeister", false]
  ])("%s holds %s: %s", (role, key, held) => {
    expect(roleHolds(role, key)).toBe(held);
  });
});

/** [article, speaker span, speaker column of the first quote with that span] — articles written for the test. */
describe("role-noun speakers resolved to people", () => {
  test.each<[string, string, string]>([
    // the person named last does not hold the role: the role noun stays the speaker
    ["Die Stadträtin Anna Berger kritisierte den Plan, das Hallenbad zu schließen. Sie sagte, die Vereine verlören ihren Trainingsort. Der Oberbürgermeister äußerte sich nicht.", "Der Oberbürgermeister", "Der Oberbürgermeister"],
    // an apposition gives the role
    ["Oberbürgermeister Karl Roth will das Bad schließen. Die Stadträtin Anna Berger sagte, die Vereine verlören ihren Ort. Der Oberbürgermeister sagte, die Kosten seien zu hoch.", "Der Oberbürgermeister", "Karl Roth"],
    // a role given later in the article still counts for a person named before the speaker
    ["Gewerkschaftschef Peter Lang kam nach Bonn. Der GdP-Vorsitzende sagte, die Polizei brauche mehr Geld. Später sprach GdP-Vorsitzender Peter Lang im Landtag.", "Der GdP-Vorsitzende", "Peter Lang"],
    // the register's role (data/people.yaml: Dmitri Peskow, Kreml-Sprecher)
    ["Am Montag traf Dmitri Peskow Journalisten in Moskau. Der Kreml-Sprecher sagte, man beobachte die Lage genau.", "Der Kreml-Sprecher", "Dmitri Peskow"],
    // a place or institution is no one's role
    ["Die Bürgermeisterin Eva Roth sagte, das Geld sei vorhanden. Der Kreis Wettau teilte mit, er zahle die Busse.", "Der Kreis Wettau", "Der Kreis Wettau"],
    // a role in the other gender is not held
    ["Der Sprecher Paul Weber sagte, der Zug falle aus. Die Sprecherin sagte, das sei falsch.", "Die Sprecherin", "Die Sprecherin"],
    // an age noun is the speaker before, when the article agrees with the gender
    ["Der Landwirt Hans Vogt sagte, die Ernte sei schlecht. Der 54-Jährige sagte, er gebe nicht auf.", "Der 54-Jährige", "Hans Vogt"],
    ["Der Landwirt Hans Vogt sagte, die Ernte sei schlecht. Die 54-Jährige sagte, sie gebe nicht auf.", "Die 54-Jährige", "Die 54-Jährige"]
  ])("%s", (text, span, speaker) => {
    const article = prepareArticle({file: "t.txt", text, given: {}}, config);
    const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
    const row = rows.find((r) => r.speaker_start !== null && article.text.slice(r.speaker_start, r.speaker_end!) === span);
    expect(row?.speaker).toBe(speaker);
  });
});
