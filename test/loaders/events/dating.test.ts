import {describe, expect, test} from "vitest";
import {dataConfig} from "./helpers.js";
import {articleExtractors} from "../../../loaders/extractors.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";

/** Event mentions as [type, date] of one made-up text published on Thursday 12 March 2026 (or `published`). */
function read(text: string, published = "2026-03-12") {
  const tables = extractArticle(prepareArticle({file: "dating.txt", text, given: {published}}, dataConfig), dataConfig, articleExtractors);
  return tables.event_mentions.map((m) => [m.type, m.date]);
}

describe("de.event.mood.hearsay-perfect: 'sollen' with a perfect infinitive reports the past", () => {
  test.each<[string, string[][]]>([
    ["Die Unterhändler sollen sich am Montag in Genf getroffen haben.", [["meeting", "2026-03-09"]]],
    ["Der Vertrag soll am Dienstag unterzeichnet worden sein.", [["agreement", "2026-03-10"]]],
    ["Laut Medienberichten soll der Rat am Montag den Bau beschlossen haben.", [["decision", "2026-03-09"]]],
    // a plan and what should have been stay no event
    ["Die Unterhändler sollen sich am Montag in Genf treffen.", []],
    ["Der Rat soll am Montag den Bau beschließen.", []],
    ["Der Rat sollte den Bau längst beschlossen haben.", []]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("de.event.date.current-year: the year in progress dates no event", () => {
  test.each<[string, string, string[][]]>([
    ["Auch in Bayern wird heuer härter verhandelt.", "2026-03-12", [["negotiation", ""]]],
    ["In diesem Jahr streikten die Fahrer am 3. März.", "2026-03-12", [["strike", "2026-03-03"]]],
    // another year dates it, as a year
    ["Die Fahrer streikten schon 2019 für mehr Lohn.", "2026-03-12", [["strike", "2019"]]],
    // without a publication date a year dates it
    ["Die Fahrer streikten 2026 für mehr Lohn.", "", [["strike", "2026"]]]
  ])("%s (%s)", (text, published, expected) => {
    expect(read(text, published)).toEqual(expected);
  });
});

/** Event mentions as [type, date, date_rule] of a made-up text published on Thursday 12 March 2026. */
function dated(text: string, published = "2026-03-12") {
  const tables = extractArticle(prepareArticle({file: "dating.txt", text, given: {published}}, dataConfig), dataConfig, articleExtractors);
  return tables.event_mentions.map((m) => [m.type, m.date, m.date_rule]);
}

describe("de.event.date.coordinated-day: two days of one cue are two happenings, unless one spans them", () => {
  test.each<[string, string[][]]>([
    ["Die Busfahrer streikten am 2. und am 4. März.", [["strike", "2026-03-02", "de.event.date.nearest"], ["strike", "2026-03-04", "de.event.date.coordinated-day"]]],
    ["Am Montag und am Mittwoch legten die Pflegekräfte die Arbeit nieder.", [["strike", "2026-03-11", "de.event.date.nearest"], ["strike", "2026-03-09", "de.event.date.coordinated-day"]]],
    // a finite verb right after the second day opens another clause
    ["Die Piloten streikten am Montag und am Mittwoch flogen die Maschinen wieder.", [["strike", "2026-03-09", "de.event.date.nearest"]]],
    // a round of talks over two consecutive days is one
    ["Die Tarifverhandlungen laufen. Die zweite Runde am 5. und 6. März blieb ohne Ergebnis.", [["negotiation", "", ""], ["negotiation", "2026-03-05", "de.event.date.attribute"]]],
    // "oder" names one of two days, no second happening
    ["Die Busfahrer streikten am 2. oder am 4. März.", [["strike", "2026-03-04", "de.event.date.nearest"]]]
  ])("%s", (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe("date_rule names the rule that dated the mention", () => {
  test.each<[string, string[][]]>([
    ["Die Gespräche beginnen heute.", [["negotiation", "2026-03-12", "de.event.date.today"]]],
    ["Die Parteien haben sich auf einen Vertrag geeinigt. Das gaben die Vermittler am Mittwoch bekannt.", [["agreement", "2026-03-11", "de.event.date.next-report"]]],
    ["Das Treffen am Dienstag verlief ruhig.", [["meeting", "2026-03-10", "de.event.date.attribute"]]]
  ])("%s", (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe("de.event.date.publication-week: an act told in the past without a date is dated by the report's week", () => {
  test.each<[string, string[][]]>([
    ["Als Schlichter wurden der frühere Minister Paul Wendt und die Richterin Anna Kroll berufen.", [["appointment", "2026-W11", "de.event.date.publication-week"]]],
    ["Die Ministerin ist zurückgetreten.", [["resignation", "2026-W11", "de.event.date.publication-week"]]],
    // a plan, another type, a date of its own
    ["Die Ministerin will zurücktreten.", []],
    ["Die Gewerkschaft lehnte ab.", [["decision", "", ""]]],
    ["Der Vorstand hat die Juristin am Montag zur Schlichterin ernannt.", [["appointment", "2026-03-09", "de.event.date.nearest"]]],
    // a noun cue, a pluperfect, a relative clause, a participle not closing its clause, a date of another time: no week
    ["Die Ernennung der neuen Schlichterin ist umstritten.", [["appointment", "", ""]]],
    ["Die Ernennung der Richterin hatte für Streit gesorgt.", [["appointment", "", ""]]],
    ["Der Senator, der im Streit zurückgetreten war, lobte den Plan.", [["resignation", "", ""]]],
    ["Der Senator ist schon vor Jahren zurückgetreten.", [["resignation", "", ""]]],
    // the auxiliary nearest before the participle is its own: a "war" with an adjective of its own makes no pluperfect
    ["Die Lage war angespannt und die Ministerin ist zurückgetreten.", [["resignation", "2026-W11", "de.event.date.publication-week"]]],
    ["Die Ministerin war zurückgetreten.", [["resignation", "", ""]]],
    ["Die Lage ist angespannt und die Ministerin war zurückgetreten.", [["resignation", "", ""]]]
  ])("%s", (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });

  test("the publication's year removed, its week does not fill the gap", () => {
    expect(dated("Die Senatorin ist 2026 zurückgetreten.", "2026-11-12")).toEqual([["resignation", "", ""]]);
  });
});

describe("de.event.mood.hearsay-perfect: 'sein' closes a perfect only after 'worden' or 'gewesen'", () => {
  test.each<[string, string[][]]>([
    ["Die Abstimmung solle am Montag von Fairness geprägt sein.", []],
    ["Der Haushalt soll am Montag verabschiedet worden sein.", [["decision", "2026-03-09"]]],
    // a "bis" limit makes it a deadline: still planned
    ["Bis Freitag sollen sich die Verbände geeinigt haben.", []],
    // a participle without "ge" before "haben" (an inseparable prefix) closes a perfect infinitive too
    ["Die Minister sollen den Vertrag unterzeichnet haben.", [["agreement", ""]]],
    ["Die Minister sollen den Vertrag unterzeichnen.", []],
    // a noun before "haben" is no participle: a plan
    ["Die Verbände sollen am Montag eine Einigung in der Tasche haben.", []]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
