import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "../../../people/helpers.js";

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
