import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {negotiatorRules} from "../../../loaders/people/negotiator.js";
import {tokenize} from "../../../loaders/people/tokens.js";

function negotiators(text: string): string[] {
  const found = findMentions(text, [{start: 0, end: text.length}], personLexicon());
  return [...negotiatorRules(tokenize(text), found).keys()].map((m) => m.surface);
}

describe("negotiator rule", () => {
  const cases: [string, string[]][] = [
    ["Er ernannte den Außenminister Anna Berg; den Direktor der CIA, Paul Kern; sowie Botschafter Eva Roth, um die Verhandlungen zu führen.", ["Anna Berg", "Paul Kern", "Eva Roth"]],
    ["Das Amt hat Außenministerin Lena Holm und Sondergesandten Tom Brandt mit der Leitung der Delegation beauftragt.", ["Lena Holm", "Tom Brandt"]],
    ["Dort werden Vizepräsident Karl Weise und Ministerin Jana Falk die Delegation anführen.", ["Karl Weise", "Jana Falk"]],
    ["Sondergesandter Steve Witkoff verhandelte in Riad mit der russischen Seite.", ["Steve Witkoff"]],
    // no negotiation cue: a list alone is not a delegation
    ["Anna Berg und Paul Kern besuchten das Museum.", []],
    // a cue, but the names are not a coordinated list
    ["Anna Berg sagte, Paul Kern habe die Verhandlungen kritisiert.", []]
  ];
  it.each(cases)("%s", (text, expected) => expect(negotiators(text)).toEqual(expected));
});

describe("negotiator rule on other wordings", () => {
  const cases: [string, string[]][] = [
    ["Steve Witkoff und Jared Kushner reisten zu Friedensgesprächen nach Moskau.", ["Steve Witkoff", "Jared Kushner"]],
    ["Katar will zwischen Anna Berg und Paul Kern vermitteln.", ["Anna Berg", "Paul Kern"]]
  ];
  it.each(cases)("%s", (text, expected) => expect(negotiators(text)).toEqual(expected));
});
