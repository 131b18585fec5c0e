import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "./helpers.js";

describe("a two-word name no list holds in the subject's place (verb+full-name)", () => {
  const cases: [string, [string, string][]][] = [
    // after a finite verb in verb-second order
    ["1731 übernahm Tralvik Osmerau die Leitung der Werkstatt.", [["Tralvik Osmerau", "verb+full-name"]]],
    ["Im Herbst wurde Tiruk Osmanovo neuer Präsident des Vereins.", [["Tiruk Osmanovo", "verb+full-name"]]],
    // after the verb and one or two particles
    ["Am Abend stolperte auch Tralvik Osmerau in den Saal.", [["Tralvik Osmerau", "verb+full-name"]]],
    ["1999 übernahm dann auch Tiruk Osmanovo die Leitung.", [["Tiruk Osmanovo", "verb+full-name"]]],
    // a particle at the sentence's start, with no verb before it
    ["Auch Tralvik Osmerau.", []],
    // opening the sentence before its verb
    ["Tralvik Osmerau gründete die Werkstatt 1731.", [["Tralvik Osmerau", "verb+full-name"]]],
    // a double-barrelled surname whose last part is a noun, its first part none
    ["1731 übernahm Tralvik Osmerau-Fink die Leitung.", [["Tralvik Osmerau-Fink", "verb+full-name"]]],
    ["1731 übernahm Tralvik Gitarren-Fink die Leitung.", []],
    // places, English place names, nouns, firms and a verb of lying stay out
    ["Tralvik Osmerau liegt im Osten der Stadt.", []],
    ["Danach besuchte Old Sarum kaum noch jemand.", []],
    ["1990 kaufte Volkswagen Bentley.", []],
    ["Im Mai eröffnete Altdorf Hüsten den Markt.", []],
    // a capitalised word after the pair may make a longer name or title: no name by this rule
    ["Dort zeigte Tralvik Osmerau Werke aus Wien.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
