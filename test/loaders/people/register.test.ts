import {describe, expect, it} from "vitest";
import {parsePeople} from "../../../loaders/config.js";

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
