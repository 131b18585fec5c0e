import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "../../../people/helpers.js";

describe("rule name+relative-der", () => {
  // made-up sentence, mentions and rules found
  const cases: [string, [string, string][]][] = [
    ["Beim Wettlauf blieb sie knapp vor Halvorsen, der im Ziel stürzte.", [["Halvorsen", "name+relative-der"]]],
    ["Sie traf Oberwinkl, der am Montag zurückkam.", [["Oberwinkl", "name+relative-der"]]],
    // an apposition or a list item after "der", a place after "in", a noun after its attribute, a dictionary noun
    ["Sie traf Oberwinkl, der Hersteller von Uhren ist.", []],
    ["Er wohnte in Tarvisio, der seit Jahren wächst.", []],
    ["Sie war ein gefeierter Bühnenstar, der oft auftrat.", []],
    ["Sie kaufte einen Tisch, der wackelte.", []],
    // a participle as an attribute without a determiner
    ["Im Film spielt er als geläuterten Blogger, der alles teilt.", []],
    ["Dann kommt ein sehr erfahrener, ruhig agierender Snowboarder, der sicher fährt.", []]
  ];
  it.each(cases)("%s", (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("rule relative+subject", () => {
  // made-up sentence, mentions and rules found
  const cases: [string, [string, string][]][] = [
    ["Das Gerücht, das Brannow verbreitete, hielt sich lange.", [["Brannow", "relative+subject"]]],
    ["Der Verlag, den Ostrander gestern verkauft hat, schließt.", [["Ostrander", "relative+subject"]]],
    ["Der Chef, unter dem Brannow seinen ersten Auftritt erlebt hatte, ging in Rente.", [["Brannow", "relative+subject"]]],
    // an article, not a pronoun: the clause does not end on its finite verb, or no comma opens it
    ["Sie las die Zeitung, die Brannow am Tisch.", []],
    ["Er sah die Brannow-Werke gestern.", []],
    // a dictionary noun, a word of an adjective's or a place's shape
    ["Das Buch, das Wasser verdarb, war alt.", []],
    ["Die Regel, die Kontrollierbar machte, galt.", []],
    ["Das Werk, das Grünhausen prägte, ist alt.", []],
    // an institute or organisation of the lexicon (organisation-names.ts), a name in capitals: no person
    ["Die Zahlen stammen aus einer Umfrage, die Forsa veröffentlichte.", []],
    ["Es war ein Bericht, den Greenpeace vorlegte.", []],
    ["Es war ein Bericht, den DIW vorlegte.", []],
    ["Es war ein Bericht, den Brannow vorlegte.", [["Brannow", "relative+subject"]]]
  ];
  it.each(cases)("%s", (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
