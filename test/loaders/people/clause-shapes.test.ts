import {describe, expect, it} from "vitest";
import {passiveAround, yearAt} from "../../../loaders/people/clause-shapes.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** Index of the first token with this text. */
function at(text: string, word: string): {tokens: ReturnType<typeof tokenize>; i: number} {
  const tokens = tokenize(text, 0, text.length);
  return {tokens, i: tokens.findIndex((t) => t.text === word)};
}

describe("yearAt", () => {
  // text, word after which the year is looked for, expected
  const cases: [string, string, boolean][] = [
    ["Damals wurde Bolleck 1993 Bürgermeister.", "Bolleck", true],
    ["Damals wurde Bolleck 2004 Bürgermeister.", "Bolleck", true],
    ["Damals wurde Bolleck 30 Jahre alt.", "Bolleck", false],
    ["Damals zahlte Bolleck 12345 Euro.", "Bolleck", false],
    ["Damals zahlte Bolleck 3000 Euro.", "Bolleck", false]
  ];
  it.each(cases)("%s (%s) → %s", (text, word, expected) => {
    const {tokens, i} = at(text, word);
    expect(yearAt(tokens, i + 1)).toBe(expected);
  });
});

describe("passiveAround", () => {
  // text, agent after "von", expected
  const cases: [string, string, boolean][] = [
    ["Diese Ansicht wird von Hickerton geteilt.", "Hickerton", true],
    ["Der Mann, der von Halbings betrogen wurde, klagte.", "Halbings", true],
    ["Sie hat das Buch von Hickerton gelesen.", "Hickerton", false],
    ["Es wurde gebaut, als von Hickerton berichtet.", "Hickerton", false]
  ];
  it.each(cases)("%s (%s) → %s", (text, word, expected) => {
    const {tokens, i} = at(text, word);
    expect(passiveAround(tokens, i)).toBe(expected);
  });
});
