import {describe, expect, it} from "vitest";
import {mentionsWithRules} from "./helpers.js";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";

/** The roles of the mention with this surface in a one-sentence text. */
function rolesOf(text: string, surface: string): string[] | undefined {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon()).find((m) => m.surface === surface)?.roles;
}

describe("a role's complement runs to the end of its noun phrase", () => {
  const cases: [string, string, string[]][] = [
    // a place adjective or another attributive adjective inside the genitive
    ["Olaf Brink, der als Baumeister der Lübecker Reform gilt, schwieg.", "Olaf Brink", ["Baumeister der Lübecker Reform"]],
    ["Das sagte Lea Sommer, Sprecherin des städtischen Bauamts.", "Lea Sommer", ["Sprecherin des städtischen Bauamts"]],
    // a possessive opens the genitive
    ["Für die Partei spricht Jana Roth, die Leiterin ihres Büros.", "Jana Roth", ["Leiterin ihres Büros"]],
    // a chain of genitives
    ["Lea Sommer, Sprecherin des Vereins der Mieter, forderte Geld.", "Lea Sommer", ["Sprecherin des Vereins der Mieter"]],
    // a place phrase only where the apposition ends after it
    ["Für die Partei spricht Jana Roth, die Leiterin ihres Büros in Wien.", "Jana Roth", ["Leiterin ihres Büros in Wien"]],
    ["Das sagte Jana Roth, Sprecherin der Botschaft im Ausland.", "Jana Roth", ["Sprecherin der Botschaft im Ausland"]],
    // a phrase with "für" and an adjective
    ["Das sagte Paul Kern, Minister für innere Sicherheit.", "Paul Kern", ["Minister für innere Sicherheit"]],
    // a capitalised word after the longest reading belongs to another name: the shorter one that ends at a word is kept
    ["Das sagte Lea Sommer, Sprecherin der Polizei der Stadt Lindau.", "Lea Sommer", ["Sprecherin der Polizei"]],
    // a name the complement's noun introduces ends it; another person's name after it leaves no role
    ["Das sagt Paul Kernig, Geschäftsführer der Prüfstelle Nordlicht Partner.", "Paul Kernig", ["Geschäftsführer der Prüfstelle Nordlicht Partner"]],
    ["Das sagt Paul Kernig, Kandidat für die Wahl Ende Mai, heute.", "Paul Kernig", ["Kandidat für die Wahl Ende Mai"]],
    ["Das sagt Paul Kernig, Sprecherin der Partei Lena Kurz.", "Paul Kernig", []],
    // a hyphenated compound before a name is no adjective
    ["Das sagt Paul Kernig, Vizechef der größten Brexit-Gruppe Vote Leave.", "Paul Kernig", ["Vizechef der größten Brexit-Gruppe Vote Leave"]],
    // a given name is no noun of the complement: the role stands alone
    ["Er traf Paul Kern, Sprecher der Anna Berg.", "Paul Kern", ["Sprecher"]],
    // a rank before the name
    ["Dazu kam Generalmajor Tim Ruhland.", "Tim Ruhland", ["Generalmajor"]]
  ];
  it.each(cases)("%s", (text, surface, roles) => expect(rolesOf(text, surface)).toEqual(roles));
});

describe("the rank does not make a surname a role", () => {
  it("a plain surname stays a name", () => expect(mentionsWithRules("Damals regierte John Major das Land.")).toEqual([["John Major", "given-name+surname"]]));
});
