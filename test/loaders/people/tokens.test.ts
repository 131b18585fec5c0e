import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {roleNoun} from "../../../loaders/people/roles.js";
import {tokenize} from "../../../loaders/people/tokens.js";

describe("people tokens: a soft hyphen is kept in the text and left out of the lower-case form", () => {
  const cases: [string, [string, string][]][] = [
    ["Chris\u00ADtian", [["Chris\u00ADtian", "christian"]]],
    ["Ab\u00ADteilungs\u00ADleiter sagt", [["Ab\u00ADteilungs\u00ADleiter", "abteilungsleiter"], ["sagt", "sagt"]]],
    ["Wort\u00AD Ende", [["Wort", "wort"], ["\u00AD", "\u00AD"], ["Ende", "ende"]]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(tokenize(text).map((t) => [t.text, t.lower])).toEqual(expected);
  });
});

describe("people tokens: a word with a lower-case first letter and a capital after it is lower-cased whole", () => {
  const cases: [string, [string, string][]][] = [
    ["laut al-Wardi", [["laut", "laut"], ["al-Wardi", "al-wardi"]]],
    ["el-Tamar sagte", [["el-Tamar", "el-tamar"], ["sagte", "sagte"]]],
    ["das eFahrrad", [["das", "das"], ["eFahrrad", "efahrrad"]]],
    ["ein süßer Brei", [["ein", "ein"], ["süßer", "süßer"], ["Brei", "brei"]]]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(tokenize(text).map((t) => [t.text, t.lower])).toEqual(expected);
  });
});

describe("a name split by soft hyphens is still found", () => {
  const cases: [string, [string, string][]][] = [
    ["Ges\u00ADtern sprach Chris\u00ADtian Walbrecker im Rat.", [["Chris\u00ADtian Walbrecker", "given-name+surname"]]],
    ["Dann kam Kata\u00ADrina zurück.", [["Kata\u00ADrina", "given-name"]]]
  ];
  it.each(cases)("%s", (text, expected) => {
    const found = findMentions(text, [{start: 0, end: text.length}], personLexicon()).map((m) => [m.surface, m.rule]);
    expect(found).toEqual(expected);
  });
});

describe("a role noun with soft hyphens reads its role and affiliation without them", () => {
  const cases: [string, {role: string; affiliation: string; cue: string; surnameLike: boolean}][] = [
    ["US-Außen\u00ADminister", {role: "US-Außenminister", affiliation: "USA", cue: "US", surnameLike: true}],
    ["Kreml-Spre\u00ADcher", {role: "Kreml-Sprecher", affiliation: "Russland (Kreml)", cue: "Kreml", surnameLike: true}]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(roleNoun(tokenize(text)[0])).toEqual(expected);
  });
});
