import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {INITIAL, isInitial, isSurnameCandidate} from "../../../loaders/people/name-shape.js";
import {multiLetterInitials} from "../../../loaders/lang/de/abbreviations.js";
import {tokenize} from "../../../loaders/people/tokens.js";

describe("isSurnameCandidate: kept on the token, read again for another non-person list", () => {
  const lex = personLexicon();
  const cases: [string, boolean][] = [
    ["Brinkhoff", true],
    ["Bürgermeister", false],
    ["SPD", false],
    ["J.", false],
    ["B52", false],
    ["morgen", false]
  ];
  it.each(cases)("%s → %s, also when asked twice", (word, expected) => {
    const [token] = tokenize(word);
    expect(isSurnameCandidate(token, lex)).toBe(expected);
    expect(isSurnameCandidate(token, lex)).toBe(expected);
  });

  it("a lexicon whose non-person list holds the word reads the same token afresh", () => {
    const [token] = tokenize("Brinkhoff");
    expect(isSurnameCandidate(token, lex)).toBe(true);
    const other = {...lex, nonPersonWords: new Set([...lex.nonPersonWords, "brinkhoff"])};
    expect(isSurnameCandidate(token, other)).toBe(false);
    expect(isSurnameCandidate(token, lex)).toBe(true);
  });
});

describe("initials are built from the list of multi-letter initials (abbreviations.ts)", () => {
  // text, is an initial
  const cases: [string, boolean][] = [
    ...multiLetterInitials.map((i): [string, boolean] => [`${i}.`, true]),
    ["K.", true],
    ["Sch.", false],
    ["ch.", false],
    ["Ch", false],
    ["Chri.", false]
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(isInitial(text)).toBe(expected);
    expect(INITIAL.test(text)).toBe(expected);
  });
});
