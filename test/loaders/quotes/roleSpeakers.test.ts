import {describe, expect, test} from "vitest";
import {loadConfig} from "../../../loaders/io/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {quotesExtractor} from "../../../loaders/quotes/extractor.js";
import {roleHolds, speakerRole} from "../../../loaders/quotes/roleSpeakers.js";

const config = loadConfig("data");

/** [speaker phrase, the role key and affiliation it names, or null] — made-up phrases. */
describe("speakerRole", () => {
  test.each<[string, string | null, string, string?]>([
    ["Der Oberbürgermeister", "oberbürgermeister", ""],
    ["der neue Sprecher der Stadt", "sprecher", ""],
    ["Die Sprecherin", "sprecherin", ""],
    ["Der GdP-Vorsitzende", "vorsitzender", "", "gdp"],
    ["der Hamas-Unterhändler", "unterhändler", "", "hamas"],
    ["der Kreml-Sprecher", "sprecher", "Russland (Kreml)"],
    ["der russische Präsident", "präsident", "Russland"],
    ["Der Präsident Frankreichs", "präsident", "Frankreich"],
    ["die Feuerwehr", null, ""],
    ["Der Kreis Wettau", null, ""],
    ["Der 54-Jährige", null, ""],
    ["Frau Berg", null, ""]
  ])("%s", (phrase, key, affiliation, prefix) => {
    expect(speakerRole(phrase)).toEqual(key === null ? null : prefix ? {key, affiliation, prefix} : {key, affiliation});
  });
});

/** [role as the text or register gives it, affiliation the text gives its holder, speaker phrase, held] — made-up roles. */
describe("roleHolds", () => {
  test.each<[string, string, string, boolean]>([
    ["Oberbürgermeister", "", "Der Oberbürgermeister", true],
    ["Sprecher der Stadtwerke", "", "der Sprecher", true],
    ["Außenministerin", "", "die Ministerin", true],
    ["Kreml-Sprecher", "", "der Sprecher", true],
    ["Präsident Russlands", "", "der russische Präsident", true],
    ["Präsident", "Russland", "der russische Präsident", true],
    ["Präsident", "", "der russische Präsident", true],
    ["US-Präsident", "", "der russische Präsident", false],
    ["Präsident", "Frankreich", "der russische Präsident", false],
    ["Stadträtin", "", "Der Oberbürgermeister", false],
    ["Konzernchef", "", "Der Staatschef", false],
    ["Sprecher", "", "Die Sprecherin", false],
    ["Bürgermeister", "", "Der Oberbürgermeister", false],
    // nouns of the same office (lang/de/same-offices.ts)
    ["Ministerpräsident und Außenminister Vandoriens", "", "der vandorische Regierungschef", true],
    ["Premierministerin", "", "die Regierungschefin", true],
    ["Emir von Vandorien", "", "der Staatschef", true],
    ["Ministerpräsident", "", "der Staatschef", false],
    ["Ministerpräsidentin", "", "der Regierungschef", false],
    ["Regierungschef", "Frankreich", "der russische Premierminister", false],
    // links run one way, from a generic noun to a specific office, never between specific offices
    ["Premierminister", "", "der Kanzler", false],
    ["Bundeskanzler", "", "der Premier", false],
    ["Ministerpräsident", "", "der Premier", true],
    ["König", "", "der Präsident", false],
    ["Emir", "", "der Präsident", false],
    ["Präsident", "", "der König", false],
    ["Regierungschef", "", "der Ministerpräsident", false],
    ["Bundeskanzlerin", "", "die Regierungschefin", true]
  ])("%s (%s) holds %s: %s", (role, affiliation, phrase, held) => {
    expect(roleHolds(role, speakerRole(phrase)!, affiliation)).toBe(held);
  });
});

