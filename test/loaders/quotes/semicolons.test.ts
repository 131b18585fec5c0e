import {describe, expect, test} from "vitest";
import {findQuotePairs} from "../../../loaders/quotes/marks.js";
import {splitAtSemicolons, widenToSentence} from "../../../loaders/quotes/semicolons.js";
import type {FoundQuote} from "../../../loaders/quotes/context.js";
import {splitSentences} from "../../../loaders/text/sentences.js";
import {quotesIn} from "./helpers.js";

describe("splitAtSemicolons", () => {
  test.each<[string, string[], number[]]>([
    ["Der Baum ist 40 Jahre alt; somit wäre er 1985 gepflanzt worden. Mehr weiß man nicht.", ["Der Baum ist 40 Jahre alt;", "somit wäre er 1985 gepflanzt worden.", "Mehr weiß man nicht."], [0, 0, 1]],
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
    const text = "Der Baum ist 40 Jahre alt; somit wäre er 1985 gepflanzt worden.";
    const q = {sentenceStart: 27, sentenceEnd: text.length} as FoundQuote;
    widenToSentence(q, splitSentences(text));
    expect([q.sentenceStart, q.sentenceEnd]).toEqual([0, text.length]);
  });
});

describe("each main clause after a semicolon may hold its own report", () => {
  test.each<[string, string[]]>([
    ["Laut Vereinsangaben ist die Halle 40 Jahre in Betrieb; demnach wäre sie beim Brand erst 3 Jahre in Betrieb gewesen.", ["ist die Halle 40 Jahre in Betrieb", "wäre sie beim Brand erst 3 Jahre in Betrieb gewesen"]],
    ["Der Brand sei in der Küche ausgebrochen, sagte die Sprecherin; nach Feuerwehrangaben stecke aber keine Brandstiftung dahinter.",
      ["Der Brand sei in der Küche ausgebrochen", "stecke aber keine Brandstiftung dahinter"]]
  ])("%s", (text, expected) => {
    expect(quotesIn(text).filter((q) => q.type === "indirect").map((q) => q.text)).toEqual(expected);
  });
});
