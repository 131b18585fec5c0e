import {describe, expect, it} from "vitest";
import {famousSurnames} from "../../../loaders/lang/de/famous-surnames.js";
import {knownSurnames} from "../../../loaders/lang/de/known-surnames.js";
import {mononyms} from "../../../loaders/lang/de/mononyms.js";
import {isDictionaryNounForm} from "../../../loaders/lang/de/common-nouns.js";
import {placeNames} from "../../../loaders/lang/de/place-names.js";
import {organisationNames} from "../../../loaders/lang/de/organisation-names.js";
import {givenNames} from "../../../loaders/lang/de/given-names.js";
import {nonPersonWords} from "../../../loaders/lang/de/non-person-words.js";
import {mentionsWithRules as found} from "./helpers.js";

describe("surnames of widely known people stand alone like known surnames", () => {
  const cases: [string, [string, string][]][] = [
    // a bare surname with no role, speech verb or given name around it
    ["Über die Romane von Kehlmann wird viel gestritten.", [["Kehlmann", "known-surname"]]],
    ["Gegen Roddick hat er noch nie gewonnen.", [["Roddick", "known-surname"]]],
    ["Das Treffen mit Schewardnadse und Kohl verlief ruhig.", [["Schewardnadse", "known-surname"], ["Kohl", "known-surname"]]],
    ["Die Bilder von Rothko hängen im ersten Stock.", [["Rothko", "known-surname"]]],
    // the genitive in -s before a noun
    ["Schon Strindbergs frühe Stücke waren umstritten.", [["Strindbergs", "known-surname"]]],
    // a surname after a given name no list holds stays one name
    ["Die Tochter von Kerrin Pavarotti singt ebenfalls.", [["Kerrin Pavarotti", "given+known-surname"]]],
    // part of a longer name of a hall or firm: no mention
    ["Das Konzert fand in der Carnegie Hall statt.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("repeats no name of the known surnames or the one-name persons, and none twice", () => {
    const known = new Set([...knownSurnames, ...mononyms]);
    expect(famousSurnames.filter((w) => known.has(w))).toEqual([]);
    expect(new Set(famousSurnames).size).toBe(famousSurnames.length);
  });
});

describe("no place, thing or given name is a famous surname", () => {
  const cases: [string, [string, string][]][] = [
    // a river, a club, a telescope, a dress, a currency, a circus, a publisher, an app
    ["Das Gut liegt direkt an der Havel.", []],
    ["Am Samstag spielte St. Pauli zu Hause.", []],
    ["Das Weltraumteleskop Hubble lieferte neue Bilder.", []],
    ["Zur Aufführung trug sie ein rosa Tutu.", []],
    ["Die Inflation hat den Bolívar entwertet.", []],
    ["Der Zirkus Roncalli gastiert im Mai.", []],
    ["Die Comics von Carlsen verkaufen sich gut.", []],
    ["Die Sprachkurse von Babbel laufen online.", []],
    // a brand
    ["Er rauchte eine Marlborough nach der anderen.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("overlaps no whole dictionary noun, place, organisation, non-person word or given name", () => {
    const clash = (w: string) => isDictionaryNounForm(w) || placeNames.has(w) || organisationNames.has(w) || nonPersonWords.has(w) || givenNames.has(w);
    expect(famousSurnames.filter(clash)).toEqual([]);
  });
});

