import {describe, expect, test} from "vitest";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {topicsExtractor} from "../../../loaders/topics/extractor.js";
import {personTerms} from "../../../loaders/topics/personTerms.js";
import type {MentionRow} from "../../../loaders/types.js";
import {dataConfig} from "./helpers.js";

const mention = (start: number, surface: string, person_id: string, given: string, surname: string): MentionRow => ({
  article_id: "a", person_id, start, end: start + surface.length, surface, role: "", given, surname, affiliation: "", affiliation_cue: "", negotiator: "", mediator: "", rule: "r"
});
const REGISTER = [{id: "lea-sommer", name: "Lea Sommer-Hahn", aliases: [], roles: [], affiliation: "", wikidata: ""}];

describe("personTerms: a person named is one key term", () => {
  // [what, mention, term, stem]
  const cases: [string, MentionRow, string, string][] = [
    ["a full name", mention(0, "Jonas Brandt", "~Jonas|Brandt", "Jonas", "Brandt"), "Jonas Brandt", "jonas brandt"],
    ["a surname alone, the given name from the article's full name", mention(0, "Brandt", "~Jonas|Brandt", "Jonas", "Brandt"), "Jonas Brandt", "jonas brandt"],
    ["a register person: the register's name and id", mention(0, "Sommer", "lea-sommer", "Lea", "Sommer"), "Lea Sommer-Hahn", "lea-sommer"],
    ["a given name alone", mention(0, "Mira", "~Mira|", "Mira", ""), "Mira", "mira"],
    ["neither known: the surface", mention(0, "Der Alte", "~x", "", ""), "Der Alte", "der alte"]
  ];
  test.each(cases)("%s", (_, m, term, stem) => {
    expect(personTerms([m], REGISTER)).toEqual([{start: m.start, end: m.end, term, stem}]);
  });
});

describe("the topics extractor counts a person as one term, not the words of the name", () => {
  const counts = (text: string) => {
    const article = prepareArticle({file: "k.txt", text, given: {outlet: "Blatt"}}, dataConfig);
    return Object.fromEntries(extractArticle(article, dataConfig, [peopleExtractor, topicsExtractor]).keyterms.map((r) => [r.term, r.count]));
  };
  test.each<[string, Record<string, number>, string[]]>([
    ["Die Bürgermeisterin Helga Thorwald eröffnete die Brücke. Thorwald lobte die Brücke.", {"Helga Thorwald": 2, Brücke: 2}, ["Helga", "Thorwald"]],
    ["Der Bauer Jonas Brandt und der Bauer Jonas Kellermann stritten.", {"Jonas Brandt": 1, "Jonas Kellermann": 1, Bauer: 2}, ["Jonas", "Brandt", "Kellermann"]]
  ])("%s", (text, expected, absent) => {
    const found = counts(text);
    expect(found).toMatchObject(expected);
    for (const word of absent) expect(found[word]).toBeUndefined();
  });
});
