import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";

function found(text: string): [string, string][] {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon()).map((m) => [m.surface, m.rule]);
}

describe("a relative clause with der/die describes a lone name", () => {
  const cases: [string, [string, string][]][] = [
    ["Im Ziel lag Tessaro zwei Sekunden hinter Kolbeck, der zuletzt stark gefahren war.", [["Tessaro", "verb+subject-listed"], ["Kolbeck", "name+relative"]]],
    ["Das Urteil gegen Kerlow, die seit Jahren im Ausland lebt, wurde aufgehoben.", [["Kerlow", "name+relative"]]],
    ["Bald vertraute man Ostmeier, der im Ausschuss saß.", [["Ostmeier", "name+relative"]]],
    // an apposition with a noun is no relative clause; a neuter pronoun names a place or thing, and so may "dessen"
    ["Er wechselte zu Korvix, dessen neue Version bald erscheint.", []],
    ["Gäste kamen aus Brelowa, die Hauptstadt der Provinz.", []],
    ["Gäste kamen aus Brelowa, das im Norden liegt.", []],
    // after an attribute or quantifier the word is a noun the dictionary lacks
    ["Sie war ein gefeierter Showmaster, der oft ausgezeichnet wurde.", []],
    ["Es gibt immer weniger Fischfang, der Nahrung bietet.", []],
    // the clause must end on a finite verb
    ["Das Buch widmete er Karstner, der Freundin aus Kindertagen.", []],
    ["Diejenige, die am Wort ist, beginnt.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
