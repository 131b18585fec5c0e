import {describe, expect, test} from "vitest";
import {isGermanLanguage, languageTag, languageWarning} from "../../../loaders/ingest/language.js";

describe("isGermanLanguage", () => {
  test.each([
    ["de", true], ["de-AT", true], ["de_CH", true], ["DE", true], ["deu", true], ["German", true], ["", true], ["  ", true],
    ["en", false], ["en-US", false], ["fr", false], ["nl", false], ["dk", false]
  ])("%j → %s", (language, expected) => {
    expect(isGermanLanguage(language)).toBe(expected);
  });

  test("the warning names the language, and there is none for German", () => {
    expect(languageWarning("en-GB")).toMatch(/^language "en-GB" is not German/);
    expect(languageWarning("de")).toBeUndefined();
  });
});

/** [tag as given, as articles.csv shows it] — the region is kept, in BCP 47 case. */
describe("languageTag", () => {
  test.each([
    ["de", "de"], ["DE", "de"], ["de-AT", "de-AT"], ["de-at", "de-AT"], ["de_CH", "de-CH"], [" de-DE ", "de-DE"],
    ["en-US", "en-US"], ["es-419", "es-419"], ["deu", "deu"], ["Deutsch", "Deutsch"], ["", ""]
  ])("%j → %j", (given, expected) => {
    expect(languageTag(given)).toBe(expected);
  });
});
