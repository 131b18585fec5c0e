import {describe, expect, it} from "vitest";
import {parseOrganisations} from "../../../loaders/config.js";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {organisationOfMember} from "../../../loaders/people/organisation-names.js";

/** The person mentions of a text of one or more sentences (one span each), with a user list of organisations. */
function people(text: string, organisations: string[] = []): string[] {
  const spans: {start: number; end: number}[] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]/g)) spans.push({start: m.index!, end: m.index! + m[0].length});
  return findMentions(text, spans, personLexicon([], organisations)).map((m) => m.surface);
}

describe("a name the text gives a union, association or party is no person in the whole text", () => {
  const cases: [string, string[]][] = [
    // after the organisation noun, and elsewhere with a speech verb, a preposition, in the genitive
    ["Die Gewerkschaft Verdi fordert mehr Lohn. Verdi droht mit Warnstreiks. Bei Verdi ist man enttäuscht.", []],
    ["Die Dienstleistungsgewerkschaft Verdi rief auf. Man werde nicht nachgeben, sagte Verdi am Montag.", []],
    ["Der Branchenverband Lindor begrüßt das. Lindor fordert aber Nachbesserungen.", []],
    ["Der Konzern Wettau streicht Stellen. Die Pläne Wettaus stoßen auf Kritik.", []],
    // a hyphenated noun of the leader or members names the organisation ("Verdi-Chef")
    ["Verdi-Chef Frank Werneke sprach von Provokation. Verdi droht mit Streiks.", ["Frank Werneke"]],
    // a person of the same text keeps a given name, and a person the text never gives an organisation stays one
    ["Die Gewerkschaft Lindor verhandelt. Verhandlungsführerin Anja Kessler sagte, Kessler bleibe hart.", ["Anja Kessler", "Kessler"]],
    ["Die Oper von Verdi wurde gestern aufgeführt.", ["Verdi"]],
    // a firm keeps its owner: "Firma" gives no organisation name of this kind
    ["Die Firma Brandt wächst. Das sei gut so, sagte Brandt.", ["Brandt"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("names of data/organisations.yaml are no person on their own", () => {
  const orgs = parseOrganisations("- Verdi\n- Lindor\n");
  const cases: [string, string[]][] = [
    ["Verdi fordert acht Prozent mehr Lohn.", []],
    ["Die IG Metall und Verdi kündigten Warnstreiks an.", []],
    ["Lindor verlangt eine Einmalzahlung, sagte Lindor.", []],
    // whatever cue found it: the object after a verb and its pronoun, the subject of a relative clause
    ["Dort traf er Verdi.", []],
    ["Es war eine Umfrage, die Lindor veröffentlichte.", []],
    ["Dort traf er Ostrander.", ["Ostrander"]],
    // with a given name the person stays
    ["Giuseppe Verdi schrieb die Oper.", ["Giuseppe Verdi"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(people(text, orgs)).toEqual(expected);
  });

  it("rejects an entry that is no name, naming the file and entry", () => {
    expect(() => parseOrganisations("- Verdi\n- {name: X}\n")).toThrow(/data\/organisations\.yaml: entry 2/);
    expect(() => parseOrganisations("name: Verdi\n")).toThrow(/data\/organisations\.yaml: expected a list/);
  });
});

describe("organisationOfMember", () => {
  const cases: [string, string][] = [["verdi-chef", "verdi"], ["lindor-mitglieder", "lindor"], ["kreml-sprecher", ""], ["merkel-vertraute", ""], ["a-b-chef", ""]];
  it.each(cases)("%s → %s", (word, org) => {
    expect(organisationOfMember(word)).toBe(org);
  });
});
