import {describe, expect, it} from "vitest";
import {mentionsWithRules as found} from "./helpers.js";

describe("a role noun alone after a speech verb is a surname (speech-verb+role-surname)", () => {
  const cases: [string, [string, string][]][] = [
    ["„Wir warten ab“, erläutert Marschall.", [["Marschall", "speech-verb+role-surname"]]],
    ["Das sei nicht geplant, so Kaiser.", [["Kaiser", "speech-verb+role-surname"]]],
    ["„Nie wieder“, sagte Richter, „das geht zu weit.“", [["Richter", "speech-verb+role-surname"]]],
    // a role before a name, a compound role, the object of a separable verb and an inflected role stay roles
    ["„Nie wieder“, sagte Richter Alvensleb.", [["Alvensleb", "role+name"]]],
    ["„Nie wieder“, sagte Außenminister.", []],
    ["Am Montag spricht Trainer nach der Niederlage das Vertrauen aus.", []],
    ["Das sei nicht geplant, so Kaisers.", []],
    ["Das gesagte Trainer.", []]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
