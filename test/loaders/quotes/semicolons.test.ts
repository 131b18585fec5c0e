import {describe, expect, test} from "vitest";
import {findQuotePairs} from "../../../loaders/quotes/marks.js";
import {splitAtSemicolons, widenToSentence} from "../../../loaders/quotes/semicolons.js";
import type {FoundQuote} from "../../../loaders/quotes/context.js";
import {splitSentences} from "../../../loaders/text/sentences.js";
import {quotesIn} from "./helpers.js";

describe("splitAtSemicolons", () => {
  test.each<[string, string[], number[]]>([
    ["Er ist 24 Jahre alt; demnach wäre er damals 16 gewesen. Das ist alles.", ["Er ist 24 Jahre alt;", "demnach wäre er damals 16 gewesen.", "Das ist alles."], [0, 0, 1]],
    ["Er sagte: „Wir kommen; ihr bleibt.“ Gut.", ["Er sagte: „Wir kommen; ihr bleibt.“", "Gut."], [0, 1]],
    ["Ein Satz ohne Semikolon.", ["Ein Satz ohne Semikolon."], [0]],
    ["Am Ende steht eins;", ["Am Ende steht eins;"], [0]]
  ])("%s", (text, expected, origins) => {
    const origin: number[] = [];
    const parts = splitAtSemicolons(text, splitSentences(text), findQuotePairs(text), origin);
    expect(parts.map((s) => text.slice(s.start, s.end).trim())).toEqual(expected);
    expect(origin).toEqual(origins);
  });

  test("widenToSentence gives a quote found in a part the whole sentence", () => {
    const text = "Er ist 24 Jahre alt; demnach wäre er damals 16 gewesen.";
    const q = {sentenceStart: 21, sentenceEnd: text.length} as FoundQuote;
    widenToSentence(q, splitSentences(text));
    expect([q.sentenceStart, q.sentenceEnd]).toEqual([0, text.length]);
  });
});

describe("each main clause after a semicolon may hold its own report", () => {
  test.each<[string, string[]]>([
    ["Laut Medienberichten ist sie heute 31 Jahre alt; demnach wäre sie beim Umzug erst 12 Jahre alt gewesen.", ["ist sie heute 31 Jahre alt", "wäre sie beim Umzug erst 12 Jahre alt gewesen"]],
    ["Die Tat sei gegen den Rektor gerichtet gewesen, sagte der Sprecher; nach Behördenangaben stecke aber keine terroristische Tat dahinter.",
      ["Die Tat sei gegen den Rektor gerichtet gewesen", "stecke aber keine terroristische Tat dahinter"]]
  ])("%s", (text, expected) => {
    expect(quotesIn(text).filter((q) => q.type === "indirect").map((q) => q.text)).toEqual(expected);
  });
});
