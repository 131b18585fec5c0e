import {describe, expect, test} from "vitest";
import {genitiveOrganisation} from "../../../loaders/people/genitive-organisation.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** [a role's genitive complement, the organisation it names in the nominative or ""] — made-up names. */
describe("genitiveOrganisation", () => {
  test.each<[string, string]>([
    ["der Sozialen Liste", "Soziale Liste"],
    ["der Freien Wählergemeinschaft", "Freie Wählergemeinschaft"],
    ["der GdP", "GdP"],
    ["der Almova", "Almova"],
    // a party's name that is also a noun: the nominative, as "Grünen-Chefin" gives it
    ["der Grünen", "Grüne"],
    ["der Linken", "Linke"],
    ["der Grünen in Berlin", ""],
    // common nouns, plurals of people and masculine or neuter genitives name no organisation
    ["der Stadt", ""],
    ["der Stadtverwaltung", ""],
    ["der Kölner", ""],
    ["der Arbeitsgruppe", ""],
    ["des Vereins", ""],
    ["der Partei in Berlin", ""],
    ["der neuen Liste", ""]
  ])("%s → %s", (complement, expected) => {
    expect(genitiveOrganisation(tokenize(complement))).toBe(expected);
  });
});
