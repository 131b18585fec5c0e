import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "../../../people/helpers.js";

describe("rule person-verb", () => {
  // made-up sentence, mentions and rules found
  const cases: [string, [string, string][]][] = [
    ["Lange versuchte der Verein, Tarvosek zu überreden.", [["Tarvosek", "person-verb"]]],
    ["Niemand wagte es, Oskarsen zu brüskieren.", [["Oskarsen", "person-verb"]]],
    ["Drei Jahre später heiratete er Wendrakow in Prag.", [["Wendrakow", "person-verb"]]],
    ["Die Polizei verhaftete Quillmer.", [["Quillmer", "person-verb"]]],
    ["Im Winter erschlug Tarvosek einen Wolf.", [["Tarvosek", "verb+subject-strong"]]],
    // the last of three capitalised words ends a name the rule cannot bound; a noun, a place by its shape, a word before a noun
    ["Man versuchte, Wargo Tesk Vorn zu überreden.", []],
    ["Er versuchte, Kunden zu überzeugen.", []],
    ["Die Firma taufte Waltersdorf neu.", []],
    ["Sie pflegte Tomaten im Garten.", []]
  ];
  it.each(cases)("%s", (text, want) => {
    expect(found(text)).toEqual(want);
  });
});