/** [article, speaker span, speaker column of the first quote with that span] — articles written for the test. */
/** The resolved speaker of the quote whose speaker span is `span`. */
function speakerOf(text: string, span: string): string | undefined {
  const article = prepareArticle({file: "t.txt", text, given: {}}, config);
  const rows = extractArticle(article, config, [peopleExtractor, quotesExtractor]).quotes;
  return rows.find((r) => r.speaker_start !== null && article.text.slice(r.speaker_start, r.speaker_end!) === span)?.speaker;
}

describe("role-noun speakers resolved to people", () => {
  test.each<[string, string, string]>([
    // the person named last does not hold the role: the role noun stays the speaker
    ["Die Stadträtin Anna Berger kritisierte den Plan, das Hallenbad zu schließen. Sie sagte, die Vereine verlören ihren Trainingsort. Der Oberbürgermeister äußerte sich skeptisch.", "Der Oberbürgermeister", "der Oberbürgermeister"],
    // an apposition gives the role
    ["Oberbürgermeister Karl Roth will das Bad schließen. Die Stadträtin Anna Berger sagte, die Vereine verlören ihren Ort. Der Oberbürgermeister sagte, die Kosten seien zu hoch.", "Der Oberbürgermeister", "Karl Roth"],
    // a role given later in the article still counts for a person named before the speaker
    ["Gewerkschaftschef Peter Lang kam nach Bonn. Der GdP-Vorsitzende sagte, die Polizei brauche mehr Geld. Später sprach GdP-Vorsitzender Peter Lang im Landtag.", "Der GdP-Vorsitzende", "Peter Lang"],
    // the register's role (data/people.yaml: Dmitri Peskow, Kreml-Sprecher)
    ["Am Montag traf Dmitri Peskow Journalisten in Moskau. Der Kreml-Sprecher sagte, man beobachte die Lage genau.", "Der Kreml-Sprecher", "Dmitri Peskow"],
    // a place or institution is no one's role
    ["Die Bürgermeisterin Eva Roth sagte, das Geld sei vorhanden. Der Kreis Wettau teilte mit, er zahle die Busse.", "Der Kreis Wettau", "der Kreis Wettau"],
    // a role in the other gender is not held
    ["Der Sprecher Paul Weber sagte, der Zug falle aus. Die Sprecherin sagte, das sei falsch.", "Die Sprecherin", "die Sprecherin"],
    // a role of another country is not held (register: Donald Trump, US-Präsident; Wladimir Putin, Präsident Russlands)
    ["Wladimir Putin telefonierte mit US-Präsident Donald Trump. Der russische Präsident sagte, die Gespräche seien gut gewesen.", "Der russische Präsident", "Wladimir Putin"],
    ["Der französische Präsident Jean Morel traf den polnischen Präsidenten Adam Nowak. Der französische Präsident sagte, man sei sich einig.", "Der französische Präsident", "Jean Morel"],
    // a specific office is not another specific office of the same kind (lang/de/same-offices.ts)
    ["Bundeskanzler Karl Brandt empfing am Montag den britischen Premierminister Tom Hale. Die Gespräche seien gut gewesen, sagte der Kanzler.", "der Kanzler", "Karl Brandt"],
    ["Bundespräsident Karl Brandt besuchte König Olav Rune in Oslo. Der Besuch sei ein Erfolg, sagte der Präsident.", "der Präsident", "Karl Brandt"],
    // a generic noun names the specific office
    ["Ministerpräsident Omar Sali traf in Paris Journalisten. Die Gespräche kämen voran, sagte der Regierungschef.", "der Regierungschef", "Omar Sali"],
    // an age noun is the speaker before, when the article agrees with the gender
    ["Der Landwirt Hans Vogt sagte, die Ernte sei schlecht. Der 54-Jährige sagte, er gebe nicht auf.", "Der 54-Jährige", "Hans Vogt"],
    ["Der Landwirt Hans Vogt sagte, die Ernte sei schlecht. Die 54-Jährige sagte, sie gebe nicht auf.", "Die 54-Jährige", "die 54-Jährige"],
    // de.speaker.age-noun: with no speaker before, the person as "er"/"sie" would stand for (the subject of the sentence before)
    ["Der Angeklagte Jonas Huber erschien mit seinem Anwalt Franz Gruber vor Gericht. Der 54-Jährige sagte, er habe nichts gewusst.", "Der 54-Jährige", "Jonas Huber"],
    ["Mara Lenz leitet seit 2010 die Bäckerei. „Wir wachsen weiter“, sagt die 45-Jährige.", "die 45-Jährige", "Mara Lenz"],
    // a plural or an oblique form names no one
    ["Der Angeklagte Jonas Huber erschien vor Gericht. Den 54-Jährigen zufolge war alles geplant.", "Den 54-Jährigen", "Den 54-Jährigen"]
  ])("%s", (text, span, speaker) => {
    expect(speakerOf(text, span)).toBe(speaker);
  });
});

