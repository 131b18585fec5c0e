import {describe, expect, test} from "vitest";
import {parseYaml} from "../../loaders/config.js";

/** Broken data/ files written for the test: [file, text, what the error must say]. */
describe("a broken data/ file is named with its line, column and a hint", () => {
  test.each<[string, string, RegExp]>([
    ["topics.yaml", "- id: handel\n  label: Handel\n  terms:\n    - Export\n    - *abgabe\n", /^data\/topics\.yaml: .*alias.*\(line 5, at " {4}- \*abgabe"\); a value that starts with \* must be quoted \("\*abgabe"\)$/],
    ["people.yaml", "- id: lea\n  name: [Lea Sommer\n  aliases: []\n", /^data\/people\.yaml: .*\(line 2, at "  name: \[Lea Sommer"; noticed at line \d+, column \d+\)$/],
    ["outlets.yaml", "- name: Abendpost\n   bad: indent\n", /^data\/outlets\.yaml: .*\(line \d+, column \d+, at "[^"]+"\)$/]
  ])("%s", (file, text, message) => {
    expect(() => parseYaml(text, file)).toThrow(message);
  });

  test("a quoted pattern that starts with * parses", () => {
    expect(parseYaml('- "*abgabe"\n', "topics.yaml")).toEqual(["*abgabe"]);
  });
});
