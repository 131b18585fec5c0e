import {describe, expect, it} from "vitest";
import {combineTables} from "../../../loaders/pipeline.js";
import {framingStep} from "../../../loaders/topics/framing.js";
import {configWith, runTopics} from "./helpers.js";

const TOPICS = "- {id: war, label: Krieg, terms: [Krieg, Konflikt, Invasion]}";
const FRAMING = `
- id: the-war
  label: der Krieg
  topic: war
  exclude: [Weltkrieg]
  variants:
    - Krieg
    - Konflikt
    - term: militärischer Konflikt
      patterns: [militärisch* Konflikt]
    - Invasion
- id: leader
  label: Russlands Staatschef
  variants:
    - Putin
    - term: Kreml-Herr
      patterns: [Kreml-Herr*, Kremlherr*]
    - term: Kremlchef
      patterns: [Kremlchef, Kreml-Chef]
`;
const config = configWith(TOPICS, FRAMING);

/** term → count for one text, per concept label. */
function framing(text: string): Record<string, number> {
  const rows = runTopics(text, config).framing;
  return Object.fromEntries(rows.map((r) => [`${r.concept}/${r.term}`, r.count]));
}

describe("framing terms", () => {
  const cases: [text: string, expected: Record<string, number>][] = [
    ["Die Ursachen des Ukraine-Konfliktes und der Konflikt selbst.", {"der Krieg/Konflikt": 2}],
    ["Ein Ende des militärischen Konfliktes ist nah.", {"der Krieg/militärischer Konflikt": 1}],
    ["Die Invasion begann, der Krieg dauert.", {"der Krieg/Invasion": 1, "der Krieg/Krieg": 1}],
    ["Der Kreml-Herr und der Kremlchef, Putin.", {"Russlands Staatschef/Kreml-Herr": 1, "Russlands Staatschef/Kremlchef": 1, "Russlands Staatschef/Putin": 1}],
    ["Der Krieg dauert, wie im Weltkrieg.", {"der Krieg/Krieg": 1}],
    // a concept without a topic counts in any article
    ["Putin sprach über Wirtschaft.", {"Russlands Staatschef/Putin": 1}]
  ];
  it.each(cases)("%s", (text, expected) => expect(framing(text)).toEqual(expected));

  it("does not count a concept when the article misses its topic", () => {
    const noWar = configWith("- {id: war, label: Krieg, terms: [Invasion]}", FRAMING);
    expect(runTopics("Der Konflikt um Zölle.", noWar).framing).toEqual([]);
  });

  it("merges articles by source, keeping ids and evidence", () => {
    const a = runTopics("Der Krieg dauert. Der Krieg!", config, "Blatt A", "a.txt");
    const b = runTopics("Der Krieg.", config, "Blatt A", "b.txt");
    const c = runTopics("Der Konflikt.", config, "Blatt B", "c.txt");
    const rows = combineTables([a, b, c], [], config, [framingStep]).framing;
    expect(rows.map((r) => [r.source, r.term, r.count, r.article_ids.split(" ").length, r.evidence.split(" ").length, r.rule])).toEqual([
      ["Blatt A", "Krieg", 3, 2, 3, "framing.the-war"],
      ["Blatt B", "Konflikt", 1, 1, 1, "framing.the-war"]
    ]);
  });
});
