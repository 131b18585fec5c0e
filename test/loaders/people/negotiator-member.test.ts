import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {negotiatorRules} from "../../../loaders/people/negotiator.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** The mentions of `text` flagged as negotiators, with their rule; `previous` is the sentence before. */
function negotiators(text: string, previous = ""): [string, string][] {
  const found = findMentions(text, [{start: 0, end: text.length}], personLexicon());
  return [...negotiatorRules(tokenize(text), found, previous ? tokenize(previous) : undefined)].map(([m, rule]) => [m.surface, rule]);
}

describe("negotiator:member: membership of a delegation or a seat at the table of talks", () => {
  const cases: [string, string, [string, string][]][] = [
    ["Der Verhandlungsdelegation gehört auch Jana Roth an.", "", [["Jana Roth", "negotiator:member"]]],
    ["Jana Roth gehörte der Delegation der Stadt an.", "", [["Jana Roth", "negotiator:member"]]],
    ["Jana Roth gehört zum Verhandlungsteam der Gewerkschaft.", "", [["Jana Roth", "negotiator:member"]]],
    ["Jana Roth ist Mitglied der Verhandlungsdelegation.", "", [["Jana Roth", "negotiator:member"]]],
    ["Jana Roth war Delegationsmitglied.", "", [["Jana Roth", "negotiator:member"]]],
    ["Auch Jana Roth sitzt mit am Verhandlungstisch.", "", [["Jana Roth", "negotiator:member"]]],
    // a pronoun for the delegation of the sentence before
    ["Laut dem Bericht gehört ihr auch Oberst Paul Kern an, der zuständig ist.", "Die Delegation der Stadt reist heute ab.", [["Paul Kern", "negotiator:member"]]],
    // a relative clause of membership
    ["Jana Roth, die der Delegation angehört, schwieg.", "", [["Jana Roth", "negotiator:relative"]]],
    // not: denied, another group, a pronoun without a delegation before, a name after "von", talks rather than a team
    ["Jana Roth gehört der Delegation nicht an.", "", []],
    ["Jana Roth gehört der Partei an.", "", []],
    ["Laut dem Bericht gehört ihr auch Paul Kern an.", "Die Partei hat viele Mitglieder.", []],
    ["Ein Sprecher von Jana Roth sitzt am Verhandlungstisch.", "", []],
    ["Jana Roth sitzt im Stadtrat.", "", []]
  ];
  it.each(cases)("%s", (text, previous, expected) => expect(negotiators(text, previous)).toEqual(expected));
});
