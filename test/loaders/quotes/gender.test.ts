import {describe, expect, test} from "vitest";
import {givenNameGender, pronounAgrees, roleGender, type Gender} from "../../../loaders/quotes/gender.js";

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
