import {describe, expect, it} from "vitest";
import {packageGivenNames} from "../../../loaders/lang/de/given-names.js";
import {mentionsWithRules as found} from "./helpers.js";

describe("given names only the package list knows", () => {
  it("reads the package's lists (words among them)", () => {
    const names = packageGivenNames();
    expect(names.has("nadeem")).toBe(true);
    expect(names.has("sterling")).toBe(true);
    expect(names.has("sky")).toBe(true);
    expect(names.has("pressespiegel")).toBe(false);
  });

  const cases: [string, [string, string][]][] = [
    ["Nadeem Kalbari war Vorstandsmitglied des Vereins.", [["Nadeem Kalbari", "package-given+surname"]]],
    ["Damals kämpften Sterling Marlow und andere um den Titel.", [["Sterling Marlow", "package-given+surname"]]],
    ["Sie war mit Joana Mendl-Frisch zusammen.", [["Joana Mendl-Frisch", "package-given+surname"]]],
    // a double-barrelled surname whose last part is a noun ("Fink", "Vogel"), its first part none
    ["Sie war mit Joana Hendl-Fink zusammen.", [["Joana Hendl-Fink", "package-given+surname"]]],
    ["Am Ende sprach Nadeem Kreutz-Vogel über die Pläne.", [["Nadeem Kreutz-Vogel", "package-given+surname"]]],
    // a hyphenated noun or a thing named after a known surname is no surname
    ["Sie war mit Joana Gitarren-Fink zusammen.", []],
    ["Damals spielte Nadeem Davis-Cup für Pakistan.", []],
    // two given names of the lists, then the surname (a noun too)
    ["Den Vorsitz hatte Nadeem Sterling Fuchs inne.", [["Nadeem Sterling Fuchs", "package-given+surname"]]],
    // words of the list that open no name: after an article, before or after a capitalised word, a noun after them
    ["Das Schiff wurde von der Royal Navy beschlagnahmt.", []],
    ["Das Gericht in Den Haag tagte.", []],
    ["Die Band Sky Lounge Orchestra spielte.", []],
    ["Sie sahen Sky Sport im Fernsehen.", []],
    // the second word names a firm
    ["Die Platte erschien bei Sterling Records in London.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
