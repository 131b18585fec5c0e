import {describe, expect, test} from "vitest";
import {german} from "../../../../../loaders/dates/extractor.js";
import {findDates} from "../../../../../loaders/dates/find.js";
import {hasFiniteVerb, orientationOf} from "../../../../../loaders/lang/de/dates/orientation.js";
import {splitSentences} from "../../../../../loaders/text/sentences.js";

/** Reference date of these tests: Friday 6 March 2026. */
const REF = "2026-03-06";

const months = (text: string) => findDates(text, splitSentences(text), german, {published: REF}).map((d) => [d.surface, d.value]);

describe("a month without a year looks ahead or back from 6 March 2026, by its clause", () => {
  test.each<[string, [string, string][]]>([
    // forward cues: "bis", "ab", "von … an", werden, modals of plans, a promise that governs the clause
    ["„Bis Ende September fließt der Verkehr wieder“, versprach die Senatorin.", [["Ende September", "2026-09"]]],
    ["Die Senatorin versprach, bis Ende September fließe der Verkehr wieder.", [["Ende September", "2026-09"]]],
    ["Die Senatorin kündigte an, im Februar beginne der Umbau.", [["Februar", "2027-02"]]],
    ["Ab Januar gilt in der Altstadt Tempo 20.", [["Januar", "2027-01"]]],
    ["Von Februar an fahren die Busse seltener.", [["Februar", "2027-02"]]],
    ["Der Umbau wird im Februar abgeschlossen.", [["Februar", "2027-02"]]],
    ["Die Arbeiten sollen im April beginnen.", [["April", "2026-04"]]],
    // present tense for the future: the next occurrence, also beyond seven months
    ["Im Oktober ist die Brücke fertig.", [["Oktober", "2026-10"]]],
    ["Im November öffnet das Museum wieder.", [["November", "2026-11"]]],
    ["Die im Dezember geplante Wahl fällt aus.", [["Dezember", "2026-12"]]],
    // …but a present verb is weak evidence: a month up to two back stays this year's (a figure for the last month)
    ["Die Quote liegt im Februar bei fünf Prozent.", [["Februar", "2026-02"]]],
    ["Die Quote liegt im Januar bei fünf Prozent.", [["Januar", "2026-01"]]],
    ["Die Quote liegt im Dezember bei fünf Prozent.", [["Dezember", "2026-12"]]],
    ["Ab Februar gilt die neue Quote.", [["Februar", "2027-02"]]],
    // promise verbs are whole words: "sagte zudem" promises nothing
    ["Sie kündigte an, im Dezember beginne der Umbau.", [["Dezember", "2026-12"]]],
    // a perfect in the condition of a future main clause looks ahead
    ["Sobald die Fähre im Dezember repariert worden ist, soll sie wieder fahren.", [["Dezember", "2026-12"]]],
    // past tense in the clause: the previous occurrence
    ["Im Oktober war die Brücke fertig.", [["Oktober", "2025-10"]]],
    ["Der Rat hat im November lange über den Haushalt beraten.", [["November", "2025-11"]]],
    ["Weil die Firma im Dezember 2,5 Prozent weniger verkauft hat, spart sie.", [["Dezember", "2025-12"]]],
    ["Ob der Zug im November pünktlich angekommen ist, weiß niemand.", [["November", "2025-11"]]],
    ["Bis September war er Bürgermeister.", [["September", "2025-09"]]],
    ["Seit Oktober ist die Straße gesperrt.", [["Oktober", "2025-10"]]],
    ["Die im November gewählte Stadträtin tritt zurück.", [["November", "2025-11"]]],
    ["Die Anfang Dezember gegründete Initiative wächst.", [["Anfang Dezember", "2025-12"]]],
    ["Anfang Dezember gegründete Initiative wächst.", [["Anfang Dezember", "2025-12"]]],
    // separable participles and perfect infinitives are past too
    ["In der Stadt hat die Partei im Oktober stark zugelegt.", [["Oktober", "2025-10"]]],
    // a particle longer than six letters before "ge" ("zusammengekommen", "bekanntgegeben")
    ["Die Fraktionschefs sind im Dezember zur letzten Sitzung zusammengekommen.", [["Dezember", "2025-12"]]],
    ["Die Stadt hat im November die Zahlen bekanntgegeben.", [["November", "2025-11"]]],
    ["Er räumt ein, die Akten am 1. Dezember weggeworfen zu haben.", [["1. Dezember", "2025-12-01"]]],
    // a quoted phrase inside the clause does not cut it off from its participle
    ["Der Verein hat im Dezember den „alten“ Vorstand entlastet.", [["Dezember", "2025-12"]]],
    // this month is this month either way
    ["Anfang März wurde gewählt.", [["Anfang März", "2026-03"]]],
    ["Ende März wird gewählt.", [["Ende März", "2026-03"]]]
  ])("%s", (text, expected) => {
    expect(months(text)).toEqual(expected);
  });
});

