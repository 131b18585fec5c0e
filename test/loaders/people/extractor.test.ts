import {describe, expect, test} from "vitest";
import {parseConfig} from "../../../loaders/config.js";
import {asSurname, peopleExtractor} from "../../../loaders/people/extractor.js";
import {peopleStep} from "../../../loaders/people/step.js";
import {combineTables, extractArticle, prepareArticle} from "../../../loaders/pipeline.js";

const config = {...parseConfig({}), people: []};

/** "surface → provisional id" of every mention of one article. */
function ids(text: string): string[] {
  const tables = extractArticle(prepareArticle({file: "a.txt", text, given: {}}, config), config, [peopleExtractor]);
  return tables.mentions.map((m) => `${m.surface} → ${m.person_id}`);
}

describe("people extractor: one person per name within an article", () => {
  test.each<[string, string, string[]]>([
    ["a bare surname takes the full name's key", "Die Ministerin Karla Mertens widersprach. Mertens sagte, das sei falsch.",
      ["Karla Mertens → ~Karla|Mertens", "Mertens → ~Karla|Mertens"]],
    ["a lone given name that is the article's surname is that person", "SPD-Chef Tobias Gabriel widersprach. Gabriel sagte, das sei falsch.",
      ["Tobias Gabriel → ~Tobias|Gabriel", "Gabriel → ~Tobias|Gabriel"]],
    ["a lone given name that is also a full name's given name is no surname: it is that person", "Der Trainer Michael Heinz lobte das Team. Heinz sagte, es sei stark. Michael lachte.",
      ["Michael Heinz → ~Michael|Heinz", "Heinz → ~Michael|Heinz", "Michael → ~Michael|Heinz"]],
    ["a lone given name, or its genitive, is the one person of the article with that first given name", "Das Kind von Noemi Kastell kam frei. Die Familie traf Noemi am Abend. Noemis Mutter Clara Kastell weinte.",
      ["Noemi Kastell → ~Noemi|Kastell", "Noemi → ~Noemi|Kastell", "Noemis → ~Noemi|Kastell", "Clara Kastell → ~Clara|Kastell"]],
    ["a given name with a regnal numeral is no short form of a full name", "Der Historiker Franz Brenner schrieb über Kaiser Franz I. ein Buch.",
      ["Franz Brenner → ~Franz|Brenner", "Franz I. → ~Franz|"]],
    ["two people of the article with that given name: the lone given name stays apart", "Lea Brandovic und Lea Vossen kamen. Lea lachte.",
      ["Lea Brandovic → ~Lea|Brandovic", "Lea Vossen → ~Lea|Vossen", "Lea → ~Lea|"]],
    ["a genitive in -s of the article's surname is that surname", "Das Urteil sei endgültig, sagte Yilmazs nach Schweden geflohene Schwester am Montag. Yilmaz hat das Urteil angefochten.",
      ["Yilmazs → ~|Yilmaz", "Yilmaz → ~|Yilmaz"]]
  ])("%s", (_why, text, expected) => {
    expect(ids(text).filter((m) => expected.some((e) => e.startsWith(m.split(" → ")[0] + " →")))).toEqual(expected);
  });
});

/** "name: aliases" of every person the people step makes of the texts, one article each. */
function people(...texts: string[]): string[] {
  const perArticle = texts.map((text, i) => extractArticle(prepareArticle({file: `a${i}.txt`, text, given: {}}, config), config, [peopleExtractor]));
  return combineTables(perArticle, [], config, [peopleStep]).people.map((p) => `${p.name}: ${p.aliases}`).sort();
}