describe("document nouns as speakers", () => {
  test.each<[string, string, string]>([
    // "in der Erklärung": the author of the statement, the speaker before
    ["Die Ministerin Eva Roth sagte, das Geld sei da. In der Erklärung heißt es, der Bus fahre weiter.", "der Erklärung", "Eva Roth"],
    // a publication's name ending in a document noun speaks for itself
    ["Die Ministerin Eva Roth sagte, das Geld sei da. Das berichtet die Washington Post.", "die Washington Post", "die Washington Post"]
  ])("%s", (text, span, speaker) => {
    expect(speakerOf(text, span)).toBe(speaker);
  });
});

describe("a pronoun after a sentence opened by an unnamed speaker stands for that speaker", () => {
  test.each<[string, string, string]>([
    ["Die Sprecherin Lea Sommer kam spät. Die Gewerkschaft fordert mehr Lohn. Zudem verlangt sie zwei Urlaubstage.", "sie", "die Gewerkschaft"],
    ["Die Sprecherin Lea Sommer kam spät. Der Verband fordert mehr Lohn. Zudem verlangt er zwei Urlaubstage.", "er", "der Verband"],
    // the pronoun does not agree with the unnamed speaker's article: the person named before
    ["Die Sprecherin Lea Sommer kam spät. Der Verband fordert mehr Lohn. Zudem verlangt sie zwei Urlaubstage.", "sie", "Lea Sommer"]
  ])("%s", (text, span, speaker) => {
    expect(speakerOf(text, span)).toBe(speaker);
  });
});

/** [article, speaker span, resolved speaker] — made-up articles: a role noun whose compound prefix names a side (de.speaker.role-prefix). */
describe("role nouns with a side or organisation prefix", () => {
  test.each<[string, string, string]>([
    // the person named last holds a similar role for the other side: not the speaker
    ["Der SPD-Vorsitzende Karl Brand traf den CDU-Chef Peter Lang in Berlin. »Wir sind uns einig«, sagte der SPD-Chef.", "der SPD-Chef", "Karl Brand"],
    ["Der CDU-Chef Peter Lang traf den SPD-Vorsitzenden Karl Brand in Berlin. »Wir sind uns einig«, sagte der CDU-Chef.", "der CDU-Chef", "Peter Lang"],
    // the subject of the sentence before fits the prefix, the other side's negotiator does not
    ["Chefunterhändler Peter Lang verließ am Abend den Saal. Der Kobra-Chefunterhändler Karl Brand wies die Vorwürfe zurück. Danach ging er nach Hause. »Wir bleiben hier«, sagte der Kobra-Unterhändler.", "der Kobra-Unterhändler", "Karl Brand"],
    // no one fits the prefix and the holder of the role is of another side: the role noun stays the speaker, without a person
    ["Der israelische Chefunterhändler Peter Lang verließ am Abend den Saal. Karl Brand wies die Vorwürfe zurück. »Wir bleiben hier«, sagte der Kobra-Unterhändler.", "der Kobra-Unterhändler", "der Kobra-Unterhändler"],
    ["Der CDU-Chef Peter Lang kam nach Bonn. Karl Brand wies die Vorwürfe zurück. »Wir bleiben hier«, sagte der SPD-Chef.", "der SPD-Chef", "der SPD-Chef"],
    // a holder of the role whom nothing ties to a side is still the speaker
    ["Generalsekretär Peter Lang kam nach Bonn. »Wir bleiben hier«, sagte der SPD-Generalsekretär.", "der SPD-Generalsekretär", "Peter Lang"],
    ["Der Vorsitzende Peter Lang kam nach Bonn. Der SPD-Vorsitzende sagte, die Partei brauche mehr Geld.", "Der SPD-Vorsitzende", "Peter Lang"],
    // a bare role noun without article is a group: the person of the sentence before whom the prefix fits is not its speaker
    ["Der Kobra-Chefredakteur Karl Brand lobte das Team. Kobra-Reporter berichten täglich aus der Stadt.", "Kobra-Reporter", "Kobra-Reporter"]
  ])("%s", (text, span, speaker) => {
    expect(speakerOf(text, span)).toBe(speaker);
  });
});

