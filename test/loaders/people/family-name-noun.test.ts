import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {familyNameNoun} from "../../../loaders/people/family-name-noun.js";
import {tokenize} from "../../../loaders/people/tokens.js";
import {mentionsWithRules as found} from "./helpers.js";

describe("a noun that is also a family name counts for the word-order cues (rule family-name-noun)", () => {
  const cases: [string, [string, string][]][] = [
    // after a finite verb, after an auxiliary, and as a genitive before a noun: a count noun would need an article
    ["Im Jahr 1998 wechselte Fischer zu einem Verein in Bremen.", [["Fischer", "verb+subject-weak+family-name-noun"]]],
    ["Danach hat Schneider die Leitung übernommen.", [["Schneider", "aux+subject+family-name-noun"]]],
    ["Kochs Firma meldete im Herbst Insolvenz an.", [["Kochs", "genitive+noun+family-name-noun"]]],
    // the list alone says which nouns are family names: no package list must hold them as well
    ["Im Jahr 1998 wechselte Jäger zu einem Verein in Bremen.", [["Jäger", "verb+subject-weak+family-name-noun"]]],
    ["Danach hat Glaser die Leitung übernommen.", [["Glaser", "aux+subject+family-name-noun"]]],
    // more nouns for a person by trade that are common family names
    ["Später übernahm Gärtner die Leitung der Schule.", [["Gärtner", "verb+subject-strong+family-name-noun"]]],
    ["Es war Reiters bestes Jahr im Verband.", [["Reiters", "genitive+noun+family-name-noun"]]],
    ["Im Mai wechselte Schlosser zu einem Verein in Bremen.", [["Schlosser", "verb+subject-weak+family-name-noun"]]],
    ["Der Winzer lobte den Jahrgang.", []],
    // a cue that takes a noun anyway keeps its own id
    ["Am Abend lobte der Trainer Fischer die Abwehr.", [["Fischer", "role+name"]]],
    // with its article it stays the noun
    ["Der Koch wurde für sein Menü gelobt.", []],
    ["Die Fischer fuhren am Morgen hinaus.", []],
    // a bare subject after a conjunction and the subject of a copula may be a mass or plural noun
    ["Wenn Stahl teurer wird, steigen die Preise.", []],
    ["Kraft ist nötig, um den Stein zu heben.", []],
    // after a verb whose subject opens the sentence the word is an object; after an object in the accusative it is the subject
    ["Die Firma liefert Stahl nach China.", []],
    ["Der Sieg gab Kraft für die ganze Saison.", []],
    ["Den Vertrag unterschrieb Fischer im Mai.", [["Fischer", "verb+subject-strong+family-name-noun"]]],
    // a noun that is no family name keeps the veto
    ["Danach hat Wasser den Keller geflutet.", []],
    // only a noun for a person by trade: a mass, abstract, time or material noun, or a group, stands bare as well
    ["Seit Wochen herrscht Winter in den Bergen.", []],
    ["Seit Monaten herrscht Streit in der Partei.", []],
    ["Im Dorf fehlt Kraft und auch Geld.", []],
    ["Danach kostet Stahl auf einmal mehr.", []],
    ["Im Winter wird Kohle wieder teurer.", []],
    ["Danach hat Volk über die Vorlage abgestimmt.", []],
    ["Nach der Wahl hat Linke die Mehrheit verloren.", []],
    ["Danach hat Kraft die Leitung übernommen.", []],
    // "Krieger" names no trade: a warrior stands bare in a sentence of a legend
    ["In der Sage hat Krieger gegen Krieger gekämpft.", []],
    // a person noun with a plural verb is a plural (the cues read a singular verb only)
    ["Am Morgen protestierten Fischer vor dem Rathaus.", []],
    ["Fischer protestierten am Morgen vor dem Rathaus.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("has an id and reads the package's family names", () => {
    expect(familyNameNoun.id).toBe("family-name-noun");
    expect(familyNameNoun.applies("fischer", personLexicon())).toBe(true);
    expect(familyNameNoun.applies("kraft", personLexicon())).toBe(false);
    expect(familyNameNoun.applies("wasser", personLexicon())).toBe(false);
    const tokens = tokenize("Danach hat Koch die Leitung übernommen, wenn Koch nur reicht.");
    expect(familyNameNoun.opens("aux+subject", tokens, 2, personLexicon())).toBe(true);
    expect(familyNameNoun.opens("bare-subject", tokens, 9, personLexicon())).toBe(false);
  });
});
