import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../../loaders/people/lexicon.js";
import {findMentions, type VetoedMention} from "../../../../loaders/people/mentions.js";

function run(text: string): {found: string[]; vetoed: [string, string][]} {
  const vetoed: VetoedMention[] = [];
  const found = findMentions(text, [{start: 0, end: text.length}], personLexicon([]), [], vetoed).map((m) => m.surface);
  return {found, vetoed: vetoed.map((v) => [v.surface, v.veto])};
}

describe("institution-after-role (role-object-vetoes.ts)", () => {
  const cases: [string, [string, string][]][] = [
    ["In Deutschland hatte der Oberste Gerichtshof im Herbst entschieden, dass die Regel gilt.", [["Gerichtshof", "institution-after-role"]]],
    ["Der Oberste Verwaltungsgerichtshof bestätigte das Urteil am Montag.", [["Verwaltungsgerichtshof", "institution-after-role"]]],
    ["Die Lasten werden im Westrichter Vertrag genannt, sagte die Ministerin.", [["Vertrag", "institution-after-role"]]]
  ];
  for (const [text, vetoed] of cases) it(text, () => expect(run(text).vetoed).toEqual(vetoed));
});

describe("object-after-indefinite-role (role-object-vetoes.ts)", () => {
  const cases: [string, [string, string][]][] = [
    ["Als der Torwart einem Stürmer Platz machte, fiel das dritte Tor.", [["Platz", "object-after-indefinite-role"]]],
    ["Der Torwart machte später einem weiteren Stürmer Platz.", [["Platz", "object-after-indefinite-role"]]],
    ["Am Ende gab sie einem Kollegen Recht und ging nach Hause.", [["Recht", "object-after-indefinite-role"]]]
  ];
  for (const [text, vetoed] of cases) it(text, () => expect(run(text).vetoed).toEqual(vetoed));
});

describe("names after a role stay", () => {
  const cases: [string, string[]][] = [
    ["Trainer Stein lobte den Kurs der Mannschaft.", ["Stein"]],
    ["Kanzler Amtmann sagte das am Abend.", ["Amtmann"]],
    ["Gestern traf ein Herr Lindner im Rathaus ein.", ["Lindner"]],
    ["Er sprach lange mit einem Trainer Fischer aus der Stadt.", ["Fischer"]]
  ];
  for (const [text, found] of cases) it(text, () => expect(run(text).found).toEqual(found));
});

describe("organisation-after-particle (role-object-vetoes.ts)", () => {
  const cases: [string, string[], [string, string][]][] = [
    ["Dieser Herr von der Lehrergewerkschaft hat das sofort analysiert.", [], [["von der Lehrergewerkschaft", "organisation-after-particle"]]],
    ["Frau von der Heide sagte das am Abend.", ["von der Heide"], []],
    ["Frau von Rahmer sagte das am Abend.", ["von Rahmer"], []]
  ];
  for (const [text, found, vetoed] of cases) it(text, () => expect(run(text)).toEqual({found, vetoed}));
});
