import {describe, expect, it} from "vitest";
import {personLexicon} from "../../../loaders/people/lexicon.js";
import {ablatedLexicon} from "../../../scripts/eval/people-ablate.js";

// made-up tuning sentences: a known surname as a gold person, firm and place names tagged ORG/LOC, a function word inside a title
const tuning = [
  {tokens: ["Gestern", "sprach", "Merkel", "in", "Hamburg", "."], tags: ["O", "O", "B-PER", "O", "B-LOC", "O"]},
  {tokens: ["Die", "Firma", "Reuters", "meldet", "es", "durch", "Boten", "."], tags: ["O", "O", "B-ORG", "O", "O", "O", "O", "O"]},
  {tokens: ["Das", "Buch", "Durch", "Nacht", "erschien", "."], tags: ["O", "O", "B-OTH", "I-OTH", "O", "O"]}
];

describe("ablatedLexicon: the lexicon less what tuning sentences could have put there", () => {
  const lex = personLexicon();
  const {lexicon, removed} = ablatedLexicon(lex, tuning);
  const cases: [string, "knownSurnames" | "nonPersonWords" | "placesAndOrganisations", string, boolean][] = [
    ["a known surname a gold person has is taken out", "knownSurnames", "merkel", false],
    ["a known surname no gold person has stays", "knownSurnames", "goethe", true],
    ["a firm's name tagged ORG is taken out", "nonPersonWords", "reuters", false],
    ["a place a package's gazetteer lists stays", "placesAndOrganisations", "hamburg", true],
    ["a function word seen in lower case stays", "nonPersonWords", "durch", true]
  ];
  it.each(cases)("%s", (_, list, word, kept) => {
    expect(lex[list].has(word)).toBe(true);
    expect(lexicon[list].has(word)).toBe(kept);
  });
  it("counts what it took out and leaves the lexicon given as it was", () => {
    expect(removed.knownSurnames).toBeGreaterThan(0);
    expect(lex.knownSurnames.has("merkel")).toBe(true);
  });
});
