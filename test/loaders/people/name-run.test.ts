import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "./helpers.js";

describe("a ruler's title that is a given name too is the title (rulerTitleAt)", () => {
  const cases: [string, [string, string][]][] = [
    // the title of an office: "Emir von …", a country's genitive before it, the title alone
    ["Der Emir von Sahrain empfing ihn.", []],
    ["Laut Sahrains Emir bleibt die Grenze offen.", []],
    ["Der Emir sprach von einem Erfolg.", []],
    // a title before a longer name: the name without it
    ["Emir Faisal bin Karim Al Nadri eröffnete die Messe.", [["Faisal bin Karim Al Nadri", "given+nasab+arabic-surname"]]],
    // a plain surname after it: the given name
    ["Emir Kovačević schoss zwei Tore.", [["Emir Kovačević", "given-name+surname"]]]
  ];
  it.each(cases)("%s", (text, expected) => expect(found(text)).toEqual(expected));
});
