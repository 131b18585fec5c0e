import {describe, expect, test} from "vitest";
import {excerpt} from "../../../loaders/events/summary.js";
import type {EventMentionRow} from "../../../loaders/types.js";

/** A mention of `sentence` (starting at offset 100 of its article) whose cue is the given word. */
function mention(sentence: string, cue: string): EventMentionRow {
  const at = sentence.indexOf(cue);
  return {
    mention_id: "m", article_id: "a", start: 100, end: 100 + sentence.length, part: "body", type: "meeting", cue,
    cue_start: 100 + at, cue_end: 100 + at + cue.length, date: "", date_start: null, date_end: null, facts: "", event_id: "", sentence, rule: "test"
  };
}

const long = "Nach wochenlangen Vorbereitungen in mehreren Hauptstädten haben sich die Außenminister beider Länder am Rande der Konferenz in Genf getroffen, um über einen möglichen Waffenstillstand zu sprechen.";

describe("event summaries", () => {
  test.each<[string, string, string]>([
    // a short sentence is the summary as it is
    ["Die Außenminister beider Länder haben sich vergangene Woche in Genf getroffen.", "getroffen", "Die Außenminister beider Länder haben sich vergangene Woche in Genf getroffen."],
    // a long one is cut around the cue, at word boundaries on both sides
    [long, "getroffen", "…Rande der Konferenz in Genf getroffen, um über einen möglichen Waffenstillstand zu…"]
  ])("%s", (sentence, cue, expected) => {
    expect(excerpt(mention(sentence, cue))).toBe(expected);
  });

  test("a cut never falls inside a word", () => {
    for (let i = 0; i < long.length; i++) {
      const word = /^\p{L}+/u.exec(long.slice(i))?.[0];
      if (!word || (i > 0 && /\p{L}/u.test(long[i - 1]))) continue;
      const text = excerpt(mention(long, word)).replace(/^…|…$/g, "");
      expect(long.includes(text)).toBe(true);
      const at = long.indexOf(text);
      expect(at === 0 || !/\p{L}/u.test(long[at - 1])).toBe(true);
      expect(at + text.length === long.length || !/\p{L}/u.test(long[at + text.length])).toBe(true);
    }
  });
});
