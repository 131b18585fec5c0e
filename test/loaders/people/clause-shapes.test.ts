import {describe, expect, it} from "vitest";
import {passiveAgentAt, passiveAround, yearAt} from "../../../loaders/people/clause-shapes.js";
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

describe("passiveAgentAt", () => {
  // text, word after "von", expected
  const cases: [string, string, boolean][] = [
    ["Diese Ansicht wird von Hickerton geteilt.", "Hickerton", true],
    // a comparison with no auxiliary
    ["Das Gesetz kam, wie von Hickerton geplant, zustande.", "Hickerton", true],
    ["Das Gesetz kam, als von Hickerton geplant.", "Hickerton", false],
    // adverbs and a phrase between the agent and its participle
    ["Es wurde von Hickerton persönlich im Mai entworfen.", "Hickerton", true],
    ["Man weiß, dass es von Hickerton bereits 1920 gemalt wurde.", "Hickerton", true],
    // a way from a place, no participle in the clause, the clause ends first
    ["Die Waren werden von Hickerton aus verschickt.", "Hickerton", false],
    ["Der Zug wurde von Hickerton nach Welsen umgeleitet.", "Hickerton", false],
    ["Er kam von Hickerton zurück und wurde gefeiert.", "Hickerton", false],
    ["Er kam von Hickerton, dann wurde gefeiert.", "Hickerton", false],
    ["Er wurde nördlich von Hickerton auf der Straße überfallen.", "Hickerton", false],
    // a participle opening the sentence before its auxiliary
    ["Gezeichnet wurden von Hickerton viele Pläne.", "Hickerton", true],
    ["Unterstützt wird sie dabei von Hickerton.", "Hickerton", true],
    ["Sie werden von Hickerton sehr geschätzt.", "Hickerton", true],
    ["Oft werden von Hickerton viele Lieder gesungen.", "Hickerton", true]
  ];
  it.each(cases)("%s (%s) → %s", (text, word, expected) => {
    const {tokens, i} = at(text, word);
    expect(passiveAgentAt(tokens, i)).toBe(expected);
  });
});
