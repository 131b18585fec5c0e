import {describe, expect, test} from "vitest";
import {namesInstitution} from "../../../../../loaders/lang/de/speakerRules/institutionalMan.js";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, text, speakers of the quotes found, in order] — sentences written for the test, not taken from a corpus. */
describe("de.speaker.institutional-man", () => {
  test.each<[string, string, string[]]>([
    ["'man' after an institution's quote in the sentence before", "Die Regierung erklärte, die Ernte sei gut. Man warnt aber, dass die Preise steigen könnten.", ["Die Regierung", "Die Regierung"]],
    ["'man' after an institution named earlier in the sentence", "Im Frühjahr schließt die Landesbank zwei Filialen, doch will man das Personal behalten.", ["die Landesbank"]],
    ["'man' after a person's quote stays impersonal", "Der Bürgermeister sagte, die Lage sei ruhig. Man betont aber, dass die Gefahr wachse.", ["Der Bürgermeister", ""]],
    ["'man' with no one before it stays impersonal", "Man sagt, die Lage sei ruhig.", [""]],
    ["'man' two sentences after the institution stays impersonal", "Die Stadtverwaltung erklärte, die Brücke sei sicher. Gestern regnete es stark. Man betont, dass die Gefahr wachse.", ["Die Stadtverwaltung", ""]]
  ])("%s", (_why, text, speakers) => {
    expect(quotesIn(text).map((q) => q.speaker)).toEqual(speakers);
  });
});

describe("namesInstitution", () => {
  test.each<[string, boolean]>([
    ["die Bundesregierung", true],
    ["die Deutsche Bank", true],
    ["der Sprecher der Stadtverwaltung", true],
    ["Der Bürgermeister", false],
    ["Anna Berger", false]
  ])("%s", (phrase, expected) => {
    expect(namesInstitution(phrase)).toBe(expected);
  });
});