describe("a day without a year reads its clause the same way (two months of slack)", () => {
  test.each<[string, [string, string][]]>([
    ["„Bis zum 30. September fließt der Verkehr wieder“, versprach die Senatorin.", [["30. September", "2026-09-30"]]],
    ["Am 20. Oktober ist die Brücke fertig.", [["20. Oktober", "2026-10-20"]]],
    // reported speech in Konjunktiv I is present; its perfect is past
    ["Die Stadträtin sagte, am 2. Januar beginne der Umbau.", [["2. Januar", "2027-01-02"]]],
    ["Die Stadträtin sagte, im Oktober sei der Umbau ins Stocken geraten.", [["Oktober", "2025-10"]]],
    ["Am 20. Oktober war die Brücke fertig.", [["20. Oktober", "2025-10-20"]]],
    ["Sie hat ab dem 20. Oktober langsam mit dem Training begonnen.", [["20. Oktober", "2025-10-20"]]],
    // a past clause about a day just ahead keeps this year
    ["Der Rat beschloss, am 10. April zu tagen.", [["10. April", "2026-04-10"]]],
    // 29 February without a year: the leap year the clause looks to
    ["Am 29. Februar fand die Wahl statt.", [["29. Februar", "2024-02-29"]]],
    ["Bis zum 29. Februar soll alles fertig sein.", [["29. Februar", "2028-02-29"]]]
  ])("%s", (text, expected) => {
    expect(months(text)).toEqual(expected);
  });
});

describe("a weekday or a holiday reads its own clause, not the reporting verb's (6 March 2026 is a Friday)", () => {
  test.each<[string, [string, string][]]>([
    // a present clause before a past reporting verb: the nearest day, not the last one
    ["Die Stadt öffnet am Samstag zusätzliche Parkplätze, teilte ein Sprecher mit.", [["Samstag", "2026-03-07"]]],
    // a future clause after a past one: the coming day; the past clause keeps the day before
    ["Die Ministerin sagte am Mittwoch, man werde am Dienstag ein Angebot vorlegen.", [["Mittwoch", "2026-03-04"], ["Dienstag", "2026-03-10"]]],
    ["Am Donnerstag hatte der Rat getagt.", [["Donnerstag", "2026-03-05"]]],
    // a perfect with a long separable particle is past, also after a night that ends on the reference day
    ["In der Nacht zu Freitag einigten sich beide Seiten. Die Unterhändler sind am Mittwoch zusammengekommen.", [["Nacht zu Freitag", "2026-03-05TNI"], ["Mittwoch", "2026-03-04"]]],
    // a hope for a holiday ahead in a past sentence: this year's
    ["Der Bürgermeister erklärte, er hoffe auf eine Einigung vor Ostern.", [["Ostern", "2026-04-05"]]],
    ["Zu Ostern hatte er die Stadt besucht.", [["Ostern", "2025-04-20"]]],
    // "kündigte … an" with its particle apart governs the clause it opens
    ["Am Montag kündigte sie an, im Mai zu reisen.", [["Montag", "2026-03-02"], ["Mai", "2026-05"]]]
  ])("%s", (text, expected) => {
    expect(months(text)).toEqual(expected);
  });
});

