import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "./helpers.js";

describe("a person's other name after a pen-name noun, 'alias' or 'genannt' (alias-name)", () => {
  const cases: [string, [string, string][]][] = [
    // after a noun of a pen or stage name, maybe quoted; a noun after the name is the object
    ["Er schrieb unter dem Pseudonym Tarvik Wendholm Romane.", [["Tarvik Wendholm", "alias-name"]]],
    ["Sie trat unter dem Künstlernamen „Kalliope“ auf.", [["Kalliope", "alias-name"]]],
    ["Der Sänger Brunold alias Kalliope sang zuletzt.", [["Brunold", "role+name"], ["Kalliope", "alias-name"]]],
    // after a person's name and a comma: "genannt X" or "auch X genannt"
    ["Die Ministerin Helga Marlow, genannt Hella, kam spät.", [["Helga Marlow", "given-name+surname"], ["Hella", "alias-name"]]],
    ["Seine Tochter Gerlinda, auch Gerbruna genannt, heiratete 1100.", [["Gerlinda", "role+name"], ["Gerbruna", "alias-name"]]],
    // a thing's other name, a noun, and a name in quotation marks left open stay out
    ["Die Krankheit Melioxose, auch Pseudomalz genannt, ist selten.", []],
    ["Helga Marlow, genannt Chefin, kam spät.", [["Helga Marlow", "given-name+surname"]]],
    ["Er schrieb unter dem Pseudonym „Tarvik Wendholm viele Bücher.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
