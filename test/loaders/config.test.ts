import {describe, expect, test} from "vitest";
import {parseConfig, parseYaml} from "../../loaders/config.js";

describe("parseYaml errors name the data file, the line and what to do", () => {
  test.each([
    [
      "an unquoted *pattern is an alias",
      "- id: handel\n  terms:\n    - Zoll\n    - *zoll\n",
      'data/topics.yaml: not valid YAML (line 4, at "    - *zoll"): Unresolved alias (the anchor must be set before the alias): zoll; a value that starts with * is read as a YAML alias: put it in quotes, "*zoll"'
    ],
    [
      "an alias in a flow list",
      "- id: handel\n  terms: [Zoll, *abgabe*]\n",
      'data/topics.yaml: not valid YAML (line 2, at "  terms: [Zoll, *abgabe*]"): Unresolved alias (the anchor must be set before the alias): abgabe*; a value that starts with * is read as a YAML alias: put it in quotes, "*abgabe*"'
    ],
    [
      "an unclosed bracket",
      "- id: handel\n  terms: [Zoll, Abgabe\n- id: klima\n",
      /^data\/topics\.yaml: not valid YAML \(line 2, at " {2}terms: \[Zoll, Abgabe"; noticed at line 3, column \d+\): /
    ]
  ])("%s", (_, text, expected) => {
    let message = "";
    try {
      parseYaml(text, "data/topics.yaml");
    } catch (error) {
      message = (error as Error).message;
    }
    if (typeof expected === "string") expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  test("a quoted *pattern parses", () => {
    expect(parseYaml('- id: handel\n  terms: ["*zoll"]\n', "data/topics.yaml")).toEqual([{id: "handel", terms: ["*zoll"]}]);
  });
});

describe("parseConfig names the file in the data folder the user gave", () => {
  test.each<[string, Record<string, string>, string]>([
    ["bad YAML", {"topics.yaml": "- id: handel\n  terms: [Zoll, *abgabe*]\n"}, "/home/anna/koalition/data/topics.yaml: not valid YAML"],
    ["an unknown key in the register", {"people.yaml": "- {id: a, name: A, rolle: [{role: X}]}\n"}, "/home/anna/koalition/data/people.yaml: entry 1 (a): unknown key rolle"],
    ["an unknown key in an outlet", {"outlets.yaml": "- {outlet: Bote, patterns: [Bote], muster: [x]}\n"}, "/home/anna/koalition/data/outlets.yaml: entry 1 (Bote): unknown key muster"],
    ["an unknown key in a framing variant", {"framing.yaml": "- {id: c, label: C, variants: [{term: T, pattern: [t]}]}\n"}, "/home/anna/koalition/data/framing.yaml: concept c: variant T: unknown key pattern"]
  ])("%s", (_, files, expected) => {
    expect(() => parseConfig(files, parseYaml, "/home/anna/koalition/data/")).toThrow(expected);
  });
});
