import {describe, expect, test} from "vitest";
import {anyIn, endsWithZuInfinitive} from "../../../../../loaders/lang/de/quoteRules/clauses.js";
import {tokenize} from "../../../../../loaders/quotes/tokens.js";

/** Tokens of a clause I wrote, and the index of `word` in it (the start asked about). */
function at(text: string, word: string): [ReturnType<typeof tokenize>, number] {
  const tokens = tokenize(text, 0, text.length);
  return [tokens, tokens.findIndex((t) => t.text === word)];
}

describe("endsWithZuInfinitive", () => {
  test.each<[string, string, boolean]>([
    ["Er forderte sie auf, die Lizenz zu entziehen", "die", true],
    ["Er forderte sie auf, ihn einzuladen", "ihn", true],
    ["Er kam, um den Protesten zu begegnen", "um", false],
    ["Er bat, die Lizenz zu entziehen, um den Protesten zu begegnen", "die", true],
    ["Er bat, die Lizenz zu prüfen, um es zu tun, um es zu sehen", "die", true],
    ["Er sagte, die Lage sei ernst", "die", false]
  ])("%s (from %s) → %s", (text, word, expected) => {
    const [tokens, from] = at(text, word);
    expect(endsWithZuInfinitive(tokens, from)).toBe(expected);
  });

  test("a clause that ends before the sentence does (explicit end)", () => {
    const [tokens, from] = at("Er bat, sie einzuladen, und ging", "sie");
    expect(endsWithZuInfinitive(tokens, from, tokens.findIndex((t) => t.text === "und") - 1)).toBe(true);
  });

  test("a chain of 100,000 'um … zu' clauses: no stack overflow, every start answered", () => {
    const text = `Er bat, sie einzuladen, ${"um es zu tun, ".repeat(100_000)}`;
    const [tokens, from] = at(text, "sie");
    expect(endsWithZuInfinitive(tokens, from)).toBe(true);
    expect(endsWithZuInfinitive(tokens, from, tokens.length - 1)).toBe(true);
    expect(endsWithZuInfinitive(tokens, tokens.length - 4)).toBe(false);
  });
});

describe("anyIn", () => {
  test.each<[number[], number, number, boolean]>([
    [[2, 5, 9], 3, 5, false],
    [[2, 5, 9], 3, 6, true],
    [[2, 5, 9], 10, 20, false],
    [[], 0, 10, false]
  ])("%j in [%i, %i) → %s", (list, from, to, expected) => {
    expect(anyIn(list, from, to)).toBe(expected);
  });
});