/** A made-up register: one Landrat from 2020, two Staatssekretäre, a Regierungssprecher. */
const registerConfig: typeof config = {
  ...config,
  people: [
    {id: "ole-brammer", name: "Ole Brammer", aliases: [], roles: [{role: "Landrat", from: "2020-01-01", to: ""}], affiliation: "", wikidata: ""},
    {id: "ina-falk", name: "Ina Falk", aliases: [], roles: [{role: "Staatssekretärin", from: "2019-01-01", to: ""}], affiliation: "", wikidata: ""},
    {id: "eva-lind", name: "Eva Lind", aliases: [], roles: [{role: "Staatssekretärin", from: "2021-01-01", to: ""}], affiliation: "", wikidata: ""},
    {id: "tim-sander", name: "Tim Sander", aliases: [], roles: [{role: "Regierungssprecher", from: "2018-01-01", to: ""}], affiliation: "", wikidata: ""},
    {id: "uwe-kamp", name: "Uwe Kamp", aliases: [], roles: [{role: "Bürgermeister", to: "2015-12-31", from: "2005-01-01"}], affiliation: "", wikidata: ""},
    {id: "rolf-kessen", name: "Rolf Kessen", aliases: [], roles: [{role: "Zollamt-Sprecher", from: "2018-01-01", to: ""}], affiliation: "", wikidata: ""},
    {id: "gero-talm", name: "Gero Talm", aliases: [], roles: [{role: "Ministerpräsident", from: "2022-01-01", to: ""}], affiliation: "", wikidata: ""},
    {id: "lars-wendt", name: "Lars Wendt", aliases: [], roles: [{role: "Außenminister", from: "2022-01-01", to: ""}], affiliation: "", wikidata: ""}
  ]
};

/** The speaker id and name of the first quote whose speaker span is `span`, with the made-up register, published 2024-05-02. */
function registerSpeakerOf(text: string, span: string): [string, string] | undefined {
  const article = prepareArticle({file: "t.txt", text, given: {published: "2024-05-02"}}, registerConfig);
  const rows = extractArticle(article, registerConfig, [peopleExtractor, quotesExtractor]).quotes;
  const row = rows.find((r) => r.speaker_start !== null && article.text.slice(r.speaker_start, r.speaker_end!) === span);
  return row && [row.speaker_id, row.speaker];
}

