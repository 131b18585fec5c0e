import {describe, expect, test} from "vitest";
import {RESOLVED_PERSON_RULE, speakerCounts, speakerKind, UNRANKED_RULE} from "../../../loaders/report/speakers.js";

const ORG = "de.speaker-kind.organisation-noun";
const KNOWN = "de.speaker-kind.known-organisation";
const ACRONYM = "de.speaker-kind.acronym";
const PRONOUN = "de.speaker-kind.pronoun";

describe("speakerKind: what a quote's speaker counts as in the most-quoted charts", () => {
  test.each<[string, string, string, string, string]>([
    // resolved to a person: the person, named as people.csv names them
    ["Roth", "jana-roth", "person", "Jana Roth", RESOLVED_PERSON_RULE],
    ["sie", "jana-roth", "person", "Jana Roth", RESOLVED_PERSON_RULE],
    // organisation nouns: a body that names itself, a compound, an adjective of a country, a name after it
    ["der Bundestag", "", "organisation", "Bundestag", ORG],
    ["die Bundespolizei", "", "organisation", "Bundespolizei", ORG],
    ["Die Staatsanwaltschaft Gera", "", "organisation", "Staatsanwaltschaft Gera", ORG],
    ["das Umweltministerium", "", "organisation", "Umweltministerium", ORG],
    ["ein Sprecher des Umweltministeriums", "", "organisation", "Umweltministerium", ORG],
    ["nach Angaben der EU-Kommission", "", "organisation", "EU-Kommission", ORG],
    ["die dänische Regierung", "", "organisation", "Dänische Regierung", ORG],
    ["das Landgericht Kassel", "", "organisation", "Landgericht Kassel", ORG],
    ["die Nachrichtenagentur Nordpress", "", "organisation", "Nachrichtenagentur Nordpress", ORG],
    ["die Polizei Dresden am Montag", "", "organisation", "Polizei Dresden", ORG],
    ["das Bundesamt", "", "organisation", "Bundesamt", ORG],
    // a noun that points back to a body named before: not ranked
    ["das Ministerium", "", "unranked", "das Ministerium", ORG],
    ["der Konzern", "", "unranked", "der Konzern", ORG],
    ["der börsennotierte Konzern", "", "unranked", "der börsennotierte Konzern", ORG],
    ["seine Partei", "", "unranked", "seine Partei", ORG],
    ["diese Regierung", "", "unranked", "diese Regierung", ORG],
    // a body's kind alone does not say which body: the police of two cities are no one bar
    ["die Feuerwehr", "", "unranked", "die Feuerwehr", ORG],
    ["Die Staatsanwaltschaft", "", "unranked", "Die Staatsanwaltschaft", ORG],
    ["die Polizei am Montag", "", "unranked", "die Polizei am Montag", ORG],
    // plurals are groups, not one body; a word merely ending in "rat" or "amt" is none
    ["die Behörden", "", "unranked", "die Behörden", UNRANKED_RULE],
    ["die Ministerien", "", "unranked", "die Ministerien", UNRANKED_RULE],
    ["Der Apparat", "", "unranked", "Der Apparat", UNRANKED_RULE],
    ["Experten", "", "unranked", "Experten", UNRANKED_RULE],
    ["ein Sprecher", "", "unranked", "ein Sprecher", UNRANKED_RULE],
    ["die Anwohner", "", "unranked", "die Anwohner", UNRANKED_RULE],
    ["Medienberichten", "", "unranked", "Medienberichten", UNRANKED_RULE],
    // pronouns left without a person
    ["sie", "", "unranked", "sie", PRONOUN],
    ["Er", "", "unranked", "Er", PRONOUN],
    ["man", "", "unranked", "man", PRONOUN],
    // names of the organisation lexicon, acronyms
    ["Volkswagen", "", "organisation", "Volkswagen", KNOWN],
    ["der Konkurrent Lufthansa", "", "organisation", "Lufthansa", KNOWN],
    ["die SPD", "", "organisation", "SPD", ACRONYM],
    ["der ADAC", "", "organisation", "ADAC", ACRONYM],
    ["Nordwelle TV", "", "organisation", "Nordwelle TV", ACRONYM],
    // a name in quotation marks after the organisation noun is the whole name, marks kept
    ["Die Bürgerinitiative „Kein Lärm am Hafen“", "", "organisation", "Bürgerinitiative „Kein Lärm am Hafen“", ORG],
    ["der Verein »Tafel für alle«", "", "organisation", "Verein »Tafel für alle«", ORG],
    ["das Bündnis \"Saubere Luft jetzt\" am Montag", "", "organisation", "Bündnis \"Saubere Luft jetzt\"", ORG]
  ])("%s (person %s) → %s %s (%s)", (speaker, speaker_id, kind, label, rule) => {
    expect(speakerKind({speaker, speaker_id}, new Map([["jana-roth", "Jana Roth"]]))).toEqual({kind, label, rule});
  });

  test("speakerCounts: persons by id, organisations by label, the rest counted per rule", () => {
    const quotes = [
      {speaker_id: "roth", speaker: "Roth"}, {speaker_id: "roth", speaker: "sie"}, {speaker_id: "berg", speaker: "Karl Berg"},
      {speaker_id: "", speaker: "die Polizei Jena"}, {speaker_id: "", speaker: "Die Polizei Jena"}, {speaker_id: "", speaker: "Angaben der Polizei Jena"},
      {speaker_id: "", speaker: "das Verkehrsministerium"},
      {speaker_id: "", speaker: "Experten"}, {speaker_id: "", speaker: "die Behörden"}, {speaker_id: "", speaker: "er"}, {speaker_id: "", speaker: "das Ministerium"},
      {speaker_id: "", speaker: ""}
    ];
    expect(speakerCounts(quotes, [{person_id: "roth", name: "Jana Roth"}, {person_id: "berg", name: "Karl Berg"}])).toEqual([
      {kind: "person", speaker: "Jana Roth", speaker_id: "roth", quotes: 2, rule: RESOLVED_PERSON_RULE},
      {kind: "person", speaker: "Karl Berg", speaker_id: "berg", quotes: 1, rule: RESOLVED_PERSON_RULE},
      {kind: "organisation", speaker: "Polizei Jena", speaker_id: "", quotes: 3, rule: ORG},
      {kind: "organisation", speaker: "Verkehrsministerium", speaker_id: "", quotes: 1, rule: ORG},
      {kind: "unranked", speaker: "", speaker_id: "", quotes: 2, rule: UNRANKED_RULE},
      {kind: "unranked", speaker: "", speaker_id: "", quotes: 1, rule: ORG},
      {kind: "unranked", speaker: "", speaker_id: "", quotes: 1, rule: PRONOUN}
    ]);
  });
});

