import {describe, expect, test} from "vitest";
import {detectEventMentions} from "../../../loaders/events/detect.js";
import {eventCues} from "../../../loaders/lang/de/index.js";
import type {Article} from "../../../loaders/types.js";

function article(text: string, part: "body" | "comments" = "body"): Article {
  return {
    id: "a", file: "a.txt", text, parts: [{label: part, start: 0, end: text.length, rule: "t"}],
    sentences: [{start: 0, end: text.length, part}],
    outlet: "", outlet_source: "unknown", published: "", published_source: "unknown", title: "", title_source: "unknown",
    url: "", url_source: "unknown", language: "de", language_source: "given"
  };
}
const found = (text: string) => detectEventMentions(article(text)).map((m) => [m.type, m.cue]);

describe("detectEventMentions", () => {
  test.each<[string, string[][]]>([
    ["Trump und Putin führten ein Telefongespräch.", [["call", "Telefongespräch"]]],
    ["Das Gipfeltreffen in Helsinki fand 2018 statt.", [["summit", "Gipfeltreffen"]]],
    ["Hegseth sprach während des Ramstein-Treffens.", [["meeting", "Ramstein-Treffens"]]],
    ["Er sprach von einem Skandal und sprach über die Lage.", []],
    ["Der Kanzler hat am Abend mit dem Präsidenten gesprochen.", [["call", "gesprochen"]]],
    ["Beide sprachen eine Stunde miteinander.", [["call", "sprachen"]]],
    ["Danach sprachen die beiden über den Handel.", [["call", "sprachen"]]],
    ["Die Ministerinnen sprachen sich für Gespräche aus. Sie sprachen von einem Erfolg.", [["negotiation", "Gespräche"]]],
    ["Die Regeln betreffen alle Staaten.", []],
    ["In Regierungskreisen stiegen die Preise.", []],
    ["Nach der Freilassung von Marc Fogel reiste er ab.", [["release", "Freilassung"], ["visit", "reiste"]]],
    ["Kurz bevor er die Invasion befahl, telefonierte er mit Biden.", [["invasion", "Invasion"], ["call", "telefonierte"]]],
    ["Die Teams beginnen sofort mit den Verhandlungen.", [["negotiation", "Verhandlungen"]]]
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // the trigger is searched without the u flag unless a sentence holds a letter only Unicode case folding matches
  test.each<[string, string[][]]>([
    ["DER RAT BESCHLIEẞT.", [["decision", "BESCHLIEẞT"]]],
    // ss for ß (Swiss spelling) matches too
    ["DER RAT BESCHLIESST.", [["decision", "BESCHLIESST"]]],
    ["Der Rat beſchloss das Geſetz.", [["decision", "beſchloss"]]],
    ["Sie TELEFONIERTE mit ihm.", [["call", "TELEFONIERTE"]]]
  ])("case-insensitive trigger: %s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test("comments are not mined", () => {
    expect(detectEventMentions(article("Trump und Putin führten ein Telefongespräch.", "comments"))).toEqual([]);
  });

  test("a duration belongs to the nearest cue", () => {
    const rows = detectEventMentions(article("Sie vereinbarten ein Treffen, nachdem sie etwa anderthalb Stunden telefoniert hatten."));
    expect(rows.map((r) => [r.type, r.facts])).toEqual([["meeting", ""], ["call", "duration=90 min"]]);
  });
});

describe("trigger literals (requiredLiteral in cueSet.ts)", () => {
  test("a word found through a long literal", () => {
    expect(found("Putin anzurufen fiel ihm schwer.")).toEqual([["call", "anzurufen"]]);
  });
});

describe("dates of event mentions", () => {
  // dates as [surface, value]; quotes as the quoted texts, whose spans the mentions' dates may not cross
  const dated = (text: string, dates: [string, string][], quoted: string[] = []) => {
    const rows = dates.map(([surface, value]) => {
      const start = text.indexOf(surface);
      return {article_id: "a", start, end: start + surface.length, surface, value, type: "DATE" as const, note: "", rule: "t", planned: false};
    });
    const quotes = quoted.map((q) => ({start: text.indexOf(q), end: text.indexOf(q) + q.length}));
    return detectEventMentions(article(text), rows, eventCues, quotes).map((m) => [m.type, m.date]);
  };
  test.each<[string, [string, string][], string[][]]>([
    // a planned meeting is no event (suppositionWords: "geplant")
    ["Im Gespräch am 12. Februar bestätigte er, dass ein Treffen geplant sei.", [["am 12. Februar", "2025-02-12"]], [["call", "2025-02-12"]]],
    ["Zuletzt sprach er im Februar 2022 mit Biden, als er kurz danach die Invasion befahl.", [["im Februar 2022", "2022-02"]], [["call", "2022-02"], ["invasion", "2022-02"]]],
    ["Sie hatten gemeinsame Treffen, darunter das Gipfeltreffen in Helsinki im Jahr 2018.", [["im Jahr 2018", "2018"]], [["meeting", ""], ["summit", "2018"]]]
  ])("%s", (text, dates, expected) => {
    expect(dated(text, dates)).toEqual(expected);
  });

  // a date and a cue on two sides of a quotation's edge stay apart
  test.each<[string, [string, string][], string[], string[][]]>([
    // the quote's "heute" is when the speaker spoke, not the signing the outlet dates elsewhere
    ["„Heute beginnt etwas Neues“, sagte die Bürgermeisterin bei der Unterzeichnung im Rathaus.", [["Heute", "2026-03-05"]], ["Heute beginnt etwas Neues"], [["agreement", ""]]],
    // Monday is when the statement was made, not when the talks were held
    ["Die Verhandlungen kämen gut voran, sagte der Sprecher am Montag.", [["am Montag", "2026-03-02"]], ["Die Verhandlungen kämen gut voran"], [["negotiation", ""]]],
    // both inside the reported clause: the date is the meeting's
    ["Der Sprecher sagte, das Treffen finde am Montag statt.", [["am Montag", "2026-03-02"]], ["das Treffen finde am Montag statt"], [["meeting", "2026-03-02"]]],
    // no quotation: the date dates the cue as before
    ["Die Verhandlungen begannen am Montag.", [["am Montag", "2026-03-02"]], [], [["negotiation", "2026-03-02"]]]
  ])("%s", (text, dates, quoted, expected) => {
    expect(dated(text, dates, quoted)).toEqual(expected);
  });
});
