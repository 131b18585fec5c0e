import {describe, expect, test} from "vitest";
import {contextGender, givenNameGender, pronounAgrees, roleGender, type Gender} from "../../../loaders/quotes/gender.js";

describe("givenNameGender", () => {
  test.each<[string, Gender]>([
    ["Angela", "f"],
    ["Wladimir", "m"],
    ["Hans-Peter", "m"],
    ["Olga", "f"],
    ["Helge", "m"],
    ["Jean-Claude", ""],
    ["Kim", ""],
    ["", ""],
    ["Xqzv", ""]
  ])("%s → %s", (given, gender) => {
    expect(givenNameGender(given)).toBe(gender);
  });
});

describe("roleGender", () => {
  test.each<[string, Gender]>([
    ["Sprecherin", "f"],
    ["Kreml-Sprecher", "m"],
    ["Präsidentin des Verbands", "f"],
    ["Präsident Russlands", "m"],
    ["Sondergesandter; Botschafterin", "f"],
    ["Landesvorsitzende der Partei", "f"],
    ["Landesvorsitzender", ""],
    ["Frau", "f"],
    ["Herr", "m"],
    ["Ministerpräsidentin", "f"],
    // heads feminine in themselves, and a rank adjective before the noun
    ["Landeshauptfrau", "f"],
    ["Landeshauptmann", "m"],
    ["Betriebsobfrau", "f"],
    ["stellvertretende Landesvorsitzende", "f"],
    ["", ""],
    ["Haus", ""]
  ])("%s → %s", (role, gender) => {
    expect(roleGender(role)).toBe(gender);
  });
});

/** [text with the name marked by "|", gender the words before it show] — made-up phrases. */
describe("contextGender", () => {
  test.each<[string, Gender]>([
    ["Die Chefverhandlerin |Andrea Moser", "f"],
    ["Die VPD-Chefverhandlerin |Andrea Moser", "f"],
    ["Ministerin |Kim Roth", "f"],
    ["Minister |Kim Roth", "m"],
    ["die stellvertretende Vorsitzende |Andrea Moser", "f"],
    ["der stellvertretende Vorsitzende |Andrea Moser", "m"],
    ["der Abgeordnete |Kim Roth", "m"],
    ["mit der Vorsitzenden |Kim Roth", ""],
    ["Frau |Moser", "f"],
    ["Am Montag traf |Kim Roth", ""],
    ["in Berlin |Kim Roth", ""],
    ["|Kim Roth", ""]
  ])("%s → %s", (marked, gender) => {
    expect(contextGender(marked.replace("|", ""), marked.indexOf("|"))).toBe(gender);
  });
});

describe("pronounAgrees", () => {
  test.each<[string, Gender, boolean]>([
    ["er", "m", true],
    ["er", "f", false],
    ["er", "", true],
    ["sie", "f", true],
    ["Sie", "m", false],
    ["ihm", "f", false],
    ["ihr", "m", false],
    ["", "m", true],
    ["man", "f", true]
  ])("%s with %s → %s", (pronoun, gender, agrees) => {
    expect(pronounAgrees(pronoun, gender)).toBe(agrees);
  });
});