/** [speaker phrase, kind, rule]: words that only look like organisation nouns or acronyms of a body. */
describe("speakerKind: messages, word endings and places are no organisation", () => {
  test.each<[string, string, string]>([
    ["seine Neujahrsbotschaft", "unranked", UNRANKED_RULE],
    ["eine kurze Grußbotschaft", "unranked", UNRANKED_RULE],
    ["in ihrer Weihnachtsbotschaft", "unranked", UNRANKED_RULE],
    ["die Erstkommunion", "unranked", UNRANKED_RULE],
    ["Gesamt", "unranked", UNRANKED_RULE],
    ["Insgesamt", "unranked", UNRANKED_RULE],
    ["die VAE", "unranked", ACRONYM],
    ["die USA", "unranked", ACRONYM],
    // a bare body noun whose genitive owner names no organisation
    ["der Vorstand der Firma", "unranked", ORG],
    // real compounds and bodies stay organisations
    ["die deutsche Botschaft", "organisation", ORG],
    ["die Währungsunion", "organisation", ORG],
    ["das Landratsamt", "organisation", ORG],
    ["die EU-Union", "organisation", ORG],
    ["die UNO", "organisation", ORG]
  ])("%s → %s (%s)", (speaker, kind, rule) => {
    const found = speakerKind({speaker, speaker_id: ""});
    expect([found.kind, found.rule]).toEqual([kind, rule]);
  });
});

/** [speaker phrase, label]: an organisation's label is in the nominative singular, adjectives too. */
describe("speakerKind: organisation labels in the nominative", () => {
  test.each<[string, string]>([
    ["die dänische Regierung", "Dänische Regierung"],
    ["laut der dänischen Regierung", "Dänische Regierung"],
    ["ein Sprecher der schwedischen Regierung", "Schwedische Regierung"],
    ["die Deutsche Bank", "Deutsche Bank"],
    ["ein Sprecher der Deutschen Bank", "Deutsche Bank"],
    ["ein Sprecher des Umweltministeriums", "Umweltministerium"],
    ["nach Angaben des Landgerichts Kassel", "Landgericht Kassel"],
    // before a neuter or masculine head the adjective is written as without article, so every case gives one label
    ["dem Statistischen Bundesamt zufolge", "Statistisches Bundesamt"],
    ["das Statistische Bundesamt", "Statistisches Bundesamt"],
    ["das katarische Außenministerium", "Katarisches Außenministerium"],
    ["ein Sprecher des katarischen Außenministeriums", "Katarisches Außenministerium"],
    ["das Außenministerium in Lissabon", "Außenministerium"],
    ["der Bayerische Bauernverband", "Bayerischer Bauernverband"],
    ["ein Sprecher des Bayerischen Bauernverbands", "Bayerischer Bauernverband"],
    // de.speaker-kind.adjective-name: a capitalised adjective and a noun, not the noun alone (a company's name here)
    ["die Ökologische Allianz", "Ökologische Allianz"],
    ["ein Sprecher der Ökologischen Allianz", "Ökologische Allianz"],
    ["Die Soziale Liste", "Soziale Liste"],
    ["die Vereinten Nationen", "Vereinten Nationen"],
    // an organisation noun with its owner in the genitive: an acronym, a listed name or a capitalised adjective and noun
    ["Der Parteivorstand der KVP", "Parteivorstand der KVP"],
    ["ein Sprecher des Parteivorstands der KVP", "Parteivorstand der KVP"],
    ["der Vorstand der KVP", "Vorstand der KVP"],
    ["die Fraktion der Sozialen Liste", "Fraktion der Sozialen Liste"],
    ["der Parteivorstand", "Parteivorstand"]
  ])("%s → %s", (speaker, label) => {
    expect(speakerKind({speaker, speaker_id: ""}).label).toBe(label);
  });
});
