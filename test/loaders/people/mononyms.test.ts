import {describe, expect, it} from "vitest";
import {mononyms} from "../../../loaders/lang/de/mononyms.js";
import {isDictionaryNounForm} from "../../../loaders/lang/de/common-nouns.js";
import {placeNames} from "../../../loaders/lang/de/place-names.js";
import {organisationNames} from "../../../loaders/lang/de/organisation-names.js";
import {givenNames} from "../../../loaders/lang/de/given-names.js";
import {nonPersonWords} from "../../../loaders/lang/de/non-person-words.js";
import {mentionsWithRules as found} from "./helpers.js";

/**
 * Persons known by one name whose name is also a given name of the lists, kept on purpose: the one person is meant
 * as often as anyone else of that name, and the list reads their genitive after a noun ("am Hof Attilas").
 */
const ALSO_GIVEN = ["attila", "perikles"];

describe("persons known by one name stand alone like known surnames", () => {
  const cases: [string, [string, string][]][] = [
    // a god, a ruler of antiquity, a figure of the Bible, with no cue around them
    ["Im Tempel opferte man vor allem Poseidon und seinen Söhnen.", [["Poseidon", "known-surname"]]],
    ["Die Reiter folgten Hannibal über die Berge.", [["Hannibal", "known-surname"]]],
    ["Viele Maler zeigten Goliath als Riesen in Rüstung.", [["Goliath", "known-surname"]]],
    // a painter, a footballer, a singer and an opera character known by one name
    ["Viele Bilder von Tintoretto hängen in Venedig.", [["Tintoretto", "known-surname"]]],
    ["Die Flanke von Cafu kam genau auf den Kopf.", [["Cafu", "known-surname"]]],
    ["Auf dem Stadtfest trat unter anderem Heino auf.", [["Heino", "known-surname"]]],
    ["Die Arie von Papageno kennt jedes Kind.", [["Papageno", "known-surname"]]],
    // the genitive in -s before a noun, and a Latin genitive
    ["Am Hof Attilas lebten Gesandte aus Byzanz.", [["Attilas", "known-surname"]]],
    ["Das Fest wird zur Geburt Christi gefeiert.", [["Christi", "known-surname"]]],
    // a one-word name after a given name no list holds stays one name
    ["Das Buch von Tamsin Wallenstein erschien spät.", [["Tamsin Wallenstein", "given+known-surname"]]],
    // planets and brands are left out
    ["Die Monde um Jupiter sind klein.", []],
    ["Der Fahrer von Hermes brachte das Paket.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("overlaps no whole dictionary noun, place, organisation or non-person word, nor a given name but those allowed", () => {
    const clash = (w: string) => isDictionaryNounForm(w) || placeNames.has(w) || organisationNames.has(w) || nonPersonWords.has(w) || (givenNames.has(w) && !ALSO_GIVEN.includes(w));
    expect(mononyms.filter(clash)).toEqual([]);
    expect(ALSO_GIVEN.filter((w) => !mononyms.includes(w) || !givenNames.has(w))).toEqual([]);
  });

  it.each([
    // a code of honour and a storm's name: the words stand for other things as often
    ["Der Bushido galt als Ehrenkodex der Samurai.", []],
    ["Der Sturm Ophelia zog über Irland.", []]
  ] as [string, [string, string][]][])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

