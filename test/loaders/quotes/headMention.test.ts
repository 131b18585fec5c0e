import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";

const config = loadConfig("data");

/**
 * [text, speaker span, speaker column of the first quote with that span, its speaker_id column when the case checks
 * it ("": no person)] — de.speaker.governed-name:
 * a name that qualifies a person noun of the speaker phrase is not the speaker. Articles written for the test.
 */
describe("a name governed by a person noun of the speaker phrase is not the speaker", () => {
  test.each<[string, string, string, string?]>([
    // Saxon genitive before a role noun or kin word
    ["Der Angeklagte Peter Brandner schwieg. Brandners Anwalt erklärte, sein Mandant sei unschuldig.", "Brandners Anwalt", "Brandners Anwalt"],
    ["Die Ministerin Anna Berger reiste ab. Die Lage sei ernst, sagte Bergers Sprecher.", "Bergers Sprecher", "Bergers Sprecher"],
    ["Der Forscher Jonas Hofer wurde verhaftet. Sie werde nicht aufgeben, sagte Hofers Ehefrau.", "Hofers Ehefrau", "Hofers Ehefrau"],
    ["Der Forscher Jonas Hofer wurde verhaftet. Sie werde nicht aufgeben, sagte Hofers Ehefrau Lena Winter.", "Hofers Ehefrau Lena Winter", "Lena Winter"],
    // "von" or a genitive article with a role noun after the person noun
    ["Die Ministerin Anna Berger reiste ab. Ein Sprecher von Anna Berger sagte, die Lage sei ernst.", "Ein Sprecher von Anna Berger", "ein Sprecher von Anna Berger"],
    ["Die Ministerin Anna Berger reiste ab. Thomas Keller, Sprecher von Anna Berger, sagte, die Lage sei ernst.", "Thomas Keller, Sprecher von Anna Berger", "Thomas Keller"],
    ["Der Minister Karl Brandner reiste ab. Die Beraterin des Ministers Karl Brandner sagte, die Lage sei ernst.", "Die Beraterin des Ministers Karl Brandner", "die Beraterin des Ministers Karl Brandner"],
    ["Der Minister Karl Brandner reiste ab. Die Lage sei ernst, sagte der Berater des Ministers Karl Brandner, Jonas Hofer.", "der Berater des Ministers Karl Brandner, Jonas Hofer", "Jonas Hofer"],
    // a kin noun with a genitive article, adjectives between: the apposition's head is the speaker
    ["Die Lage war ernst. Karl Brandner, Vater der entführten Lena Brandner, sagte am Telefon: »Wir warten.«", "Karl Brandner, Vater der entführten Lena Brandner", "Karl Brandner"],
    ["Die Lage war ernst. Karl Brandner, Vater der Lena Brandner, sagte am Telefon: »Wir warten.«", "Karl Brandner, Vater der Lena Brandner", "Karl Brandner"],
    ["Die Lage war ernst. Eva Kurz, Mutter des noch immer vermissten Jonas Kurz, sagte, sie hoffe weiter.", "Eva Kurz, Mutter des noch immer vermissten Jonas Kurz", "Eva Kurz"],
    // a party to a case or an event after the genitive article governs the name like a role noun (partyNounStems)
    ["Die Verhandlung begann am Morgen. Die Anwältin des Klägers Jonas Hofer sagte, das Urteil sei falsch.", "Die Anwältin des Klägers Jonas Hofer", "die Anwältin des Klägers Jonas Hofer"],
    ["Der Prozess wurde vertagt. Der Verteidiger des Angeklagten Karl Brandner erklärte, sein Mandant sei unschuldig.", "Der Verteidiger des Angeklagten Karl Brandner", "der Verteidiger des Angeklagten Karl Brandner"],
    ["Das Unglück geschah in der Nacht. Der Vater des Opfers Lena Winter sagte, die Familie sei erschüttert.", "Der Vater des Opfers Lena Winter", "der Vater des Opfers Lena Winter"],
    ["Der Prozess wurde vertagt. Die Lage sei schwierig, sagte die Anwältin der Klägerin Anna Berger, Eva Kurz.", "die Anwältin der Klägerin Anna Berger, Eva Kurz", "Eva Kurz"],
    ["Der Prozess wurde vertagt. Die Klägerin Anna Berger sagte, sie sei enttäuscht.", "Die Klägerin Anna Berger", "Anna Berger"],
    // the name heads the phrase or is the author of a non-person noun: it stays the speaker
    ["Der Vorsitzende der Fraktion Karl Brandner sagte, die Lage sei ernst.", "Der Vorsitzende der Fraktion Karl Brandner", "Karl Brandner"],
    ["Nach Angaben von Karl Brandner ist die Lage ernst.", "Angaben von Karl Brandner", "Karl Brandner"],
    ["Die Ministerin Anna Berger sagte, die Lage sei ernst.", "Die Ministerin Anna Berger", "Anna Berger"],
    // an office or staff noun speaks for the person it names: the office, an organisation with no person id (officeNouns)
    ["Der Landtag tagte bis spät. Der Ausschuss billigte den Plan, wie das Büro von Landeshauptmann Karl Brandner mitteilte.", "das Büro von Landeshauptmann Karl Brandner", "das Büro von Landeshauptmann Karl Brandner", ""],
    ["Der Landeshauptmann Karl Brandner reiste ab. Die Lage sei ernst, teilte Brandners Büro mit.", "Brandners Büro", "Brandners Büro", ""],
    ["Die Kanzlerin Anna Berger reiste ab. Die Regierung der Kanzlerin Anna Berger erklärte, die Lage sei ernst.", "Die Regierung der Kanzlerin Anna Berger", "die Regierung der Kanzlerin Anna Berger", ""]
  ])("%s", (text, span, speaker, speakerId) => {
    const article = prepareArticle({file: "t.txt", text, given: {}}, config);
    const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
    const row = rows.find((r) => r.speaker_start !== null && article.text.slice(r.speaker_start, r.speaker_end!) === span);
    expect(row?.speaker).toBe(speaker);
    if (speakerId !== undefined) expect(row?.speaker_id).toBe(speakerId);
  });
});

