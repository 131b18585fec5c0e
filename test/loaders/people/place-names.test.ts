import {describe, expect, test} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {placeNamesIn} from "../../../loaders/people/place-names.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** [text, words it gives as a place's or firm's name] — made-up sentences. */
describe("placeNamesIn", () => {
  test.each<[string, string[]]>([
    ["Die Stadt Lindenau will zwei Schulen bauen.", ["lindenau"]],
    ["Der Landkreis Wettau und die Gemeinde Ostbach streiten.", ["wettau", "ostbach"]],
    ["Die Firma Brandt stellt Pumpen her.", ["brandt"]],
    ["In der Stadt wohnen Familien.", []],
    ["Der Bürgermeister Karl Roth sprach.", []]
  ])("%s", (text, names) => {
    expect([...placeNamesIn([tokenize(text)])]).toEqual(names);
  });
});

/** [article, person mentions found] — articles written for the test, one span per sentence as the body gives them. */
describe("a name the text gives a place is no person", () => {
  const mentionsIn = (sentences: string[]) => {
    const text = sentences.join(" ");
    let at = 0;
    const spans = sentences.map((s) => ({start: (at = text.indexOf(s, at)), end: at + s.length}));
    return findMentions(text, spans, personLexicon()).map((m) => m.surface);
  };
  test.each<[string[], string[]]>([
    [["Die Stadt Lindenau will bis 2027 zwei Schulen bauen.", "Lindenau soll dafür Geld vom Land bekommen."], []],
    [["Die Gemeinde Ostbach muss sparen.", "Ostbach hat kein Geld für das Bad."], []],
    // without the place noun, word order still makes a name
    [["Lindenau soll dafür Geld vom Land bekommen."], ["Lindenau"]],
    // a person cue (a speech verb, a given name) still names a person
    [["Die Stadt Lindenau plant neu.", "„Das reicht“, sagte Lindenau."], ["Lindenau"]],
    [["Die Firma Brandt baut Pumpen.", "Anna Brandt hat die Firma gegründet."], ["Anna Brandt"]],
    // a lone given name the text gives to a place is the place's name in every sentence
    [["Sie flogen in die Hauptstadt Karin.", "Karin hat drei Millionen Einwohner."], []],
    [["Sie flogen in die Hauptstadt Karin.", "Dort traf sie Karin Roth."], ["Karin Roth"]],
    // a prison, camp, base or hospital names its place too
    [["Die Häftlinge kamen aus dem Gefängnis Tamar frei."], []],
    [["Die Sirenen hörte man im Flüchtlingslager Tamar."], []],
    // a bare "Lager" is a political camp too: the name after it stays a person
    [["Im Lager Brandt herrscht Frust.", "Brandt schweigt."], ["Brandt", "Brandt"]],
    [["Die Häftlinge kamen aus dem Gefängnis Tamar frei.", "Dort wartete Tamar Gilad auf sie."], ["Tamar Gilad"]]
  ])("%s", (sentences, expected) => {
    expect(mentionsIn(sentences)).toEqual(expected);
  });
});
