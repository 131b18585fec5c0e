import {describe, expect, test} from "vitest";
import {uniqueIds} from "../../../loaders/quotes/extractor.js";
import type {QuoteRow} from "../../../loaders/types.js";

const row = (quote_id: string, rule: string): QuoteRow => ({quote_id, article_id: "a", start: 0, end: 1, text: "x", type: "direct", speaker_id: "", speaker: "", speaker_start: null, speaker_end: null, cue: "", cue_start: null, cue_end: null, rule, sentence: ""});

describe("uniqueIds", () => {
  test.each<[string[], string[]]>([
    [["a:10", "a:20"], ["a:10", "a:20"]],
    [["a:10", "a:10"], ["a:10", "a:10:2"]],
    [["a:10", "a:10", "a:10", "a:30"], ["a:10", "a:10:2", "a:10:3", "a:30"]]
  ])("%j → %j", (ids, expected) => {
    expect(uniqueIds(ids.map((id) => row(id, "r"))).map((r) => r.quote_id)).toEqual(expected);
  });
});
