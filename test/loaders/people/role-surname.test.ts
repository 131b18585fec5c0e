import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";

function found(text: string): [string, string][] {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon()).map((m) => [m.surface, m.rule]);
}

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
