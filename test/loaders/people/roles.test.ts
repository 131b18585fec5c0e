import {describe, expect, it, test} from "vitest";
import {adjectivalGender, affiliationOf, feminineRole, prefixOrganisation, roleNoun, withoutTenure} from "../../../loaders/people/roles.js";
import {tokenize} from "../../../loaders/people/tokens.js";
import {mentionsWithRules as found} from "./helpers.js";

/** The role a single word reads as ("" for a cue-only word), or null when it is no role noun. */
function role(word: string): string | null {
  return roleNoun(tokenize(word, 0, word.length)[0])?.role ?? null;
}

describe("occupations and nationalities announce a name like a role", () => {
  const cases: [string, [string, string][]][] = [
    // occupations and trades (roles of their own)
    ["Gestern sprach der Bildhauer Ulvan Korvath über seine Arbeit.", [["Ulvan Korvath", "role+name"]]],
    ["Die Physikerin Ostrowa erhielt den Preis.", [["Ostrowa", "role+name"]]],
    ["Ihr Vater war der Holzfäller Tam Vorr.", [["Tam Vorr", "role+name"]]],
    ["Der frühere Torhüter Kassler wurde Trainer.", [["Kassler", "role+name"]]],
    // nouns of nationality (cue only: no role)
    ["Der Kenianer Odhiambo Kiprugut gewann das Rennen.", [["Odhiambo Kiprugut", "role+name"]]],
    ["Im Finale traf sie auf die Französin Leclou.", [["Leclou", "role+name"]]],
    ["Er unterlag dem Russen Ignat Woropai knapp.", [["Ignat Woropai", "role+name"]]],
    // an ordinal or a noun after the role is no name
    ["Sie wurde als beste Läuferin Vierte.", []],
    ["Damals haben tausende Kanadier Geld verloren.", []],
    // no head that ends other nouns: "Flugzeuge" is no witness
    ["Einzelne Flugzeuge Stunde um Stunde.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("roleNoun on occupations and nationalities", () => {
  const cases: [string, string | null][] = [
    ["Bildhauerin", "Bildhauerin"],
    ["Waldorfpädagoge", "Waldorfpädagoge"],
    ["Kenianer", ""],
    ["Französin", ""],
    // country names and surnames stay out
    ["Polen", null],
    ["Schweden", null],
    ["Ungarn", null],
    ["Bauer", null],
    ["Flugzeuge", null]
  ];
  it.each(cases)("%s → %s", (word, expected) => {
    expect(role(word)).toBe(expected);
  });
});

describe("roleNoun: every role in the feminine, Austrian spellings and negotiators", () => {
  const cases: [string, string | null, boolean][] = [
    // -mann → -frau
    ["Landeshauptmann", "Landeshauptmann", true],
    ["Landeshauptfrau", "Landeshauptfrau", false],
    ["Landeshauptfrauen", "Landeshauptfrau", false],
    ["Frontfrau", "Frontfrau", false],
    // heads in -e and with an umlaut: the feminine stem before -in only
    ["Pädagogin", "Pädagogin", false],
    ["Pädagoginnen", "Pädagogin", false],
    ["Pädagogen", "Pädagoge", true],
    ["Bischöfin", "Bischöfin", false],
    ["Päpstin", "Päpstin", false],
    ["Finanzvorständin", "Finanzvorständin", false],
    // Austrian and Swiss spelling
    ["Politikwissenschafter", "Politikwissenschafter", true],
    ["Politikwissenschafterin", "Politikwissenschafterin", false],
    // negotiators
    ["Chefverhandler", "Chefverhandler", true],
    ["Chefverhandlerin", "Chefverhandlerin", false],
    ["Chefverhandlers", "Chefverhandler", true],
    ["XYZ-Chefverhandlerin", "XYZ-Chefverhandlerin", false],
    ["Verhandler", "Verhandler", true],
    // a masculine form may be a surname ("Hofmeister"); a feminine form is none
    ["Richter", "Richter", true],
    ["Hofmeister", "Hofmeister", true],
    ["Richterin", "Richterin", false],
    // no feminine of a head in -e without -in
    ["Pädagog", null, false]
  ];
  it.each(cases)("%s → %s", (word, expected, surnameLike) => {
    const found = roleNoun(tokenize(word, 0, word.length)[0]);
    expect([found?.role ?? null, found?.surnameLike ?? false]).toEqual([expected, surnameLike]);
  });
});

describe("prefixOrganisation: the organisation a role's prefix names", () => {
  test.each<[string, string[], string]>([
    ["KVP-Chef", [], "KVP"],
    ["Grünen-Chefin", [], "Grüne"],
    ["SPD-Fraktionschef", [], "SPD"],
    ["Bergbund-Chef", ["bergbund"], "Bergbund"],
    ["Bergbund-Chef", [], ""],
    ["TV-Moderator", [], ""],
    ["IT-Experte", [], ""],
    ["Chef", [], ""]
  ])("%s %j → %s", (role, organisations, expected) => expect(prefixOrganisation(role, new Set(organisations))).toBe(expected));
});

describe("withoutTenure: a former or future role is read by its noun", () => {
  test.each<[string, string]>([
    ["früherer US-Präsident", "US-Präsident"],
    ["ehemalige Bürgermeisterin", "Bürgermeisterin"],
    ["künftige Kanzlerin", "Kanzlerin"],
    ["stellvertretende Landesvorsitzende", "Landesvorsitzende"],
    ["frühere geschäftsführende Präsidentin", "Präsidentin"],
    ["Außenminister", "Außenminister"],
    ["Frühere", "Frühere"]
  ])("%s", (role, expected) => expect(withoutTenure(role)).toBe(expected));
});

describe("feminineRole: an adjectival role noun in the feminine", () => {
  test.each<[string, string]>([
    ["Landesvorsitzender der Partei", "Landesvorsitzende der Partei"],
    ["früherer Sondergesandter", "frühere Sondergesandte"],
    ["Beauftragter für Kultur", "Beauftragte für Kultur"],
    // roles that show their gender themselves come back as they are
    ["Sprecherin", "Sprecherin"],
    ["Außenminister", "Außenminister"]
  ])("%s", (role, expected) => expect(feminineRole(role)).toBe(expected));
});

describe("adjectivalGender", () => {
  test.each<[string, string]>([
    ["Landesvorsitzender", "m"],
    ["Landesvorsitzende", "f"],
    ["Abgeordneter", "m"],
    ["Sprecherin", ""]
  ])("%s", (word, expected) => expect(adjectivalGender(word)).toBe(expected));
});

describe("works-council and union roles are roles", () => {
  const cases: [string, string][] = [
    ["Betriebsrat", "Betriebsrat"], ["Betriebsrätin", "Betriebsrätin"], ["Konzernbetriebsrat", "Konzernbetriebsrat"], ["Personalrätin", "Personalrätin"],
    ["Betriebsratschefin", "Betriebsratschefin"], ["Personalratsvorsitzende", "Personalratsvorsitzender"], ["Gewerkschafterin", "Gewerkschafterin"],
    ["Gewerkschaftschef", "Gewerkschaftschef"], ["Tarifvorstand", "Tarifvorstand"], ["Verhandlungsführerin", "Verhandlungsführerin"],
    ["Vertrauensfrau", "Vertrauensfrau"], ["Streikführer", "Streikführer"], ["Betriebsratsmitglied", "Betriebsratsmitglied"], ["Obfrau", "Obfrau"]
  ];
  it.each(cases)("%s", (word, expected) => {
    expect(role(word)).toBe(expected);
  });

  it("gives a name after the role its role and makes a bare surname a person", () => {
    expect(found("Die Betriebsrätin Wibke Tallner kritisierte den Vorstand.")).toEqual([["Wibke Tallner", "role+name"]]);
    expect(found("Nach der Sitzung sagte Vertrauensmann Korbach, man streike weiter.")).toEqual([["Korbach", "role+name"]]);
  });
});

describe("affiliation cues: a people's noun or a continent's genitive names no country (affiliationOf)", () => {
  test.each<[string, string]>([
    ["Palästinenser", ""],
    ["Amerikas", ""],
    ["Katars", "Katar"],
    ["palästinensische", "Palästina"]
  ])("%s", (word, expected) => expect(affiliationOf(word)).toBe(expected));
});

describe("affiliation cues: a country's or city's name as it stands only after 'von' or a genitive 'der' (affiliationOf)", () => {
  test.each<[string, string, string]>([
    // [word, word before it, affiliation]
    ["Katar", "von", "Katar"],
    ["Katar", "nach", ""],
    ["Katar", "", ""],
    ["Katars", "", "Katar"],
    ["katarische", "", "Katar"],
    ["Kiew", "von", "Ukraine"],
    ["Kiew", "in", ""],
    ["Kiewer", "", "Ukraine"],
    ["Moskau", "aus", ""],
    ["Moskauer", "", "Russland"],
    // a name whose genitive has no ending: after "der" too ("Präsident der Ukraine"), not after "die"
    ["Ukraine", "der", "Ukraine"],
    ["Ukraine", "die", ""],
    ["USA", "der", "USA"],
    ["Katar", "der", ""]
  ])("%s after '%s' → '%s'", (word, before, expected) => expect(affiliationOf(word, before)).toBe(expected));
});