/** [article, speaker span, [id, speaker]] — de.speaker.register-office: a bare role noun the register alone resolves. */
describe("a bare role noun stands for the one register person holding that office on the day (de.speaker.register-office)", () => {
  test.each<[string, string, [string, string]]>([
    // no one in the text holds the office: the register's one Landrat, whom the article names later
    ["Die Straße bleibt gesperrt. Der Landrat sagte, die Brücke sei marode. Ole Brammer will sie im Mai ersetzen.", "Der Landrat", ["ole-brammer", "Ole Brammer"]],
    ["Der Ministerpräsident sagte, das Land helfe den Bauern. Gero Talm besuchte danach einen Hof.", "Der Ministerpräsident", ["gero-talm", "Gero Talm"]],
    // the register holder is named nowhere in the article: no one
    ["Die Straße bleibt gesperrt. Der Landrat sagte, die Brücke sei marode.", "Der Landrat", ["", "der Landrat"]],
    // two register people hold the office: no one
    ["Die Straße bleibt gesperrt. Die Staatssekretärin sagte, die Brücke sei marode. Ina Falk und Eva Lind schwiegen.", "Die Staatssekretärin", ["", "die Staatssekretärin"]],
    // a compound of the noun is another office: "der Sprecher" is no Regierungssprecher
    ["Die Straße bleibt gesperrt. Der Sprecher sagte, die Brücke sei marode. Tim Sander kam nicht.", "Der Sprecher", ["", "der Sprecher"]],
    // a register role with a prefix is never a bare noun's, even when its holder is named
    ["Auf der Autobahn staut es sich. Der Sprecher sagte, die Spur bleibe gesperrt. Rolf Kessen war im Urlaub.", "Der Sprecher", ["", "der Sprecher"]],
    // an office held only before the publication day
    ["Die Straße bleibt gesperrt. Der Bürgermeister sagte, die Brücke sei marode. Uwe Kamp schwieg.", "Der Bürgermeister", ["", "der Bürgermeister"]],
    // more words than article and noun name another office holder
    ["Die Straße bleibt gesperrt. Der Landrat des Nachbarkreises sagte, die Brücke sei marode. Ole Brammer schwieg.", "Der Landrat des Nachbarkreises", ["", "der Landrat des Nachbarkreises"]],
    // the article writes the noun after a country adjective: someone else's office
    ["Der französische Außenminister traf seine Kollegen in Genf. Der Außenminister sagte, man sei weit gekommen. Lars Wendt reiste ab.", "Der Außenminister", ["", "der Außenminister"]],
    // also in another case ("des bayerischen Landrats"); a possessive or article before it qualifies nothing ("unserem Landrat")
    ["Die Pläne des bayerischen Landrats stießen auf Kritik. Der Landrat sagte, die Brücke sei marode. Ole Brammer schwieg.", "Der Landrat", ["", "der Landrat"]],
    ["Die Bürger danken unserem Landrat. Der Landrat sagte, die Brücke sei marode. Ole Brammer will sie im Mai ersetzen.", "Der Landrat", ["ole-brammer", "Ole Brammer"]],
    ["Die Bürger danken diesem Landrat. Der Landrat sagte, die Brücke sei marode. Ole Brammer will sie im Mai ersetzen.", "Der Landrat", ["ole-brammer", "Ole Brammer"]],
    // the article gives the office to another person: the register holder gives way
    ["Der Ministerpräsident sagte, das Land helfe den Bauern. Gero Talm kam später. Ministerpräsident Bernd Sorge eröffnete die Messe.", "Der Ministerpräsident", ["", "der Ministerpräsident"]]
  ])("%s", (text, span, expected) => {
    expect(registerSpeakerOf(text, span)).toEqual(expected);
  });
});

/** [article, speaker span, [id, speaker]] — de.speaker.coordinated-people: a group of two people has no one id. */
describe("two people joined by 'und' are a group, not the one named last (de.speaker.coordinated-people)", () => {
  test.each<[string, string, [string, string]]>([
    ["Die Ministerin Karla Sommer und der Landrat Jens Ohlsen sagten, die Brücke werde gebaut.", "Die Ministerin Karla Sommer und der Landrat Jens Ohlsen", ["", "die Ministerin Karla Sommer und der Landrat Jens Ohlsen"]],
    ["Karla Sommer und Jens Ohlsen kritisierten den Plan.", "Karla Sommer und Jens Ohlsen", ["", "Karla Sommer und Jens Ohlsen"]]
  ])("%s", (text, span, expected) => {
    expect(registerSpeakerOf(text, span)).toEqual(expected);
  });
});
