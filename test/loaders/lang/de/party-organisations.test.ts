import {describe, expect, it} from "vitest";
import {partyOrganisationAffiliation} from "../../../../loaders/lang/de/party-organisations.js";

describe("partyOrganisationAffiliation: a youth or sister organisation's form → PARTY (ORGANISATION)", () => {
  const cases: [string, string][] = [
    ["juso", "SPD (Jusos)"],
    ["Jusos", "SPD (Jusos)"],
    ["Jungen Union", "CDU/CSU (Junge Union)"],
    ["junge-union", "CDU/CSU (Junge Union)"],
    ["grüne-jugend", "Grüne (Grüne Jugend)"],
    ["JuLis", "FDP (Junge Liberale)"],
    ["Linksjugend", "Linke (Linksjugend)"],
    // a party, a word of youth, an unrelated union: none
    ["SPD", ""],
    ["Jugend", ""],
    ["Union", ""],
    ["", ""]
  ];
  it.each(cases)("%s → %s", (form, expected) => expect(partyOrganisationAffiliation(form)).toBe(expected));
});
