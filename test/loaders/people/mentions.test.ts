import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import type {RegisterPerson} from "../../../loaders/people/register.js";

const register: RegisterPerson[] = [
  {id: "wladimir-putin", name: "Wladimir Putin", aliases: ["Putin"], roles: [], affiliation: "Russland", wikidata: ""}
];

function mentions(text: string, people: RegisterPerson[] = []) {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon(people));
}

describe("person mentions", () => {
  const cases: [string, string[]][] = [
    ["Außenminister Marco Rubio reiste nach Riad.", ["Marco Rubio"]],
    ["Der Kreml-Sprecher Dmitry Peskov bestätigte das.", ["Dmitry Peskov"]],
    ["Er ernannte den Direktor der CIA, John Ratcliffe, zum Unterhändler.", ["John Ratcliffe"]],
    ["Vizepräsident J.D. Vance sprach in München.", ["J.D. Vance"]],
    ["Der Präsident Russlands, Wladimir Putin, lud ihn ein.", ["Wladimir Putin"]],
    ["Nach Trumps Telefonat mit Selenskyj erklärte Jermak, er sei bereit.", ["Trumps", "Selenskyj", "Jermak"]],
    ["Präsident Selenskij aus der Ukraine wurde informiert.", ["Selenskij"]],
    ["Die Oper wurde von Carl von Linné und Vincent van Gogh besucht.", ["Carl von Linné", "Vincent van Gogh"]],
    ["Kaiser Joseph II. reformierte die Verwaltung.", ["Joseph II."]],
    ["„Wir sind bereit“, sagte Müller.", ["Müller"]],
    // a surname seen with its given name elsewhere in the text stands alone later
    ["Andrij Jermak sprach. Später erklärte Jermak, man sei einig.", ["Andrij Jermak", "Jermak"]],
    // a bare name a person cue found (role, speech verb) is a name elsewhere in the text, without a cue
    ["Regisseur Hollerbeck kam spät. Die Daten stammen von Hollerbeck.", ["Hollerbeck", "Hollerbeck"]],
    ["Die Daten stammen von Hollerbeck. „Das reicht“, sagte Hollerbeck.", ["Hollerbeck", "Hollerbeck"]],
    // word-order cues alone do not spread: the word may be a firm or a place
    ["Tarimbo war nicht zu erreichen. Die Daten stammen von Tarimbo.", ["Tarimbo"]],
    // register surnames, genitive included
    ["Putins Sprecher sagte nichts.", ["Putins"]],
    // a title of nobility between given name and surname is part of the name
    ["Damals verhandelte Karl Freiherr von Wallmoden mit Otto Graf Lambsdorff.", ["Karl Freiherr von Wallmoden", "Otto Graf Lambsdorff"]],
    // a name part the lists lack before a title of nobility is a given name too, also before more listed given names
    ["Damals war Anselm Tiburzius Graf von Weltersheim Gesandter in Wien.", ["Anselm Tiburzius Graf von Weltersheim"]],
    ["Damals war Anselm Tiburzius Georg Freiherr von der Halbeck Gesandter in Wien.", ["Anselm Tiburzius Georg Freiherr von der Halbeck"]],
    ["Damals traf Anselm Tiburzius den Grafen.", ["Anselm Tiburzius"]],
    // saints' names and Latin forms of older history are given names
    ["Hieronymus Quenzel war Gesandter in Wien.", ["Hieronymus Quenzel"]],
    ["Damals predigte Conradus Wendelstein in Ulm.", ["Conradus Wendelstein"]],
    // a given name that is mostly a common noun counts only before a surname
    ["Unsere Feier an Silvester fiel aus.", []],
    ["Schon Gene entscheiden über die Farbe.", []],
    ["Auch Adel verpflichtet.", []],
    ["Damals malte Silvester Quenzel das Bild.", ["Silvester Quenzel"]],
    // a compound named after a person is no mention of them
    ["Im Kino lief ein Jackie Chan-Film, danach sprach Jackie Chan.", ["Jackie Chan"]],
    // a common noun before "und" is not coordinated with the name after it
    ["Sie kauften das Boot im Frühjahr und Brahms reiste ab.", ["Brahms"]],
    // a place, a firm or a firm's partner is not coordinated with a person
    ["Dann kamen Jan Vorberg und Co nach Berlin.", ["Jan Vorberg"]],
    ["Gewählt wurden Gerhard Pollak und Myanmar.", ["Gerhard Pollak"]],
    ["Tirol und Kärnten sind schön.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(mentions(text, register).map((m) => m.surface)).toEqual(expected);
  });
});

