import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "../../../people/helpers.js";

describe("rule relation+von+name", () => {
  // made-up sentence, mentions and rules found
  const cases: [string, [string, string][]][] = [
    ["Er heiratete die zweite Tochter von Haldor.", [["Haldor", "relation+von+name"]]],
    ["Sie war eine Schülerin von Brenneck und lebte in Graz.", [["Brenneck", "relation+von+name"]]],
    ["Im Saal hängen mehrere Ölgemälde von Ostrander.", [["Ostrander", "relation+von+name"]]],
    ["Das Stück lief unter der Regie von Kessner.", [["Kessner", "relation+von+name"]]],
    // a word in -s after "von" is no genitive
    ["Der jüngere Sohn von Thyros erbte das Land.", [["Thyros", "relation+von+name"]]],
    // a place by its shape, a common noun, a longer name, no such noun before "von"
    ["Ein Gemälde von Waltersdorf hängt im Rathaus.", []],
    ["Er schrieb Lieder von Liebe und Tod.", []],
    ["Die Zahlen kamen von Heckmer.", []]
  ];
  it.each(cases)("%s", (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
