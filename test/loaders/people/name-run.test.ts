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

describe("a lone given name takes its epithet with the article (epithetAt)", () => {
  const cases: [string, [string, string][]][] = [
    // a listed adjective's form in -e, or a listed epithet noun
    ["Damals herrschte Konrad der Große über das Tal.", [["Konrad der Große", "given-name"]]],
    ["Erik der Rote segelte nach Westen.", [["Erik der Rote", "given-name"]]],
    ["Johanna die Wahnsinnige lebte lange in der Burg.", [["Johanna die Wahnsinnige", "given-name"]]],
    ["Heinrich der Löwe gründete eine Stadt am Fluss.", [["Heinrich der Löwe", "given-name"]]],
    // a dative noun after the name is no epithet
    ["Danach sagte Anna der Presse nichts mehr.", [["Anna", "given-name"]]],
    ["Später schrieb Maria der Kleinen einen Brief.", [["Maria", "given-name"]]],
    ["Dann gab Peter der Kasse das Geld.", [["Peter", "given-name"]]],
    // an epithet noun before a capitalised word opens a firm's name in the dative
    ["Später dankte Peter der Bayer AG für die Hilfe.", [["Peter", "given-name"]]],
    // an epithet adjective before a capitalised word opens a role's or body's name in the dative
    ["Nach dem Rennen gratulierte Jonas der Erste Vorsitzende des Vereins.", [["Jonas", "given-name"]]],
    ["Am Abend widersprach Tobias der Große Rat sofort.", [["Tobias", "given-name"]]],
    ["Im Herbst spendete Clara der Rote Hilfe einen Betrag.", [["Clara", "given-name"]]],
    // an epithet adjective before a lowercase word stays the epithet
    ["Damals regierte Otto der Erste das ganze Land.", [["Otto der Erste", "given-name"]]],
    ["Später starb Ludwig der Zweite am See.", [["Ludwig der Zweite", "given-name"]]]
  ];
  it.each(cases)("%s", (text, expected) => expect(found(text)).toEqual(expected));
});
