import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "../../people/helpers.js";

describe("rule pronoun-object+subject", () => {
  // made-up sentence, mentions and rules found
  const cases: [string, [string, string][]][] = [
    // after a finite verb and an object pronoun
    ["Gestern sagte ihm Kowalczak die Wahrheit.", [["Kowalczak", "pronoun-object+subject"]]],
    ["Dann teilte ihm Kowalczak mit, dass er geht.", [["Kowalczak", "pronoun-object+subject"]]],
    // "ihr" is a possessive as well: an unknown word after it is the subject, a noun is not
    ["Dann sagte ihr Brandlechner die Wahrheit.", [["Brandlechner", "pronoun-object+subject"]]],
    ["Dann sagte ihr Anwalt die Wahrheit.", []],
    ["Er traf ihr Pferd.", []],
    // after a conjunction or a relative pronoun after a comma
    ["Das sieht man, wie es Hallmann empfindet.", [["Hallmann", "pronoun-object+subject"]]],
    ["Das ist der Wagen, den sich Oberlechner kaufte.", [["Oberlechner", "pronoun-object+subject"]]],
    // not a dictionary noun, nor the object of "es gibt", nor a cut compound
    ["Man weiß, dass es Streit gab.", []],
    ["Damals gab es Brandlechner nicht.", []],
    ["Damals gab es Straßen- und Schienenwege.", []],
    // a closing "geben": "es gibt", the word its object
    ["Für die Messe soll es Snowboarder geben.", []],
    ["Er meint, dass es Blogger im Saal gebe.", []]
  ];
  it.each(cases)("%s", (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
