import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";

describe("personLexicon is built once per register and organisation list", () => {
  it("calls without arguments share one lexicon; another list makes another", () => {
    expect(personLexicon()).toBe(personLexicon());
    const register: never[] = [];
    expect(personLexicon(register)).toBe(personLexicon(register));
    expect(personLexicon(register, ["verdi"]).organisations.has("verdi")).toBe(true);
  });
});
