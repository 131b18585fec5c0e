import {describe, expect, it} from "vitest";
import {roleKind, wordKind} from "../../../loaders/people/mediator.js";

describe("roleKind: a role at talks is a party's or a mediator's", () => {
  const cases: [string, string][] = [
    ["Verhandlungsführerin", "party"],
    ["Chefunterhändler der Regierung", "party"],
    ["Leiter der Verhandlungen", "party"],
    ["Schlichter", "mediator"],
    ["Co-Schlichterin", "mediator"],
    ["EU-Vermittler", "mediator"],
    ["Mediatorin", "mediator"],
    ["Schlichtungsleiter", "mediator"],
    ["Leiter der Schlichtung", "mediator"],
    ["Moderator der Gespräche", "mediator"],
    ["Moderatorin der Tarifverhandlungen", "mediator"],
    // a TV host, a broker of a trade, a stance on the talks, no talks at all
    ["Moderator", ""],
    ["Moderatorin der Sendung", ""],
    ["Arbeitsvermittlerin", ""],
    ["Versicherungsvermittler", ""],
    ["Kritiker der Schlichtung", ""],
    ["Kritiker der Verhandlungen", ""],
    ["Sprecherin", ""]
  ];
  it.each(cases)("%s → %s", (role, kind) => expect(roleKind(role.split(" "))).toBe(kind));
});

describe("wordKind: words of talks", () => {
  const cases: [string, string][] = [
    ["verhandlungen", "party"], ["delegation", "party"], ["schlichtung", "mediator"], ["vermitteln", "mediator"],
    ["schlichtungsverhandlungen", "mediator"], ["immobilienvermittler", ""], ["schlicht", ""], ["museum", ""]
  ];
  it.each(cases)("%s → %s", (word, kind) => expect(wordKind(word)).toBe(kind));
});
