import {describe, expect, test} from "vitest";
import {eventSummary, excerpt, summaryMention} from "../../../loaders/events/summary.js";
import type {EventMentionRow} from "../../../loaders/types.js";

/** A mention of `sentence` (starting at offset 100 of its article) whose cue is the given word. */
function mention(sentence: string, cue: string): EventMentionRow {
  const at = sentence.indexOf(cue);
  return {
    mention_id: "m", article_id: "a", start: 100, end: 100 + sentence.length, part: "body", type: "meeting", cue,
    cue_start: 100 + at, cue_end: 100 + at + cue.length, date: "", date_start: null, date_end: null, date_rule: "", facts: "", event_id: "", sentence, rule: "test"
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

describe("an event's summary says what happened, not only who took part", () => {
  const short = "Die Busfahrerin Lena Haupt und der Stadtrat Jonas Eckert trafen sich am Montag im Depot.";
  test.each<[string, string[], string, string]>([
    ["people and the sentence", ["Jonas Eckert", "Lena Haupt"], short, `meeting: Jonas Eckert, Lena Haupt — ${short}`],
    ["no person: the sentence alone", [], "Am Montag stand der Busverkehr still, weil die Fahrer trafen.", "meeting: Am Montag stand der Busverkehr still, weil die Fahrer trafen."],
    ["a long sentence: words around the cue", ["Lena Haupt"], long, "meeting: Lena Haupt — …Rande der Konferenz in Genf getroffen, um über einen möglichen Waffenstillstand zu…"],
    ["a line break in the sentence is a space", [], "Sie trafen sich\nam Montag.", "meeting: Sie trafen sich am Montag."],
    // the summary is plain text: markup in the article stays as written, for the page to escape
    ["markup is kept as text", [], "Die <b>Fahrer</b> trafen sich am Montag.", "meeting: Die <b>Fahrer</b> trafen sich am Montag."]
  ])("%s", (_, names, sentence, expected) => {
    const cue = /getroffen|trafen/.exec(sentence)![0];
    expect(eventSummary("meeting", names, mention(sentence, cue))).toBe(expected);
  });

  test.each<[string, [string, number, string][], string, string]>([
    ["the mention dated as the event", [["a", 300, ""], ["b", 500, "2026-03-12"], ["c", 100, "2026-03"]], "2026-03-12", "b"],
    ["a month event: mentions inside the month count as dated", [["a", 300, ""], ["b", 500, "2026-03-12"], ["c", 100, "2026-03"]], "2026-03", "c"],
    ["none dated: the earliest, then by article", [["b", 100, ""], ["a", 100, ""]], "2026-03-12", "a"]
  ])("summaryMention: %s", (_, rows, date, expected) => {
    const members = rows.map(([article_id, start, d]) => ({...mention(short, "trafen"), article_id, start, date: d}));
    expect(summaryMention(members, date).article_id).toBe(expected);
  });
});