describe("capitalised nouns, organisations and places are not names", () => {
  const cases: string[] = [
    "Die Regierung bestätigte das Gespräch am Mittwoch.",
    "CNN berichtete unter Berufung auf eine informierte Quelle.",
    "Der Kreml bestätigte auch das Gespräch, meldete TASS.",
    "Auf der Plattform Truth Social schrieb er einen langen Beitrag.",
    "Moskau und Washington einigten sich auf Verhandlungen.",
    "Der Sandstein und der Wein aus dem Rhein sind bekannt.",
    "Am 12. August 2025 kam die Delegation in Genf an.",
    "Die Kirche St. Anna steht in der Altstadt.",
    "Die heimische Landwirtschaft beklagt die Auflagen.",
    // a lone country, city, firm or club takes no cue for a bare name (loaders/lang/de/place-names.ts, organisation-names.ts)
    "Paraguay verliert 0:3 gegen Norwegen.",
    "Suzuki will auch wieder antreten.",
    "Im Mai gründete Tuvalu einen Fonds.",
    "Bei Aufsteiger Admira ist die Stimmung gereizt.",
    "Sie hat Hollywoods Musikbranche scharf kritisiert.",
    "Am 1. Juli 1969 wurde Wiesenzell eingemeindet.",
    // historical regions
    "Der Ort fiel 1742 an Mähren.",
    "Siebenbürgen gewann an Bedeutung.",
    // a known surname after a capitalised word that is no role, name or noun ends a longer name
    "Auch Modelle wie der Kodo Parker verkauften sich gut.",
    // a given name after "St." names a place, also as a bare subject
    "St. Martin war das Zentrum der Neustadt.",
    // a common noun or nominalised participle is not coordinated with a name
    "Sie bringt Gründer, Investoren und Ratsuchende zusammen."
  ];
  it.each(cases)("%s", (text) => {
    expect(mentions(text).map((m) => m.surface)).toEqual([]);
  });
});

