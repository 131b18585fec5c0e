import {describe, expect, test} from "vitest";
import {isGermanLanguage, languageWarning} from "../../../loaders/ingest/language.js";

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
