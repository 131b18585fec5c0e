import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {negotiatorRules} from "../../../loaders/people/negotiator.js";
import {delegationLedAt, delegationUnderAt, negotiatorSide} from "../../../loaders/people/negotiator-side.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** [surface, negotiator rule, side, role] of the negotiators of a one-sentence text. */
function sides(text: string): [string, string, string, string][] {
  const lex = personLexicon();
  const found = findMentions(text, [{start: 0, end: text.length}], lex);
  const tokens = tokenize(text);
  const rules = negotiatorRules(tokens, found);
  const out: [string, string, string, string][] = [];
  for (const m of found) {
    const rule = rules.get(m) ?? (delegationUnderAt(tokens, m) ? "negotiator:delegation-under" : delegationLedAt(tokens, m) ? "negotiator:delegation-led" : "");
    if (!rule.startsWith("negotiator:")) continue;
    const side = negotiatorSide(tokens, m, rule, lex);
    out.push([m.surface, rule, side?.side ?? "", side?.role ?? ""]);
  }
  return out;
}

describe("a negotiator's side and role from its clause (negotiator-side.ts)", () => {
  const cases: [string, [string, string, string, string][]][] = [
    // side:for
    ["Für Norwegen verhandelt Lea Sommer.", [["Lea Sommer", "negotiator:subject", "Norwegen", ""]]],
    // side:seite
    ["Auf ukrainischer Seite verhandelt Olaf Brink.", [["Olaf Brink", "negotiator:subject", "Ukraine", ""]]],
    // side:delegation, with the leader's role where the name heads it
    ["Die norwegische Delegation wird von Lea Sommer geleitet.", [["Lea Sommer", "negotiator:passive-agent", "Norwegen", "Leiterin der norwegischen Delegation"]]],
    ["Die Delegation Polens leitet erneut Olaf Brink.", [["Olaf Brink", "negotiator:delegation-led", "Polen", "Leiter der Delegation Polens"]]],
    ["Die polnische Delegation unter Olaf Brink reiste ab.", [["Olaf Brink", "negotiator:delegation-under", "Polen", "Leiter der polnischen Delegation"]]],
    // talks with the name: it is no member of that delegation
    ["Die polnische Delegation führt Gespräche mit Olaf Brink.", []],
    // side:prefix — a listed organisation opens the role compound
    ["Am Abend reiste Hamas-Unterhändler Olaf Brink ab.", [["Olaf Brink", "negotiator:role", "Hamas", ""]]],
    // the delegation the name meets, talks with or receives is not its own; a role compound's side comes first
    ["Hamas-Unterhändler Olaf Brink traf am Montag die polnische Delegation in Kairo.", [["Olaf Brink", "negotiator:role", "Hamas", ""]]],
    ["Der Unterhändler Olaf Brink führte Gespräche mit der polnischen Delegation.", [["Olaf Brink", "negotiator:role", "", ""]]],
    ["Lea Sommer leitete den Empfang der norwegischen Delegation.", []],
    // side:for needs a word of talks in the clause
    ["Der Unterhändler Olaf Brink trat einst für Berlin bei Wahlen an.", [["Olaf Brink", "negotiator:role", "", ""]]],
    ["Für Norwegen bestätigte der Unterhändler Olaf Brink die Einigung.", [["Olaf Brink", "negotiator:role", "Norwegen", ""]]],
    ["Der Unterhändler Olaf Brink verhandelt für Norwegen.", [["Olaf Brink", "negotiator:role", "Norwegen", ""]]],
    // no side named
    ["Der Chefunterhändler Olaf Brink reiste ab.", [["Olaf Brink", "negotiator:role", "", ""]]]
  ];
  it.each(cases)("%s", (text, expected) => expect(sides(text)).toEqual(expected));
});