/**
 * [text, speaker span, speaker column, speaker_id column] — a role noun with a "von" or genitive complement that lists people: the role
 * noun's phrase is the speaker, with no person id, never the name listed last; a list that is the subject itself, or an apposition after
 * the governed name, stays as it was. Articles written for the test.
 */
describe("a list of names governed by a person noun is not the speaker", () => {
  test.each<[string, string, string, boolean]>([
    ["Das Fest war ein Erfolg. Der Vater von Anna Roth und Karl Berg sagte, er sei sehr stolz.", "Der Vater von Anna Roth und Karl Berg", "der Vater von Anna Roth und Karl Berg", false],
    ["Das Fest war ein Erfolg. Die Anwältin von Karl Berg sagte, ihr Mandant sei unschuldig.", "Die Anwältin von Karl Berg", "die Anwältin von Karl Berg", false],
    ["Das Urteil fiel am Morgen. Der Verteidiger der Angeklagten Anna Roth sowie Karl Berg erklärte, man gehe in Berufung.", "Der Verteidiger der Angeklagten Anna Roth sowie Karl Berg", "der Verteidiger der Angeklagten Anna Roth sowie Karl Berg", false],
    // the people themselves, or an apposition naming the role holder after the governed name
    ["Das Fest war ein Erfolg. Anna Roth und Karl Berg sagten, sie seien zufrieden.", "Anna Roth und Karl Berg", "Anna Roth und Karl Berg", false],
    ["Das Fest war ein Erfolg. Die Sprecherin von Anna Roth, Lena Weiß, sagte, man sei zufrieden.", "Die Sprecherin von Anna Roth, Lena Weiß", "Lena Weiß", true]
  ])("%s", (text, span, speaker, hasId) => {
    const article = prepareArticle({file: "t.txt", text, given: {}}, config);
    const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
    const row = rows.find((r) => r.speaker_start !== null && article.text.slice(r.speaker_start, r.speaker_end!) === span);
    expect([row?.speaker, !!row?.speaker_id]).toEqual([speaker, hasId]);
  });
});