describe("a present clause a past report governs looks ahead, its plural verb included (6 March 2026 is a Friday)", () => {
  test.each<[string, [string, string][]]>([
    // a plural present verb is finite: the coming day, not yesterday
    ["Die Stadt hat am Montag bekanntgegeben, am Donnerstag bleiben die Bäder geschlossen.", [["Montag", "2026-03-02"], ["Donnerstag", "2026-03-12"]]],
    ["Der Verband hat mitgeteilt, am Donnerstag öffnen die Hallen wieder.", [["Donnerstag", "2026-03-12"]]],
    ["Die Schule teilte mit, am Donnerstag beginnen die Prüfungen.", [["Donnerstag", "2026-03-12"]]],
    ["Der Veranstalter erklärte, dass die Konzerte am Donnerstag beginnen.", [["Donnerstag", "2026-03-12"]]],
    ["Die Gemeinde hat am Dienstag gesagt, am Donnerstag ist das Rathaus zu.", [["Dienstag", "2026-03-03"], ["Donnerstag", "2026-03-12"]]],
    // no report: a present clause keeps the nearest day
    ["Am Donnerstag bleiben die Bäder geschlossen.", [["Donnerstag", "2026-03-05"]]],
    // a past or perfect clause after the report stays past
    ["Die Stadt hat bekanntgegeben, am Donnerstag blieben die Bäder geschlossen.", [["Donnerstag", "2026-03-05"]]],
    ["Die Stadt hat mitgeteilt, am Donnerstag sind die Bäder geschlossen worden.", [["Donnerstag", "2026-03-05"]]],
    // a zu-infinitive is no finite verb: the clause reads the sentence's past
    ["Die Stadt hat am Montag versucht, am Donnerstag die Bäder zu öffnen.", [["Montag", "2026-03-02"], ["Donnerstag", "2026-03-05"]]],
    // a bare present participle-shaped "erklärt" is no perfect report
    ["Die Stadt erklärt, am Donnerstag bleiben die Bäder geschlossen.", [["Donnerstag", "2026-03-05"]]]
  ])("%s", (text, expected) => {
    expect(months(text)).toEqual(expected);
  });
});

describe("hasFiniteVerb reads third-person plural present forms, not infinitives or attributes", () => {
  test.each<[string, boolean]>([
    ["am Donnerstag bleiben die Bäder geschlossen", true],
    ["dass die Hallen am Donnerstag öffnen", true],
    ["am Montag beginnen die Gespräche", true],
    // infinitives: after "zu", before "zu" or before a modal or auxiliary
    ["am Donnerstag die Bäder zu öffnen", false],
    ["am Dienstag die Gespräche beginnen zu wollen", false],
    ["am Dienstag die Bäder öffnen zu lassen", false],
    ["am Dienstag die Bäder öffnen können", true],
    // attributes after an article and look-alike function words
    ["an den heißen Tagen im Juli", false],
    ["am Montag einen Termin", false],
    ["am Montag sieben Termine", false],
    // attributes between a preposition or contraction and its noun
    ["am gleichen Tag", false],
    ["am Freitag nach langen Verhandlungen", false],
    ["in weiten Teilen des Landes", false],
    ["mit leeren Händen", false],
    ["seit langen Jahren", false],
    // a plural verb after a fronted phrase still counts
    ["nach dem Streik öffnen die Hallen", true],
    ["ab Montag gelten neue Regeln", true]
  ])("%s", (clause, expected) => {
    expect(hasFiniteVerb(clause)).toBe(expected);
  });
});

describe("orientationOf names the rule that decides", () => {
  test.each<[string, string, string | undefined]>([
    ["Seit Mai wird gebaut.", "Mai", "de.dates.orient.since"],
    ["Die Fähre soll im Mai fahren.", "Mai", "de.dates.orient.future-clause"],
    ["Die Fähre fuhr im Mai.", "Mai", "de.dates.orient.past-clause"],
    // a preterite after the month is the clause's verb, not an attributive participle
    ["Im Mai dementierte der Sprecher alles.", "Mai", "de.dates.orient.past-clause"],
    ["Die im Mai gewählte Sprecherin schweigt.", "Mai", "de.dates.orient.participle"],
    ["Die Fähre im Mai.", "Mai", undefined],
    ["Die Reederei hat mitgeteilt, im Mai fahren die Fähren wieder.", "Mai", "de.dates.orient.reported-present"],
    ["Im Mai fahren die Fähren wieder.", "Mai", "de.dates.orient.present-clause"]
  ])("%s", (sentence, word, rule) => {
    const start = sentence.indexOf(word);
    expect(orientationOf(sentence, start, start + word.length)?.rule).toBe(rule);
  });
});
