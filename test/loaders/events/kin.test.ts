import {describe, expect, test} from "vitest";
import {clusterDate, clusterMentions, type ResolvedMention} from "../../../loaders/events/cluster.js";
import {mergeKin} from "../../../loaders/events/kin.js";
import {articleEvents} from "./helpers.js";

let n = 0;
/** A mention of article `article_id` at sentence offset `start`, naming `places` and the people `actors`. */
const m = (article_id: string, start: number, type: string, date: string, places: string[], ...actors: string[]): ResolvedMention => ({
  mention_id: `k${n++}`, article_id, type, date, actors: new Set(actors), facts: [], start, end: start + 1, places: new Set(places)
});

/** The events left after clustering and merging kindred types, as "type date" with their mention count. */
const events = (mentions: ResolvedMention[]) => mergeKin(clusterMentions(mentions)).map((c) => `${c.type} ${clusterDate(c).date} ${c.members.length}`).sort();

describe("mergeKin: a visit and the meeting held on it are one event of the more specific type", () => {
  // [what, mentions, expected events]
  const cases: [string, ResolvedMention[], string[]][] = [
    ["two outlets, one day, one place, the visitor among the people met",
      [m("a", 0, "meeting", "2026-03-04", ["lyon"], "kroll", "wendt"), m("b", 0, "visit", "2026-03-04", ["lyon"], "kroll")], ["meeting 2026-03-04 2"]],
    ["one sentence with both cues, no place named", [m("a", 0, "visit", "2026-03-04", [], "kroll"), m("a", 0, "meeting", "2026-03-04", [], "kroll", "wendt")], ["meeting 2026-03-04 2"]],
    ["a summit wins over a meeting", [m("a", 0, "summit", "2026-03-04", ["genf"], "kroll", "wendt"), m("b", 5, "meeting", "2026-03-04", ["genf"], "wendt", "kroll")], ["summit 2026-03-04 2"]],
    // kept apart
    ["another place", [m("a", 0, "meeting", "2026-03-04", ["lyon"], "kroll", "wendt"), m("b", 0, "visit", "2026-03-04", ["genf"], "kroll")], ["meeting 2026-03-04 1", "visit 2026-03-04 1"]],
    ["no place on one side, another sentence", [m("a", 0, "meeting", "2026-03-04", ["lyon"], "kroll", "wendt"), m("b", 0, "visit", "2026-03-04", [], "kroll")], ["meeting 2026-03-04 1", "visit 2026-03-04 1"]],
    ["another day", [m("a", 0, "meeting", "2026-03-04", ["lyon"], "kroll", "wendt"), m("b", 0, "visit", "2026-03-05", ["lyon"], "kroll")], ["meeting 2026-03-04 1", "visit 2026-03-05 1"]],
    ["other people", [m("a", 0, "meeting", "2026-03-04", ["lyon"], "kroll", "wendt"), m("b", 0, "visit", "2026-03-04", ["lyon"], "berger")], ["meeting 2026-03-04 1", "visit 2026-03-04 1"]],
    ["no people on one side", [m("a", 0, "meeting", "2026-03-04", ["lyon"], "kroll", "wendt"), m("b", 0, "visit", "2026-03-04", ["lyon"])], ["meeting 2026-03-04 1", "visit 2026-03-04 1"]],
    ["types of no kindred group", [m("a", 0, "call", "2026-03-04", ["lyon"], "kroll", "wendt"), m("b", 0, "meeting", "2026-03-04", ["lyon"], "kroll", "wendt")], ["call 2026-03-04 1", "meeting 2026-03-04 1"]],
    // talks and a meeting of their sides on their day and at their place are one negotiation
    ["talks and a meeting at their place", [m("a", 0, "negotiation", "2026-03-23", ["kassel"], "kroll", "wendt"), m("b", 0, "meeting", "2026-03-23", ["kassel"], "wendt", "kroll")], ["negotiation 2026-03-23 2"]],
    ["talks and a meeting elsewhere", [m("a", 0, "negotiation", "2026-03-23", ["kassel"], "kroll", "wendt"), m("b", 0, "meeting", "2026-03-23", ["lyon"], "wendt", "kroll")], ["meeting 2026-03-23 1", "negotiation 2026-03-23 1"]],
    ["a summit takes the meeting before the talks do", [m("a", 0, "summit", "2026-03-04", ["genf"], "kroll", "wendt"), m("b", 5, "meeting", "2026-03-04", ["genf"], "wendt", "kroll"), m("c", 0, "negotiation", "2026-03-04", ["genf"], "wendt", "kroll")], ["negotiation 2026-03-04 1", "summit 2026-03-04 2"]],
    ["a month is no day", [m("a", 0, "meeting", "2026-03", ["lyon"], "kroll", "wendt"), m("b", 0, "visit", "2026-03", ["lyon"], "kroll")], ["meeting 2026-03 1", "visit 2026-03 1"]]
  ];
  test.each(cases)("%s", (_, mentions, expected) => {
    expect(events(mentions)).toEqual(expected);
  });
});

describe("the events step merges kindred types", () => {
  test.each<[string, string[]]>([
    ["Die Ministerin Anna Kroll besuchte am Dienstag Lyon und traf dort den Bürgermeister Paul Wendt.", ["meeting"]],
    ["Die Ministerin Anna Kroll besuchte am Dienstag Lyon. Am Mittwoch traf sie in Genf den Bürgermeister Paul Wendt.", ["meeting", "visit"]],
    ["Die Schlichtung unter Leitung von Anna Kroll und Paul Wendt begann am Montag in Kassel. Die Schlichter Anna Kroll und Paul Wendt trafen sich am Montag in Kassel mit beiden Seiten.", ["negotiation"]]
  ])("%s", (text, types) => {
    expect(articleEvents(text).map((e) => e.type).sort()).toEqual(types);
  });
});
