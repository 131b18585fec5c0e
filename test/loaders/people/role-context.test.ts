import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";

/** The mention of `surface` in a one-sentence text, with the organisations of data/organisations.yaml given. */
function mention(text: string, surface: string, organisations: string[] = []) {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon([], organisations)).find((m) => m.surface === surface);
}

/** [text, surface, roles, affiliation, words the affiliation was read from] */
type Case = [string, string, string[], string, string];

describe("roleAround: feminine and Austrian role nouns, negotiators' roles", () => {
  const cases: Case[] = [
    ["Landeshauptfrau Vera Lindqvist eröffnete die Sitzung.", "Vera Lindqvist", ["Landeshauptfrau"], "", ""],
    ["Der Politikwissenschafter Timo Brandl widersprach.", "Timo Brandl", ["Politikwissenschafter"], "", ""],
    ["Die Pädagogin Ruth Sollner lobte das.", "Ruth Sollner", ["Pädagogin"], "", ""],
    ["Die Chefverhandlerin der Kammer, Ida Wenger, schwieg.", "Ida Wenger", ["Chefverhandlerin der Kammer"], "", ""],
    ["Verhandlungsleiterin Ida Wenger zog Bilanz.", "Ida Wenger", ["Verhandlungsleiterin"], "", ""]
  ];
  it.each(cases)("%s", (text, surface, roles, affiliation, cue) => {
    const m = mention(text, surface);
    expect(m, surface).toBeDefined();
    expect([m!.roles, m!.affiliation, m!.affiliationCue]).toEqual([roles, affiliation, cue]);
  });
});

describe("roleAround: adjectives of rank stay in the role, in the text's gender", () => {
  const cases: Case[] = [
    ["Die stellvertretende Landesvorsitzende Ida Wenger trat zurück.", "Ida Wenger", ["stellvertretende Landesvorsitzende"], "", ""],
    ["Der stellvertretende Bürgermeister Rolf Kainz trat zurück.", "Rolf Kainz", ["stellvertretender Bürgermeister"], "", ""],
    ["Die frühere geschäftsführende Präsidentin Ida Wenger schwieg.", "Ida Wenger", ["frühere geschäftsführende Präsidentin"], "", ""],
    // an adjective of a country before the role does not reach past a verb
    ["Der finnische Präsident hat Ministerin Ida Wenger empfangen.", "Ida Wenger", ["Ministerin"], "", ""]
  ];
  it.each(cases)("%s", (text, surface, roles, affiliation, cue) => {
    const m = mention(text, surface);
    expect([m!.roles, m!.affiliation, m!.affiliationCue]).toEqual([roles, affiliation, cue]);
  });
});

describe("roleAround: a role after the name, with \"als\" or as predicate", () => {
  const cases: Case[] = [
    ["Die Partei setzt auf Fraktionschef Rolf Kainz als Chefverhandler.", "Rolf Kainz", ["Fraktionschef", "Chefverhandler"], "", ""],
    ["Sie schickt Ida Wenger als neue Sprecherin der Kammer.", "Ida Wenger", ["Sprecherin der Kammer"], "", ""],
    ["Seit Montag ist die Juristin Ida Wenger Verhandlungsführerin.", "Ida Wenger", ["Juristin", "Verhandlungsführerin"], "", ""],
    // another person's role after "als", a role that does not end the clause
    ["Er sieht Rolf Kainz als Präsident Halvorsen an.", "Rolf Kainz", [], "", ""],
    ["Seit Montag ist Ida Wenger Sprecherin Oslos geworden.", "Ida Wenger", [], "", ""],
    // a preposition before the name: the predicate is the subject's role, not the name's
    ["Er war unter Rolf Kainz Minister.", "Rolf Kainz", [], "", ""]
  ];
  it.each(cases)("%s", (text, surface, roles, affiliation, cue) => {
    const m = mention(text, surface);
    expect([m!.roles, m!.affiliation, m!.affiliationCue]).toEqual([roles, affiliation, cue]);
  });
});

describe("roleAround: an organisation as a role's prefix is the affiliation", () => {
  const cases: Case[] = [
    ["Die KVP-Klubobfrau Ida Wenger widersprach.", "Ida Wenger", ["KVP-Klubobfrau"], "KVP", "KVP-"],
    ["Das sagte der ABC2-Fraktionsvize Rolf Kainz.", "Rolf Kainz", ["ABC2-Fraktionsvize"], "ABC2", "ABC2-"],
    ["Grünen-Chefin Ida Wenger widersprach.", "Ida Wenger", ["Grünen-Chefin"], "Grüne", "Grünen-"],
    // a field or medium is no organisation
    ["TV-Moderatorin Ida Wenger fragte nach.", "Ida Wenger", ["TV-Moderatorin"], "", ""],
    // a country of the affiliation lexicon as before
    ["US-Botschafterin Ida Wenger fragte nach.", "Ida Wenger", ["US-Botschafterin"], "USA", "US-"]
  ];
  it.each(cases)("%s", (text, surface, roles, affiliation, cue) => {
    const m = mention(text, surface);
    expect([m!.roles, m!.affiliation, m!.affiliationCue]).toEqual([roles, affiliation, cue]);
  });

  it("a name of data/organisations.yaml as prefix", () => {
    const m = mention("Bergbund-Chef Rolf Kainz schwieg.", "Rolf Kainz", ["Bergbund"]);
    expect([m!.affiliation, m!.affiliationCue]).toEqual(["Bergbund", "Bergbund-"]);
    expect(mention("Bergbund-Chef Rolf Kainz schwieg.", "Rolf Kainz")!.affiliation).toBe("");
  });
});

