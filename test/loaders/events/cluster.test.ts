import {describe, expect, test} from "vitest";
import {actorsCompatible, clusterDate, clusterMentions, datesCompatible, dayInsidePeriod, isoWeekOf, type ResolvedMention} from "../../../loaders/events/cluster.js";

let n = 0;
const m = (article_id: string, type: string, date: string, ...actors: string[]): ResolvedMention => ({
  mention_id: `m${n++}`, article_id, type, date, actors: new Set(actors), facts: [], start: 0, end: 1
});

describe("event merging", () => {
  test.each<[string, string, boolean]>([
    ["2025-02-12", "2025-02-12", true],
    ["2025-02", "2025-02-12", true],
    ["", "2013", true],
    ["2025-02-12", "2025-02-11", false],
    ["2022", "2025", false],
    // an ISO week (Monday 10 to Sunday 16 February 2025) meets the days and months it overlaps
    ["2025-W07", "2025-02-12", true],
    ["2025-02-16", "2025-W07", true],
    ["2025-W07", "2025-02-17", false],
    ["2025-W05", "2025-02", true],
    ["2025-W05", "2025-03", false],
    ["2025-W07", "2025-W08", false]
  ])("dates %j and %j compatible: %s", (a, b, expected) => {
    expect(datesCompatible(a, b)).toBe(expected);
  });

  test.each<[string[], string[], boolean, boolean]>([
    [["trump", "putin"], ["putin", "trump", "peskov"], false, true],
    [["trump"], ["trump", "putin"], false, true],
    [["trump", "zelensky"], ["trump", "putin"], false, false],
    [[], ["trump", "putin"], false, false],
    [[], ["trump", "putin"], true, true]
  ])("actors %j and %j (empty allowed %s): %s", (a, b, allowEmpty, expected) => {
    expect(actorsCompatible(new Set(a), new Set(b), allowEmpty)).toBe(expected);
  });

  test("one call reported by five outlets, dated by two, stays apart from another call", () => {
    const clusters = clusterMentions([
      m("a", "call", "", "putin", "trump"),
      m("b", "call", "2025-02-12", "trump", "putin"),
      m("c", "call", "2025-02-12", "trump"),
      m("c", "call", "", "trump", "putin"),
      m("d", "call", "", "trump", "putin"),
      m("e", "call", "", "trump"),
      m("e", "call", "", "putin", "trump"),
      m("a", "call", "2022-02", "putin", "biden")
    ]);
    const dated = clusters.map((c) => ({...clusterDate(c), articles: new Set(c.members.map((x) => x.article_id)).size}));
    expect(dated).toContainEqual({date: "2025-02-12", granularity: "day", articles: 5});
    expect(dated).toContainEqual({date: "2022-02", granularity: "month", articles: 1});
  });

  test("a week-dated mention is one event with the day inside that week, dated by the day; alone it keeps week granularity", () => {
    const joined = clusterMentions([m("a", "meeting", "2025-W07", "rubio", "lawrow"), m("b", "meeting", "2025-02-12", "rubio", "lawrow")]);
    expect(joined.map(clusterDate)).toEqual([{date: "2025-02-12", granularity: "day"}]);
    const alone = clusterMentions([m("c", "meeting", "2025-W24", "rubio")]);
    expect(alone.map(clusterDate)).toEqual([{date: "2025-W24", granularity: "week"}]);
  });

  test("different dates make different events", () => {
    const clusters = clusterMentions([m("a", "visit", "2013", "obama"), m("b", "visit", "2018", "obama")]);
    expect(clusters).toHaveLength(2);
  });

  test.each<[string[], string[], boolean]>([
    [["2026-03"], ["2026-03-12"], true],
    [["2026-03-12", "2026-03-12T10:00"], ["2026-03"], true],
    [["2026-03"], ["2026-03-12", "2026-03-20"], false],
    [["2026-03"], ["2026-04-02"], false],
    [["2026-03", "2026-03-12"], ["2026-03-12"], false],
    [["2026"], ["2026-03-12"], false],
    [["2026-03"], ["2026-03"], false],
    [["2026-W10"], ["2026-03-05"], true],
    [["2026-W10"], ["2026-03-09"], false],
    [["2026-W10"], ["2026-03-03", "2026-03-05"], false],
    [["2026-W01"], ["2025-12-30"], true]
  ])("dayInsidePeriod(%j, %j): %s", (a, b, expected) => {
    expect(dayInsidePeriod(a, b)).toBe(expected);
  });

  test.each([
    ["2026-03-05", "2026-W10"], ["2026-03-02", "2026-W10"], ["2026-03-08", "2026-W10"], ["2026-03-09", "2026-W11"],
    ["2025-12-29", "2026-W01"], ["2027-01-01", "2026-W53"], ["2021-01-03", "2020-W53"], ["2024-12-30", "2025-W01"], ["2025-02-12", "2025-W07"]
  ])("isoWeekOf(%s) = %s", (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });

  // [what, mentions, the events as "date: articles"]
  test.each<[string, ResolvedMention[], string[]]>([
    ["a vague month joins the one day-dated event of that month from another outlet",
      [m("a", "strike", "2026-03-12", "kallweit"), m("b", "strike", "2026-03-12"), m("c", "strike", "2026-03")], ["2026-03-12: a b c"]],
    ["also when the month-dated outlet seeds the event first (more actors)",
      [m("c", "strike", "2026-03", "kallweit", "behrendt"), m("a", "strike", "2026-03-12", "kallweit")], ["2026-03-12: a c"]],
    ["two day-dated events in the month: the month could be either's, it stays apart",
      [m("a", "strike", "2026-03-04"), m("b", "strike", "2026-03-25"), m("c", "strike", "2026-03")], ["2026-03-04: a", "2026-03-25: b", "2026-03: c"]],
    ["another month stays apart", [m("a", "strike", "2026-03-12"), m("c", "strike", "2026-04")], ["2026-03-12: a", "2026-04: c"]],
    ["other actors stay apart", [m("a", "strike", "2026-03-12", "kallweit"), m("c", "strike", "2026-03", "odenwald")], ["2026-03-12: a", "2026-03: c"]],
    ["another type stays apart", [m("a", "strike", "2026-03-12"), m("c", "meeting", "2026-03")], ["2026-03-12: a", "2026-03: c"]],
    ["a vague week joins the one day-dated event in that week from another outlet",
      [m("a", "strike", "2026-03-05", "kallweit"), m("b", "strike", "2026-03-05"), m("c", "strike", "2026-W10", "kallweit")], ["2026-03-05: a b c"]],
    ["a week that holds two day-dated events stays apart",
      [m("a", "strike", "2026-03-03"), m("b", "strike", "2026-03-06"), m("c", "strike", "2026-W10")], ["2026-03-03: a", "2026-03-06: b", "2026-W10: c"]],
    ["a day in the week after stays apart", [m("a", "strike", "2026-03-09"), m("c", "strike", "2026-W10")], ["2026-03-09: a", "2026-W10: c"]]
  ])("%s", (_, mentions, expected) => {
    const events = clusterMentions(mentions).map((c) => `${clusterDate(c).date}: ${[...new Set(c.members.map((x) => x.article_id))].sort().join(" ")}`);
    expect(events.sort()).toEqual(expected);
  });

  // [what, mentions with their clause actors, the event's actors]
  test.each<[string, [ResolvedMention, string[]][], string[]]>([
    ["the dated sentence names no one: the person in another member's cue clause is the actor",
      [[m("a", "strike", "2026-03-12"), []], [m("a", "strike", "", "kallweit"), ["kallweit"]]], ["kallweit"]],
    ["a person only in a reporting clause ('…, sagte X') stays out",
      [[m("a", "strike", "2026-03-12"), []], [m("a", "strike", "", "behrendt"), []]], []],
    ["a cluster with actors of its own keeps only those",
      [[m("a", "strike", "2026-03-12", "kallweit"), ["kallweit"]], [m("b", "strike", "2026-03-12", "odenwald"), ["odenwald"]]], ["kallweit"]]
  ])("%s", (_, items, expected) => {
    const [cluster] = clusterMentions(items.map(([x, clause]) => ({...x, clauseActors: new Set(clause)})));
    expect([...cluster.actors].sort()).toEqual(expected);
  });
});

