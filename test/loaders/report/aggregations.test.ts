import {describe, expect, test} from "vitest";
import {timeline} from "../../../loaders/report/chronology.js";
import {topicCoverage} from "../../../loaders/report/coverage.js";
import {partsBySource, quotesBySource} from "../../../loaders/report/outlets.js";
import {peopleBySource} from "../../../loaders/report/people.js";
import {highlightsOf, READER_SHARDS, readerShards} from "../../../loaders/report/reader.js";
import {ruleCounts} from "../../../loaders/report/rules.js";
import {DOCS, fixtureTables, TEXT_A, TEXT_B} from "./fixture.js";

describe("topicCoverage", () => {
  test("every source × topic cell, zeros kept, share of the source's sentences", () => {
    const rows = topicCoverage(fixtureTables().articles, fixtureTables().topics).map((r) => [r.source, r.topic_id, r.topic_sentences, r.share]);
    expect(rows).toEqual([["Alpha", "talks", 1, 1 / 3], ["Alpha", "peace", 0, 0], ["Beta", "talks", 0, 0], ["Beta", "peace", 1, 0.5]]);
  });

  test("a topic row for an unknown article is an error naming it", () => {
    const t = fixtureTables();
    expect(() => topicCoverage(t.articles, [{...t.topics[0], article_id: "zz"}])).toThrow("unknown article_id: zz");
  });
});

describe("timeline from dates (no events yet)", () => {
  const entries = timeline(fixtureTables(), DOCS);
  test("groups calendar dates by value, skips durations, sorts by time", () => {
    expect(entries.map((e) => [e.date, e.granularity, e.outlets])).toEqual([["2013", "year", ["Alpha"]], ["2025-02-12", "day", ["Alpha", "Beta"]]]);
  });
  test("evidence is the enclosing sentence, and topics come from overlapping topic evidence", () => {
    const day = entries[1];
    expect(day.evidence.map((e) => e.text)).toEqual(["Am 12. Februar sprachen sie 90 Minuten.", "Das Gespräch am 12. Februar dauerte eine Stunde."]);
    expect(day.topics).toEqual(["talks"]);
    expect(entries[0].topics).toEqual([]);
  });
});

describe("timeline from events", () => {
  test("uses events.csv with conflicts attached and evidence sentences", () => {
    const t = fixtureTables();
    t.events = [{event_id: "e1", date: "2025-02-12", granularity: "day", type: "call", summary: "Telefonat", actors: "putin | trump", article_ids: "a1 | b2", outlets: "Alpha | Beta", evidence: "a1:21-35 b2:55-66"}];
    t.conflicts = [{event_id: "e1", fact: "duration", value: "90 Minuten", outlets: "Alpha", evidence: "a1:50-60"}];
    const [e] = timeline(t, DOCS);
    expect([e.kind, e.label, e.article_ids, e.conflicts.length, e.evidence.length, e.topics]).toEqual(["event", "Telefonat", ["a1", "b2"], 1, 2, ["talks"]]);
  });

  test("an event's people by canonical name, for the chronology's dot labels; a date has none", () => {
    const t = fixtureTables();
    expect(timeline(t, DOCS).map((e) => e.people)).toEqual([undefined, undefined]);
    t.events = [{event_id: "e1", date: "2025-02-12", granularity: "day", type: "call", summary: "call: Wladimir Putin, Donald Trump — Telefonat", actors: "putin | trump", article_ids: "a1", outlets: "Alpha", evidence: "a1:21-35"}];
    expect(timeline(t, DOCS)[0].people).toEqual(["Wladimir Putin", "Donald Trump"]);
  });

  test("evidence in an unknown article is an error", () => {
    const t = fixtureTables();
    t.events = [{event_id: "e1", date: "2025", granularity: "year", type: "", summary: "", actors: "", article_ids: "", outlets: "", evidence: "zz:1-2"}];
    expect(() => timeline(t, DOCS)).toThrow("unknown article_id: zz");
  });
});

describe("reader", () => {
  test("highlights of one article, outer spans first", () => {
    expect(highlightsOf(fixtureTables(), "b2").map((h) => [h.kind, TEXT_B.slice(h.start, h.end), h.rule])).toEqual([
      ["speaker", "Trump", "q.direct"], ["person", "Trump", "m.reg"], ["cue", "sagte", "q.direct"],
      ["quote", "„Wir reden über Frieden.“", "q.direct"], ["topic", "Frieden", "t.peace"], ["date", "12. Februar", "d.day"], ["date", "eine Stunde", "d.dur"]
    ]);
  });

  test("shards hold every article once, with its text", () => {
    const {shards, shardOf} = readerShards(fixtureTables(), new Map([...DOCS].map(([id, d]) => [id, d.text])));
    expect(shards.length).toBe(READER_SHARDS);
    expect(shards.flat().map((d) => d.article_id)).toEqual(["a1", "b2"]);
    expect(shards[shardOf.get("a1")!][0].text).toBe(TEXT_A);
  });
});

describe("per-source counts", () => {
  test("people by source: mentions, roles and spellings per outlet", () => {
    expect(peopleBySource(fixtureTables()).map((r) => [r.name, r.source, r.mentions, r.roles])).toEqual([
      ["Donald Trump", "Alpha", 1, "US-Präsident"], ["Donald Trump", "Beta", 1, ""], ["Wladimir Putin", "Alpha", 1, ""]
    ]);
  });
  test("people by source: the affiliation without its cue, so one country is one colour", () => {
    const t = fixtureTables();
    t.people = t.people.map((p) => (p.person_id === "trump" ? {...p, affiliation: "USA (from “US-”)"} : p));
    expect(peopleBySource(t).map((r) => r.affiliation)).toEqual(["USA", "USA", "Russland"]);
  });
  test("quotes and parts by source", () => {
    expect(quotesBySource(fixtureTables())).toEqual([{source: "Beta", category: "direct", rows: 1, chars: 25}]);
    expect(partsBySource(fixtureTables()).map((r) => [r.source, r.category, r.rows])).toEqual([["Alpha", "body", 1], ["Beta", "body", 1]]);
  });
  test("rule counts per table", () => {
    expect(ruleCounts(fixtureTables()).filter((r) => r.table === "dates")).toEqual([{table: "dates", rule: "d.day", rows: 2}, {table: "dates", rule: "d.year", rows: 1}, {table: "dates", rule: "d.dur", rows: 1}]);
  });
});

describe("sourceGroups", () => {
  test("keeps the largest sources and pools the rest", async () => {
    const {sourceGroups} = await import("../../../loaders/report/sources.js");
    const t = fixtureTables();
    const extra = {...t.articles[0], article_id: "c3", source: "Gamma", body_chars: 10};
    const {groups, groupOf} = sourceGroups([...t.articles, extra, {...extra, article_id: "c4"}], 1);
    expect(groups.map((g) => [g.source, g.members, g.articles])).toEqual([["Gamma", 1, 2], ["other sources (2)", 2, 2]]);
    expect([groupOf("Gamma"), groupOf("Alpha")]).toEqual(["Gamma", "other sources (2)"]);
    expect(sourceGroups(t.articles, 5).groups.length).toBe(2);
  });
});
