import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {mediatedTalks, mediatingSides, mediatorCues, representsMediator} from "../../../loaders/people/mediator-cues.js";
import {findMentions} from "../../../loaders/people/mentions.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** [surface, cue id] of the mediators of a one-sentence text; `mediated`: whether its article speaks of mediated talks. */
function mediators(text: string, mediated = true): [string, string][] {
  const found = findMentions(text, [{start: 0, end: text.length}], personLexicon());
  return [...mediatorCues(tokenize(text), found, mediated)].map(([m, id]) => [m.surface, id]);
}

describe("mediator cues (mediator-cues.ts)", () => {
  const cases: [string, [string, string][]][] = [
    // mediator:predicate — a copula with a mediator noun, or a mediator's role named as such
    ["Lea Sommer, die früher Richterin war, gilt als geduldige Vermittlerin.", [["Lea Sommer", "mediator:predicate"]]],
    ["Olaf Brink war Vermittler im Streit der Nachbarn.", [["Olaf Brink", "mediator:predicate"]]],
    ["Olaf Brink spielt seit Jahren eine Vermittlerrolle.", [["Olaf Brink", "mediator:predicate"]]],
    ["Olaf Brink ist mit dem Vermittler befreundet.", []],
    ["Olaf Brink hat den Vermittler getroffen.", []],
    // words of time between the copula and the noun pass (predicateStoppers names only a complement's prepositions and articles)
    ["Lea Sommer gilt seit gestern als Vermittlerin.", [["Lea Sommer", "mediator:predicate"]]],
    ["Lea Sommer war bei den Vermittlern.", []],
    // mediator:between — mediating or shuttling between the sides, or mediating in a conflict
    ["Olaf Brink vermittelt zwischen den Tarifparteien.", [["Olaf Brink", "mediator:between"]]],
    ["Lea Sommer pendelte tagelang zwischen den beiden Lagern.", [["Lea Sommer", "mediator:between"]]],
    ["Lea Sommer will im Streit um die Löhne vermitteln.", [["Lea Sommer", "mediator:between"]]],
    ["Lea Sommer pendelte täglich nach Bonn.", []],
    // "die" opens the truce or talks mediated, no conveyed object (conveyedObjectArticles); "den" opens one
    ["Olaf Brink vermittelte die Waffenruhe zwischen den Parteien.", [["Olaf Brink", "mediator:between"]]],
    ["Olaf Brink vermittelte den Kauf zwischen den Firmen.", []],
    // travelling, conveying, arranging and moderating are not mediating
    ["Lea Sommer reiste zwischen Weihnachten und Neujahr nach Rom.", []],
    ["Olaf Brink vermittelte bei dem Treffen den Eindruck, alles sei geregelt.", []],
    ["Olaf Brink hat damals den Kontakt vermittelt.", []],
    ["Lea Sommer vermittelt Wohnungen im Streit um Mieten.", []],
    ["Die Moderatorin Lea Sommer hat die Gesprächsrunde moderiert.", []],
    // mediator:chairs — talks as a whole chaired, a name coordinated after it shares it; a delegation is a side's
    ["Geleitet werden die Gespräche von Ministerin Lea Sommer und dem norwegischen Diplomaten Olaf Brink.", [["Lea Sommer", "mediator:chairs"], ["Olaf Brink", "mediator:chairs"]]],
    ["Die Verhandlungen werden von Lea Sommer geleitet.", [["Lea Sommer", "mediator:chairs"]]],
    ["Lea Sommer leitet die Verhandlungen.", [["Lea Sommer", "mediator:chairs"]]],
    // leading one's side's talks ("führt", negotiator-words leadingVerbs) is no chairing (chairingVerbs)
    ["Lea Sommer moderierte die Gespräche.", [["Lea Sommer", "mediator:chairs"]]],
    ["Lea Sommer führt die Verhandlungen.", []],
    ["Die Delegation wird von Lea Sommer geleitet.", []]
  ];
  it.each(cases)("%s", (text, expected) => expect(mediators(text)).toEqual(expected));

  it("chairing is mediating only in an article about mediated talks", () => {
    expect(mediators("Geleitet werden die Gespräche von Lea Sommer.", false)).toEqual([]);
  });
});

describe("mediatedTalks", () => {
  const cases: [string, boolean][] = [
    ["Norwegen vermittelt seit Monaten.", true],
    ["Die indirekten Gespräche gehen weiter.", true],
    ["Die Gespräche gehen weiter.", false],
    ["Die Vermittlung der Gespräche stockt.", true],
    ["Lea Sommer vermittelt zwischen den Parteien.", true],
    // an adverb, a compound's tail, conveying something, a conference
    ["Die Darstellung ist schlicht falsch.", false],
    ["Die Arbeitsvermittlung meldet mehr Stellen.", false],
    ["Der Film vermittelt den Eindruck großer Ruhe.", false],
    ["Die Konferenz wird von Lea Sommer geleitet.", false]
  ];
  it.each(cases)("%s", (text, expected) => expect(mediatedTalks([tokenize(text)])).toBe(expected));
});

describe("mediating countries and their office holders (mediatingSides, representsMediator)", () => {
  const cases: [string, string[]][] = [
    ["Die Gespräche begannen unter Vermittlung Norwegens und Polens.", ["Norwegen", "Polen"]],
    ["Norwegen und Polen haben monatelang zwischen Serbien und dem Kosovo vermittelt.", ["Norwegen", "Polen"]],
    // "sowie" joins the countries as "und" does (mediatorConjunctions); another word ends them
    ["Die Gespräche begannen unter Vermittlung Norwegens sowie Polens.", ["Norwegen", "Polen"]],
    ["Norwegen sowie Polen haben lange zwischen Serbien und dem Kosovo vermittelt.", ["Norwegen", "Polen"]],
    ["Die Gespräche begannen unter Vermittlung Norwegens mit Polens Hilfe.", ["Norwegen"]],
    ["Er sagte, dass Norwegen nur vermittelt, wenn beide Seiten es wollen.", ["Norwegen"]],
    ["Deutschland vermittelt jedes Jahr Tausende Pflegekräfte.", []],
    // the sides between which a country mediates do not mediate
    ["Serbien lehnt jede Vermittlung ab.", []]
  ];
  it.each(cases)("%s", (text, expected) => expect([...mediatingSides([tokenize(text)])].sort()).toEqual(expected.sort()));

  const lex = personLexicon();
  const offices: [string, string, boolean][] = [
    ["Der norwegische Außenminister Olaf Brink reiste an.", "", true],
    ["Die Regierungschefin Lea Sommer reiste an.", "Norwegen", true],
    // a citizen of the country without a state office does not represent it
    ["Der norwegische Sänger Olaf Brink reiste an.", "", false],
    ["Der polnische Außenminister Olaf Brink reiste an.", "", false]
  ];
  it.each(offices)("%s", (text, register, expected) => {
    const [m] = findMentions(text, [{start: 0, end: text.length}], lex);
    expect(representsMediator(m, new Set(["Norwegen"]), register)).toBe(expected);
  });
});