describe("roleAround: a country's name as it stands gives an affiliation only after 'von' or a genitive 'der'", () => {
  const cases: Case[] = [
    ["Der Emir von Katar, Omar Halabi, sagte das.", "Omar Halabi", ["Emir von Katar"], "Katar", "von Katar"],
    ["Katars Emir Omar Halabi sagte das.", "Omar Halabi", ["Emir"], "Katar", "Katars"],
    ["Der katarische Premier Omar Halabi sagte das.", "Omar Halabi", ["Premier"], "Katar", "katarische"],
    ["Lea Sommer, Botschafterin der Ukraine, sagte das.", "Lea Sommer", ["Botschafterin der Ukraine"], "Ukraine", "der Ukraine"],
    ["Der Ukraine-Gesandte Jan Brink sagte das.", "Jan Brink", ["Ukraine-Gesandter"], "Ukraine", "Ukraine-"],
    // where one goes or speaks is no affiliation
    ["Nach Katar reiste Außenminister Jan Brink am Montag.", "Jan Brink", ["Außenminister"], "", ""],
    ["Nach Kiew reiste Außenministerin Lea Sommer.", "Lea Sommer", ["Außenministerin"], "", ""],
    ["Die Ukraine besuchte Außenminister Jan Brink.", "Jan Brink", ["Außenminister"], "", ""],
    ["In der Türkei sagte Außenminister Jan Brink das.", "Jan Brink", ["Außenminister"], "", ""]
  ];
  it.each(cases)("%s", (text, surface, roles, affiliation, cue) => {
    const m = mention(text, surface);
    expect(m, surface).toBeDefined();
    expect([m!.roles, m!.affiliation, m!.affiliationCue]).toEqual([roles, affiliation, cue]);
  });
});

describe("a feminine role noun after a given name is no surname", () => {
  const cases: [string, string[]][] = [
    // Markdown emphasis around the role ("Ida **Chefverhandlerin**") is gone in the plain text
    ["Für die Kammer ist Ida Chefverhandlerin.", ["Ida"]],
    ["Gestern sprach Ida Sprecherin mit ihr.", ["Ida"]],
    // a masculine role noun may be a surname, a compound too
    ["Gestern sprach Karl Richter mit ihr.", ["Karl Richter"]],
    ["Gestern sprach Maria König mit ihr.", ["Maria König"]],
    ["Gestern sprach Rolf Hofmeister mit ihr.", ["Rolf Hofmeister"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(findMentions(text, [{start: 0, end: text.length}], personLexicon()).map((m) => m.surface)).toEqual(expected);
  });
});

describe("roleAround: a party's youth or sister organisation gives its party, with the organisation in brackets", () => {
  const cases: Case[] = [
    ["Juso-Landeschef Lukas Brandt kritisierte den Plan.", "Lukas Brandt", ["Juso-Landeschef"], "SPD (Jusos)", "Juso-"],
    ["Der Vorsitzende der Jungen Union, Felix Haase, lehnte ab.", "Felix Haase", ["Vorsitzender der Jungen Union"], "CDU/CSU (Junge Union)", "der Jungen Union"],
    ["Grüne-Jugend-Sprecherin Mara Ilgner lehnte ab.", "Mara Ilgner", ["Grüne-Jugend-Sprecherin"], "Grüne (Grüne Jugend)", "Grüne-Jugend-"],
    ["JU-Chef Felix Haase lehnte ab.", "Felix Haase", ["JU-Chef"], "CDU/CSU (Junge Union)", "JU-"],
    ["Die Vorsitzende der Jungen Liberalen, Mara Ilgner, lehnte ab.", "Mara Ilgner", ["Vorsitzende der Jungen Liberalen"], "FDP (Junge Liberale)", "der Jungen Liberalen"],
    ["Linksjugend-Sprecher Timo Brandl lehnte ab.", "Timo Brandl", ["Linksjugend-Sprecher"], "Linke (Linksjugend)", "Linksjugend-"],
    // the party itself, another organisation, a word of youth that names no organisation: unchanged
    ["SPD-Chef Lukas Brandt lehnte ab.", "Lukas Brandt", ["SPD-Chef"], "SPD", "SPD-"],
    ["Der Sprecher der Sozialen Liste, Lukas Brandt, lehnte ab.", "Lukas Brandt", ["Sprecher der Sozialen Liste"], "Soziale Liste", "der Sozialen Liste"],
    ["Der Jugend-Sprecher Lukas Brandt lehnte ab.", "Lukas Brandt", ["Jugend-Sprecher"], "", ""],
    ["Der Vorsitzende der Union, Felix Haase, lehnte ab.", "Felix Haase", ["Vorsitzender der Union"], "", ""]
  ];
  it.each(cases)("%s", (text, surface, roles, affiliation, cue) => {
    const m = mention(text, surface);
    expect([m!.roles, m!.affiliation, m!.affiliationCue]).toEqual([roles, affiliation, cue]);
  });
});
