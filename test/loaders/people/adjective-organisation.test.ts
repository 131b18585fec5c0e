import {describe, expect, it, test} from "vitest";
import {adjectiveOrganisation} from "../../../loaders/people/adjective-organisation.js";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** [a role's complement, the organisation its adjectives and head noun name in the nominative, or ""] — made-up names. */
describe("adjectiveOrganisation", () => {
  test.each<[string, string]>([
    ["des Europäischen Bauernverbands", "Europäischer Bauernverband"],
    ["des Nordischen Bundes", "Nordischer Bund"],
    ["des Baltischen Gewerkschaftsbundes", "Baltischer Gewerkschaftsbund"],
    ["der Polnischen Bauernpartei", "Polnische Bauernpartei"],
    ["des Freien Deutschen Winzerverbands", "Freier Deutscher Winzerverband"],
    ["des Europäischen Netzwerks", "Europäisches Netzwerk"],
    // a body of a state or the EU itself is no organisation's name here: its adjective names the side
    ["der Europäischen Kommission", ""],
    ["der Russischen Föderation", ""],
    ["des Deutschen Bundestags", ""],
    // no capitalised adjective: the head alone ("des Bundes") is not read here
    ["des Bundes", ""],
    ["des europäischen Verbands", ""]
  ])("%s → %s", (complement, expected) => {
    expect(adjectiveOrganisation(tokenize(complement).filter((t) => t.word))?.name ?? "").toBe(expected);
  });
});

/** [sentence, person, affiliation]: an adjective inside an organisation's name gives that organisation, never its country or the EU. */
describe("affiliation from an organisation named by adjectives", () => {
  const cases: [string, string, string][] = [
    ["Der Präsident des Europäischen Imkerverbands, Pierre Malrou, warnte davor.", "Pierre Malrou", "Europäischer Imkerverband"],
    ["Die Verhandlungsführerin des Nordischen Bundes, Ingrid Solvang, unterschrieb.", "Ingrid Solvang", "Nordischer Bund"],
    ["Das sagte Piotr Zalewski, Vorsitzender der Polnischen Bauernpartei, am Montag.", "Piotr Zalewski", "Polnische Bauernpartei"],
    // the adjective alone still names the side, and so does a state's or the EU's own body
    ["Der Präsident der Europäischen Kommission, Pierre Malrou, sprach.", "Pierre Malrou", "EU"],
    ["Die polnische Agrarministerin Anna Zielak lehnte ab.", "Anna Zielak", "Polen"]
  ];
  it.each(cases)("%s", (text, surface, affiliation) => {
    const found = findMentions(text, [{start: 0, end: text.length}], personLexicon([])).find((m) => m.surface === surface);
    expect(found?.affiliation).toBe(affiliation);
  });
});

/** [a role's complement, the organisation's name]: a place's adjective in "-er" is indeclinable, and "für …" goes on the name — made-up names. */
describe("adjectiveOrganisation keeps place adjectives and a 'für' tail", () => {
  test.each<[string, string]>([
    ["der Schweizer Volkspartei", "Schweizer Volkspartei"],
    ["der Oberlinger Gesellschaft für Heimatkunde", "Oberlinger Gesellschaft für Heimatkunde"],
    ["des Kieler Instituts für Meereskunde", "Kieler Institut für Meereskunde"],
    ["des Deutschen Instituts für Bodenforschung", "Deutsches Institut für Bodenforschung"],
    ["des Deutschen Instituts für Boden und Wasser", "Deutsches Institut für Boden und Wasser"],
    ["Berliner Verband", "Berliner Verband"],
    // an adjective in "-er" before a masculine head without an article is inflected
    ["Europäischer Imkerverband", "Europäischer Imkerverband"],
    ["Freier Bund", "Freier Bund"],
    // an adjective of the strong feminine genitive without an article ("Vorsitzender Europäischer…") is not read as a place's: keep as is
    // a surname before the head: a longer name this does not read
    ["der Hans Wendler Stiftung", ""],
    // "für" without a capitalised word after it is no part of the name
    ["des Deutschen Instituts für die", "Deutsches Institut"]
  ])("%s → %s", (complement, expected) => {
    expect(adjectiveOrganisation(tokenize(complement).filter((t) => t.word))?.name ?? "").toBe(expected);
  });
});
