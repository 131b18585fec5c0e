import {describe, expect, it} from "vitest";
import {frontedSide} from "../../../loaders/people/fronted-side.js";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** The side read for the mention of `surface`: [affiliation, cue], or null. */
function side(text: string, surface: string, organisations: string[] = []) {
  const lex = personLexicon([], organisations);
  const m = findMentions(text, [{start: 0, end: text.length}], lex).find((x) => x.surface === surface)!;
  const found = frontedSide(tokenize(text), m.first, lex);
  return found && [found.affiliation, found.cue];
}

describe("frontedSide: a sentence opening with \"Für\" and an organisation gives the person after its verb a side", () => {
  const cases: [string, string, string[], string[] | null][] = [
    ["Für die KVP verhandelt Fraktionschefin Ida Wenger.", "Ida Wenger", [], ["KVP", "Für die KVP"]],
    ["Für die KVP ist die stellvertretende Vorsitzende Ida Wenger Chefverhandlerin.", "Ida Wenger", [], ["KVP", "Für die KVP"]],
    ["Für den Bergbund sprach Rolf Kainz.", "Rolf Kainz", ["Bergbund"], ["Bergbund", "Für den Bergbund"]],
    // a common noun is no organisation; a noun other than a role between verb and name; not at the sentence's start
    ["Für die Gewerkschaft verhandelt Ida Wenger.", "Ida Wenger", [], null],
    ["Für die KVP war das Urteil von Richterin Ida Wenger ein Erfolg.", "Ida Wenger", [], null],
    // "Für X ist NAME …" judges the person; only a role noun before the name gives the side
    ["Für die KVP ist Ida Wenger die falsche Kandidatin.", "Ida Wenger", [], null],
    ["Gestern hat für die KVP Ida Wenger gesprochen.", "Ida Wenger", [], null]
  ];
  it.each(cases)("%s", (text, surface, organisations, expected) => {
    expect(side(text, surface, organisations)).toEqual(expected);
  });
});
