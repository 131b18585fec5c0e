import {describe, expect, test} from "vitest";
import {parseConfig} from "../../../loaders/config.js";
import {peopleExtractor} from "../../../loaders/people/extractor.js";
import {peopleStep} from "../../../loaders/people/step.js";
import {combineTables, extractArticle, prepareArticle} from "../../../loaders/pipeline.js";

const config = {...parseConfig({}), people: []};

/** "surface → provisional id" of the mentions of one article. */
function ids(text: string): string[] {
  const tables = extractArticle(prepareArticle({file: "a.txt", text, given: {}}, config), config, [peopleExtractor]);
  return tables.mentions.map((m) => `${m.surface} → ${m.person_id}`);
}

/** "name: aliases" of every person the people step makes of the texts, one article each. */
function people(...texts: string[]): string[] {
  const perArticle = texts.map((text, i) => extractArticle(prepareArticle({file: `a${i}.txt`, text, given: {}}, config), config, [peopleExtractor]));
  return combineTables(perArticle, [], config, [peopleStep]).people.map((p) => `${p.name}: ${p.aliases}`).sort();
}

describe("a given name after a possessive and a noun of kin: the family's member in the article", () => {
  test.each<[string, string, string[]]>([
    ["the article names her with the family name", "Jonas Weberling, dessen Tochter Lena seit Mai vermisst wird, bat um Hilfe. Lena Weberling ist 19.",
      ["Jonas Weberling → ~Jonas|Weberling", "Lena → ~Lena|Weberling", "Lena Weberling → ~Lena|Weberling"]],
    ["two full names of that given name: the family's one", "Lena Santos kam. Jonas Weberling, dessen Tochter Lena vermisst wird, bat um Hilfe. Lena Weberling ist 19.",
      ["Lena Santos → ~Lena|Santos", "Jonas Weberling → ~Jonas|Weberling", "Lena → ~Lena|Weberling", "Lena Weberling → ~Lena|Weberling"]],
    ["no full name in the article: the family name rides in the key", "Jonas Weberling, dessen Tochter Lena vermisst wird, bat um Hilfe.",
      ["Jonas Weberling → ~Jonas|Weberling", "Lena → ~Lena|~Weberling"]],
    ["a son with his father's given name is no family member by it", "Jonas Weberling, dessen Sohn Jonas vermisst wird, bat um Hilfe.",
      ["Jonas Weberling → ~Jonas|Weberling", "Jonas → ~Jonas|Weberling"]],
    ["no possessive: no family, the word stays as the rules read it", "Die Tochter Lena wird vermisst. Jonas Weberling bat um Hilfe.",
      ["Lena → ~|Lena", "Jonas Weberling → ~Jonas|Weberling"]]
  ])("%s", (_why, text, expected) => expect(ids(text)).toEqual(expected));
});

describe("a given name of kin joins the family's full name of the corpus, else stays a given name alone", () => {
  test.each<[string, string[], string[]]>([
    ["another article names her", ["Jonas Weberling, dessen Tochter Lena vermisst wird, bat um Hilfe.", "Lena Weberling kam am Sonntag frei."],
      ["Jonas Weberling: Jonas Weberling", "Lena Weberling: Lena | Lena Weberling"]],
    ["nobody names her so: no name is made up", ["Jonas Weberling, dessen Tochter Lena vermisst wird, bat um Hilfe.", "Die Polizei sucht weiter."],
      ["Jonas Weberling: Jonas Weberling", "Lena: Lena"]]
  ])("%s", (_why, texts, expected) => expect(people(...texts)).toEqual(expected));
});