describe("roles and affiliations", () => {
  const cases: [string, string, string[], string][] = [
    ["Außenminister Marco Rubio reiste ab.", "Marco Rubio", ["Außenminister"], ""],
    ["Der Kreml-Sprecher Dmitry Peskov sagte das.", "Dmitry Peskov", ["Kreml-Sprecher"], "Russland (Kreml)"],
    ["Er rief den Direktor der CIA, John Ratcliffe, an.", "John Ratcliffe", ["Direktor der CIA"], "USA (CIA)"],
    ["Er traf den Nationalen Sicherheitsberater Mike Waltz.", "Mike Waltz", ["Nationaler Sicherheitsberater"], ""],
    ["Er bat Botschafter und Sondergesandten Steve Witkoff darum.", "Steve Witkoff", ["Sondergesandter", "Botschafter"], ""],
    ["Der russische Präsidentensprecher Dmitri Peskow sagte das.", "Dmitri Peskow", ["Präsidentensprecher"], "Russland"],
    // a former role says so, in the nominative, before the role or after the name
    ["Damals sprach Joe Biden, der frühere US-Präsident, mit ihm.", "Joe Biden", ["früherer US-Präsident"], "USA"],
    ["Der frühere Arbeitsrichter Matthias Odenwald kritisierte das.", "Matthias Odenwald", ["früherer Arbeitsrichter"], ""],
    ["Die ehemalige Bürgermeisterin Sabine Krollmann forderte eine Einigung.", "Sabine Krollmann", ["ehemalige Bürgermeisterin"], ""],
    ["Er traf den einstigen Außenminister Paul Reding.", "Paul Reding", ["einstiger Außenminister"], ""],
    ["Das sagte Lena Ostwald, die vormalige Sprecherin des Bauamts.", "Lena Ostwald", ["vormalige Sprecherin des Bauamts"], ""],
    // an organisation named in the genitive after the role is the affiliation
    ["Der Verhandlungsführer der Sozialen Liste, Jörg Lammert, dämpfte die Erwartungen.", "Jörg Lammert", ["Verhandlungsführer der Sozialen Liste"], "Soziale Liste"],
    // so does a role not held yet
    ["Das sagte die künftige Ministerpräsidentin Karin Wendler im Landtag.", "Karin Wendler", ["künftige Ministerpräsidentin"], ""],
    ["Der designierte Kanzler Paul Reding schwieg.", "Paul Reding", ["designierter Kanzler"], ""],
    // an adjectival role noun in the feminine: after a feminine article, or when a woman's given name follows
    ["Die Landesvorsitzende der Partei, Karin Wendler, sprach von einem Erfolg.", "Karin Wendler", ["Landesvorsitzende der Partei"], ""],
    ["Der Landesvorsitzenden Karin Wendler zufolge ist ein Scheitern ausgeschlossen.", "Karin Wendler", ["Landesvorsitzende"], ""],
    ["Die frühere Sondergesandte Helga Brink warnte davor.", "Helga Brink", ["frühere Sondergesandte"], ""],
    // the masculine stays masculine ("der" alone does not make it feminine)
    ["Der Landesvorsitzende Jörg Lammert sprach von einem Erfolg.", "Jörg Lammert", ["Landesvorsitzender"], ""],
    // an adjective that does not make the role a former one is not kept
    ["Der langjährige Kämmerer Josef Huber warnte.", "Josef Huber", ["Kämmerer"], ""],
    ["US-Verteidigungsminister Pete Hegseth war skeptisch.", "Pete Hegseth", ["US-Verteidigungsminister"], "USA"],
    ["Der ukrainische Präsidialamtschef Andrij Jermak bestätigte das.", "Andrij Jermak", ["Präsidialamtschef"], "Ukraine"],
    ["Der brasilianische Präsident Luiz Lula sagte das.", "Luiz Lula", ["Präsident"], "Brasilien"],
    ["Damals sprach Carlos Mendes, Außenminister Venezuelas, mit ihm.", "Carlos Mendes", ["Außenminister Venezuelas"], "Venezuela"],
    // a role of the next name in a list is not lent to the previous one
    ["Er bat Außenminister Marco Rubio, CIA-Direktor John Ratcliffe darum.", "Marco Rubio", ["Außenminister"], ""],
    // an apposition without an article, ending at a comma or the sentence end
    ["„Wir prüfen alles“, erklärte Maria Lindner, Sprecherin des Bauamts, am Montag.", "Maria Lindner", ["Sprecherin des Bauamts"], ""],
    ["Das erklärte Maria Lindner, Sprecherin des Bauamts.", "Maria Lindner", ["Sprecherin des Bauamts"], ""],
    ["Der Kämmerer Josef Huber warnte vor den Kosten.", "Josef Huber", ["Kämmerer"], ""],
    // a party in brackets after the name
    ["„Wir brauchen die Schule“, sagte Anna Keller (SPD) am Dienstag.", "Anna Keller", [], "SPD"],
    ["Das sagte Jonas Brandl (Grüne).", "Jonas Brandl", [], "Grüne"]
  ];
  it.each(cases)("%s", (text, surface, roles, affiliation) => {
    const m = mentions(text).find((x) => x.surface === surface)!;
    expect(m, surface).toBeDefined();
    expect(m.roles).toEqual(roles);
    expect(m.affiliation).toBe(affiliation);
  });
});

describe("spans stay inside the text", () => {
  it("on a long line of capitalised words and names", () => {
    const text = "Herr Müller, Frau Schmidt und Präsident Putin. ".repeat(2000);
    const found = mentions(text, register);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe("names coordinated with a person", () => {
  const cases: [string, string[]][] = [
    ["Egal, wie sehr Kallas und Selenskyj meckern.", ["Kallas", "Selenskyj"]],
    ["Wladimir Putin und Lukaschenko trafen sich.", ["Wladimir Putin", "Lukaschenko"]],
    // a noun after "und" is no name
    ["Wladimir Putin und die Regierung schwiegen.", ["Wladimir Putin"]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(mentions(text).map((m) => m.surface)).toEqual(expected);
  });
});
