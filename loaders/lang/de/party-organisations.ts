/**
 * Youth and sister organisations of parties, as plain data. A role read from such an organisation ("Juso-Landeschef", "Vorsitzender der
 * Jungen Union", "Grüne-Jugend-Sprecherin") gives the person the affiliation `PARTY (ORGANISATION)`, as "USA (CIA)" does for an agency:
 * the parent party first, so that a table groups the members with their party, and the organisation they speak for in brackets.
 */
export interface PartyOrganisation {
  /** The organisation's name as the affiliation shows it. */
  name: string;
  /** Its parent party, as `partyAbbreviations` spells it. */
  party: string;
  /**
   * Its forms in the text, lower case: a compound's prefix ("juso" in "Juso-Chef"), the name in the nominative and after "der"
   * ("jungen union", read by loaders/people/genitive-organisation.ts). A name of several words also counts with hyphens ("junge-union-chef").
   */
  forms: readonly string[];
}

/** Youth and sister organisations of German, Austrian and Swiss parties. */
export const partyOrganisations: readonly PartyOrganisation[] = [
  {name: "Jusos", party: "SPD", forms: ["juso", "jusos", "junge sozialisten", "jungen sozialisten", "jungsozialisten"]},
  {name: "Junge Union", party: "CDU/CSU", forms: ["ju", "junge union", "jungen union"]},
  {name: "Grüne Jugend", party: "Grüne", forms: ["grüne jugend", "grünen jugend"]},
  {name: "Junge Liberale", party: "FDP", forms: ["julis", "juli", "junge liberale", "jungen liberalen", "jungliberale", "jungliberalen"]},
  {name: "Linksjugend", party: "Linke", forms: ["linksjugend", "linksjugend solid"]},
  {name: "Junge Alternative", party: "AfD", forms: ["junge alternative", "jungen alternative"]},
  {name: "Frauen Union", party: "CDU/CSU", forms: ["frauen union", "frauen-union", "frauenunion"]},
  {name: "Schüler Union", party: "CDU/CSU", forms: ["schüler union", "schüler-union", "schülerunion"]},
  {name: "Senioren-Union", party: "CDU/CSU", forms: ["senioren union", "senioren-union", "seniorenunion"]},
  {name: "Mittelstandsunion", party: "CDU/CSU", forms: ["mittelstandsunion", "mittelstands-union"]},
  {name: "Junge ÖVP", party: "ÖVP", forms: ["junge övp", "jungen övp"]},
  {name: "Sozialistische Jugend", party: "SPÖ", forms: ["sozialistische jugend", "sozialistischen jugend"]},
  {name: "Junge Grüne", party: "Grüne", forms: ["junge grüne", "jungen grünen"]}
];

const BY_FORM: ReadonlyMap<string, PartyOrganisation> = new Map(
  partyOrganisations.flatMap((o) => o.forms.flatMap((f) => [[f, o] as const, [f.replace(/ /gu, "-"), o] as const]))
);

/**
 * The affiliation a party's youth or sister organisation gives, `PARTY (ORGANISATION)` ("juso", "Jungen Union" → "SPD (Jusos)",
 * "CDU/CSU (Junge Union)"), for a form of `partyOrganisations` in any case; "" for any other word.
 */
export function partyOrganisationAffiliation(form: string): string {
  const o = BY_FORM.get(form.toLowerCase());
  return o ? `${o.party} (${o.name})` : "";
}
