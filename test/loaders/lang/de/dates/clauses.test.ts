import {describe, expect, test} from "vitest";
import {type ClauseQuestions, SentenceClauses, clauseAround} from "../../../../../loaders/lang/de/dates/clauses.js";

describe("clauseAround: punctuation and quote marks at a clause's edge bound it", () => {
  test.each<[string, string, string]>([
    ["Er sagte, im Mai sei es so weit.", "Mai", " im Mai sei es so weit."],
    ["„Im Mai ist es so weit“, sagte er.", "Mai", "Im Mai ist es so weit"],
    ["Der Wert stieg im Mai um 0,4 Prozent.", "Mai", "Der Wert stieg im Mai um 0,4 Prozent."],
    // a quoted phrase inside a clause does not bound it, a quote mark after punctuation or at an end does
    ["Der Verein hat im Mai den „alten“ Vorstand entlastet.", "Mai", "Der Verein hat im Mai den „alten“ Vorstand entlastet."],
    ["Sie rief: „ Im Mai geht es los “ , und ging.", "Mai", " Im Mai geht es los "],
    ["Ab Mai (so der Plan) – oder später — fährt die Bahn; sonst nicht.", "Plan", "so der Plan"],
    ["Ab Mai (so der Plan) – oder später — fährt die Bahn; sonst nicht.", "Bahn", " fährt die Bahn"]
  ])("%s (%s)", (sentence, word, clause) => {
    const start = sentence.indexOf(word);
    const {from, to} = clauseAround(sentence, start, start + word.length);
    expect(sentence.slice(from, to)).toBe(clause);
  });
});

describe("SentenceClauses shares a clause's answers among its expressions", () => {
  test("each question is asked once per clause, the tense with ordinal dots as spaces", () => {
    const asked: string[] = [];
    const questions: ClauseQuestions<string> = {
      tense: (clause) => (asked.push(`tense:${clause}`), "past"),
      futureElsewhere: (rest) => (asked.push(`future:${rest}`), false),
      promisedElsewhere: (rest) => (asked.push(`promised:${rest}`), true),
      demandedElsewhere: (rest) => (asked.push(`demanded:${rest}`), false),
      reportedElsewhere: (rest) => (asked.push(`reported:${rest}`), false),
      finiteVerb: (clause) => (asked.push(`finite:${clause}`), true)
    };
    const text = "Am 3. Mai und im Juni war es so, sagte sie.";
    const sentence = new SentenceClauses(text, questions);
    const may = sentence.clauseAround(text.indexOf("Mai"), text.indexOf("Mai") + 3);
    const june = sentence.clauseAround(text.indexOf("Juni"), text.indexOf("Juni") + 4);
    expect(june).toBe(may);
    expect([may.tense, june.tense, may.futureElsewhere, june.promisedElsewhere, may.finiteVerb, june.finiteVerb]).toEqual(["past", "past", false, true, true, true]);
    expect(asked).toEqual([
      "tense:Am 3  Mai und im Juni war es so",
      "future: , sagte sie.",
      "promised: , sagte sie.",
      "finite:Am 3. Mai und im Juni war es so"
    ]);
    const other = sentence.clauseAround(text.indexOf("sagte"), text.indexOf("sagte") + 5);
    expect(other).not.toBe(may);
    expect(other.text).toBe(" sagte sie.");
  });
});
