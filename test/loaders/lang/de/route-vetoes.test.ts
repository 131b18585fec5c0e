import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../../loaders/people/lexicon.js";
import {findMentions, type VetoedMention} from "../../../../loaders/people/mentions.js";

function run(text: string): {found: string[]; vetoed: [string, string][]} {
  const vetoed: VetoedMention[] = [];
  const found = findMentions(text, [{start: 0, end: text.length}], personLexicon([]), [], vetoed).map((m) => m.surface);
  return {found, vetoed: vetoed.map((v) => [v.surface, v.veto])};
}

describe("route-end (route-vetoes.ts)", () => {
  const cases: [string, string[], [string, string][]][] = [
    ["Der Bus fährt täglich von Carolina nach Chicago.", [], [["Carolina", "route-end"]]],
    ["Die Route führt von Paris bis Florence und zurück.", [], [["Florence", "route-end"]]],
    // a person at a route's start whose other end is no place of the lexicon, or a person with a cue, stays
    ["Der Brief kam von Anna aus Wien.", ["Anna"], []],
    ["Maria fuhr von Berlin nach Hause.", ["Maria"], []]
  ];
  for (const [text, found, vetoed] of cases) it(text, () => expect(run(text)).toEqual({found, vetoed}));
});
