import {describe, expect, it} from "vitest";
import {parsePeople} from "../../../loaders/config.js";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {articleSpellings, type RegisterPerson} from "../../../loaders/people/register.js";

describe("data/people.yaml", () => {
  it("parses people with dated roles", () => {
    const [p] = parsePeople("- id: a\n  name: Anna Berg\n  aliases: [Berg]\n  roles:\n    - {role: Ministerin, from: 2021-12-08, to: 2025-05}\n  affiliation: DE\n  wikidata: Q1\n");
    expect(p).toEqual({id: "a", name: "Anna Berg", aliases: ["Berg"], roles: [{role: "Ministerin", from: "2021-12-08", to: "2025-05"}], affiliation: "DE", wikidata: "Q1"});
  });
  const bad: [string, RegExp][] = [
    ["id: a", /data\/people.yaml: expected a list/],
    ["- name: Anna Berg", /entry 1: needs id and name/],
    ["- {id: a, name: A}\n- {id: a, name: B}", /entry 2 \(a\): duplicate id a/],
    ["- {id: a, name: A, roles: [{role: X, from: gestern}]}", /entry 1 \(a\): bad date gestern/],
    ["- {id: a, name: A, wikidata: 123}", /entry 1 \(a\): bad wikidata id 123/],
    ["- {id: a, name: A, aliases: B}", /entry 1 \(a\): aliases must be a list/],
    // a misspelt key is named, never dropped with what it held
    ["- {id: a, name: A, rolle: [{role: X}]}", /entry 1 \(a\): unknown key rolle \(expected id, name, aliases, roles, affiliation, wikidata\)/],
    ["- {id: a, name: A, roles: [{role: X, seit: 2020}]}", /entry 1 \(a\): role 1: unknown key seit \(expected role, from, to\)/]
  ];
  it.each(bad)("rejects %j", (text, message) => expect(() => parsePeople(text)).toThrow(message));
});

describe("register names in both spellings of the Arabic article (articleSpellings, registerSurname, nameGoesBefore)", () => {
  const spellings: [string[], string[]][] = [
    [["faisal", "bin", "karim", "al", "nadri"], ["faisal bin karim al nadri", "faisal bin karim al-nadri"]],
    [["al-nadri"], ["al-nadri", "al nadri"]],
    [["lea", "sommer"], ["lea sommer"]]
  ];
  it.each(spellings)("%j", (tokens, expected) => expect(articleSpellings(tokens).map((t) => t.join(" "))).toEqual(expected));

  const register: RegisterPerson[] = [
    {id: "faisal", name: "Faisal bin Karim Al Nadri", aliases: ["Faisal"], roles: [], affiliation: "", wikidata: ""},
    {id: "rami", name: "Rami bin Saleh Al Nadri", aliases: ["Al Nadri", "al-Nadri"], roles: [], affiliation: "", wikidata: ""}
  ];
  const ids = (text: string) => findMentions(text, [{start: 0, end: text.length}], personLexicon(register)).map((m) => [m.surface, m.registerId]);
  const cases: [string, string[][]][] = [
    // the hyphen the register leaves out
    ["Am Abend sprach Faisal bin Karim Al-Nadri in der Hauptstadt.", [["Faisal bin Karim Al-Nadri", "faisal"]]],
    // the family name alone: the one person whose register lists it alone
    ["Später sagte al-Nadri, man sei bereit.", [["al-Nadri", "rami"]]],
    // a register form inside a longer name of another family member is not read alone
    ["Dann sprach Samir bin Karim Al Nadri in der Hauptstadt.", [["Samir bin Karim Al Nadri", ""]]]
  ];
  it.each(cases)("%s", (text, expected) => expect(ids(text)).toEqual(expected));
});