describe("surnames with particles", () => {
  test.each<[string, string[], string[]]>([
    ["the particles stay in the name", ["Die Kommissarin Agnes van der Wijk sprach. Van der Wijk sagte, es reiche."], ["Agnes van der Wijk: Agnes van der Wijk | Wijk"]],
    ["a capitalised particle at a sentence start joins the full name", ["Der Abgeordnete Mario De Luca kritisierte das. De Luca sagte, es sei falsch."], ["Mario De Luca: Mario De Luca | Luca"]],
    ["across articles by the last word and the given name", ["Trainer Pieter van Dijk lobte das Team.", "Der Trainer Pieter van Dijk sagte, es sei gut."], ["Pieter van Dijk: Pieter van Dijk"]],
    ["a particle surname after a form of address", ["Dann kam Frau von Saltzen und sagte, sie sei müde."], ["von Saltzen: von Saltzen"]]
  ])("%s", (_why, texts, expected) => {
    expect(people(...texts)).toEqual(expected);
  });
});

describe("asSurname", () => {
  const names = {surnames: new Set(["badawi", "heinz", "gabriel", "lemmens", "masi"]), withParticles: new Set(["de masi"]), fullGiven: new Set(["michael"])};
  test.each<[string[], string, string]>([
    [[], "Badawis", "Badawi"],
    [[], "Badawi", "Badawi"],
    [[], "Lemmens", "Lemmens"],
    [["Gabriel"], "", "Gabriel"],
    [["Michael"], "", ""],
    [["Jana"], "", ""],
    [["Sigmar"], "Gabriel", ""],
    [["De"], "Masi", "De Masi"],
    [["Di"], "Masi", ""]
  ])("given %j, surname %s → %s", (given, surname, expected) => {
    expect(asSurname({given, surname}, names)).toBe(expected);
  });
});

/** "surface: affiliation / affiliation_cue" of the negotiators of one article. */
function sideRows(text: string): string[] {
  const tables = extractArticle(prepareArticle({file: "a.txt", text, given: {}}, config), config, [peopleExtractor]);
  return tables.mentions.filter((m) => m.negotiator).map((m) => `${m.surface}: ${m.affiliation} / ${m.affiliation_cue}`);
}

describe("a negotiator's side carries the rule it was read by in affiliation_cue", () => {
  test.each<[string, string[]]>([
    ["Für Norwegen verhandelt Lea Sommer.", ["Lea Sommer: Norwegen / side:for: Für Norwegen"]],
    ["Die norwegische Delegation wird von Lea Sommer geleitet.", ["Lea Sommer: Norwegen / side:delegation: norwegische Delegation"]],
    // the words around the name give the affiliation themselves: their cue, no side rule
    ["Der polnische Unterhändler Olaf Brink verhandelt für Norwegen.", ["Olaf Brink: Polen / polnische"]]
  ])("%s", (text, expected) => expect(sideRows(text)).toEqual(expected));
});

/** "surface: affiliation / affiliation_cue" of every mention with an affiliation. */
function affiliationRows(text: string): string[] {
  const tables = extractArticle(prepareArticle({file: "a.txt", text, given: {}}, config), config, [peopleExtractor]);
  return tables.mentions.filter((m) => m.affiliation).map((m) => `${m.surface}: ${m.affiliation} / ${m.affiliation_cue}`);
}

describe("an affiliation read from the article or an organisation's adjectives names its rule and words in affiliation_cue", () => {
  test.each<[string, string[]]>([
    ["Der Verein Grünfink Oberdorf klagt. Vereinschef Max Wendt ist zuversichtlich.", ["Max Wendt: Grünfink Oberdorf / affiliation:article-organisation: Vereinschef / Verein Grünfink Oberdorf"]],
    ["Der Präsident des Europäischen Imkerverbands, Pierre Malrou, warnte davor.", ["Pierre Malrou: Europäischer Imkerverband / affiliation:adjective-organisation: des Europäischen Imkerverbands"]],
    // a union named after the person's sentence is not read as the person's
    ["Gewerkschaftschef Tom Berger kündigte Streiks an. Auch die Gewerkschaft Erziehung und Wissenschaft unterstützt das.", []]
  ])("%s", (text, expected) => expect(affiliationRows(text)).toEqual(expected));
});
