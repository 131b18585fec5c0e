import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../../../loaders/people/lexicon.js";
import {findMentions} from "../../../../../loaders/people/mentions.js";

function found(text: string): [string, string][] {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon()).map((m) => [m.surface, m.rule]);
}

describe("rule name+als-role", () => {
  // made-up sentence, mentions and rules found
  const cases: [string, [string, string][]][] = [
    ["Im Stück spielen Lindqvist als Arzt und Oberwinkl als junger Anwalt mit.", [["Lindqvist", "name+als-role"], ["Oberwinkl", "name+als-role"]]],
    ["Sie holten Tarrasch als neuen Trainer.", [["Tarrasch", "name+als-role"]]],
    // a place after a preposition, a noun, no role after "als"
    ["Viele kamen aus Tarvisio als Gastarbeiter.", []],
    ["Sie sahen Gold als sichere Anlage.", []],
    ["Sie holten Tarrasch als Ersatz.", []]
  ];
  it.each(cases)("%s", (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
