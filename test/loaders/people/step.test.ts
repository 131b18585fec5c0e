import {describe, expect, it, test} from "vitest";
import {type Config, parseConfig} from "../../../loaders/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {affiliationName, peopleStep} from "../../../loaders/people/step.js";
import {combineTables, extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import type {RegisterPerson} from "../../../loaders/people/register.js";
import type {QuoteRow} from "../../../loaders/types.js";

const config: Config = {...parseConfig({}), people: []};
const texts: [string, string][] = [
  ["a.txt", "Der Kreml-Sprecher Dmitri Peskow sagte, das Gespräch sei gut gewesen. Peskow fügte hinzu, man sei bereit."],
  ["b.txt", "Laut dem russischen Präsidentensprecher Dmitry Peskov war das Gespräch lang. Peskov nannte keine Details."],
  ["c.txt", "Der frühere Präsident Joe Biden schwieg. Sein Sohn Hunter Biden auch."]
];

function run() {
  const perArticle = texts.map(([file, text]) => {
    const tables = extractArticle(prepareArticle({file, text, given: {outlet: file.toUpperCase()}}, config), config, [peopleExtractor]);
    // a quote whose speaker the quotes extractor took from a mention (provisional id)
    const speaker = tables.mentions[0];
    const quote: QuoteRow = {quote_id: `${file}:q1`, article_id: speaker.article_id, start: 0, end: 1, text: "x", type: "indirect", speaker_id: speaker.person_id, speaker: speaker.surface, speaker_start: speaker.start, speaker_end: speaker.end, cue: "", cue_start: null, cue_end: null, rule: "test", sentence: ""};
    tables.quotes = [quote];
    return tables;
  });
  return combineTables(perArticle, [], config, [peopleStep]);
}

describe("people corpus step", () => {
  const tables = run();
  it("merges spellings across articles and rewrites mention ids", () => {
    const peskov = tables.mentions.filter((m) => /Pesk/.test(m.surface));
    expect(new Set(peskov.map((m) => m.person_id))).toEqual(new Set(["dmitri-peskow"]));
  });
  it("rewrites quote speakers to the final id and canonical name", () => {
    expect(tables.quotes.map((q) => [q.speaker_id, q.speaker])).toEqual([
      ["dmitri-peskow", "Dmitri Peskow"], ["dmitri-peskow", "Dmitri Peskow"], ["joe-biden", "Joe Biden"]
    ]);
  });
  it("builds people rows with aliases, roles, affiliation with its cue, sources and evidence", () => {
    const row = tables.people.find((p) => p.person_id === "dmitri-peskow")!;
    expect(row.aliases.split(" | ").sort()).toEqual(["Dmitri Peskow", "Dmitry Peskov", "Peskov", "Peskow"]);
    expect(row.roles).toBe("Kreml-Sprecher | Präsidentensprecher");
    expect(row.affiliation).toBe("Russland (Kreml) (from “Kreml-”)");
    expect(row.sources).toBe("A.TXT | B.TXT");
    expect(row.mentions).toBe(4);
    expect(row.evidence).toBe("Peskow ~ Peskov: transliteration peskov; given name Dmitri ~ Dmitry: variants of dmitri");
  });
  it("keeps different people with one surname apart", () => {
    expect(tables.people.filter((p) => /Biden/.test(p.name)).map((p) => p.name).sort()).toEqual(["Hunter Biden", "Joe Biden"]);
  });
});

describe("people corpus step: negotiators of a side and mediators between the sides", () => {
  const register: RegisterPerson[] = [{id: "ines-wacholder", name: "Ines Wacholder", aliases: ["Wacholder"], roles: [{role: "Schlichterin", from: "", to: ""}], affiliation: "", wikidata: ""}];
  // [case, article texts, expected [name, negotiator, mediator] of the people the articles name]
  const cases: [string, string[], [string, boolean, boolean][]][] = [
    ["a party's role", ["Die Verhandlungsführerin Lea Sommer lehnte ab."], [["Lea Sommer", true, false]]],
    ["a mediator's role", ["Der Schlichter Peter Hahnfeld legte einen Vorschlag vor."], [["Peter Hahnfeld", false, true]]],
    ["the talks a name heads are mediation", ["Die Schlichtung unter Leitung von Peter Hahnfeld begann am Montag."], [["Peter Hahnfeld", false, true]]],
    ["as many mediator mentions as party ones make a mediator",
      ["Der Schlichter Peter Hahnfeld legte einen Vorschlag vor.", "Für die Stadt verhandelt Peter Hahnfeld."], [["Peter Hahnfeld", false, true]]],
    ["more party mentions make a negotiator",
      ["Der Vermittler Peter Hahnfeld reiste ab.", "Für die Stadt verhandelt Peter Hahnfeld.", "Peter Hahnfeld leitet die Delegation."], [["Peter Hahnfeld", true, false]]],
    ["a mediator's register role", ["Ines Wacholder und Lea Sommer führen die Gespräche."], [["Ines Wacholder", false, true], ["Lea Sommer", true, false]]],
    ["no talks", ["Lea Sommer besuchte das Museum."], [["Lea Sommer", false, false]]]
  ];
  it.each(cases)("%s", (_, texts, expected) => {
    const withRegister: Config = {...config, people: register};
    const perArticle = texts.map((text, i) => extractArticle(prepareArticle({file: `${i}.txt`, text, given: {outlet: `O${i}`}}, withRegister), withRegister, [peopleExtractor]));
    const {people} = combineTables(perArticle, [], withRegister, [peopleStep]);
    expect(people.map((p) => [p.name, p.negotiator, p.mediator]).sort()).toEqual(expected);
  });
});

describe("affiliationName", () => {
  test.each<[string, string]>([
    ["USA (from “US-”)", "USA"],
    ["USA (from “US-amerikanischen”)", "USA"],
    ["Russland", "Russland"],
    ["", ""],
    ["Partei (from Wahl)", "Partei (from Wahl)"]
  ])("%s → %s", (value, expected) => {
    expect(affiliationName(value)).toBe(expected);
  });
});

describe("register roles in people.csv", () => {
  const register = parseConfig({}).people;
  const withRoles: Config = {
    ...parseConfig({}),
    people: [
      ...register,
      {id: "marc-fogel", name: "Marc Fogel", aliases: ["Fogel"], roles: [{role: "Lehrer", from: "2012", to: ""}, {role: "Schüler", from: "1975", to: "1980"}], affiliation: "USA", wikidata: ""},
      {id: "anna-berg", name: "Anna Berg", aliases: [], roles: [{role: "Richterin", from: "", to: ""}], affiliation: "", wikidata: ""}
    ]
  };
  const cases: [string, string, string, string, string][] = [
    // text, published, person, roles, evidence
    ["Der Amerikaner Marc Fogel kam frei. Fogel dankte.", "2025-02-12", "marc-fogel", "Lehrer", "register; role from register: Lehrer"],
    ["Der Amerikaner Marc Fogel kam frei.", "1978-05-01", "marc-fogel", "Schüler", "register; role from register: Schüler"],
    // no date: the roles still held
    ["Der Amerikaner Marc Fogel kam frei.", "", "marc-fogel", "Lehrer", "register; role from register: Lehrer"],
    ["Die Vorsitzende Anna Berg sagte nichts.", "2020-01-01", "anna-berg", "Richterin | Vorsitzende", "register; role from register: Richterin"]
  ];
  test.each(cases)("%s (%s) → %s: %s", (text, published, id, roles, evidence) => {
    const tables = extractArticle(prepareArticle({file: "r.txt", text, given: {published}}, withRoles), withRoles, [peopleExtractor]);
    const {people} = combineTables([tables], [], withRoles, [peopleStep]);
    const row = people.find((p) => p.person_id === id)!;
    expect(row.roles).toBe(roles);
    expect(row.evidence).toBe(evidence);
  });
});
