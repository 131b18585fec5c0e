import {describe, expect, test} from "vitest";
import {dataConfig} from "./helpers.js";
import {articleExtractors} from "../../../loaders/extractors.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";

/** Event mentions as [type, date, date_rule] of a made-up text published on Thursday 12 March 2026. */
function dated(text: string) {
  const tables = extractArticle(prepareArticle({file: "context.txt", text, given: {published: "2026-03-12"}}, dataConfig), dataConfig, articleExtractors);
  return tables.event_mentions.map((m) => [m.type, m.date, m.date_rule]);
}

describe("de.event.date.report-clause: a 'wie … mitteilte' clause dates the fact it reports", () => {
  test.each<[string, string[][]]>([
    ["Im Stadtrat stimmten 31 Mitglieder für den Haushalt, wie die Verwaltung am Dienstag mitteilte.", [["decision", "2026-03-10", "de.event.date.report-clause"]]],
    ["Wie der Verband am Montag bestätigte, haben die Fahrer die Arbeit niedergelegt.", [["strike", "2026-03-09", "de.event.date.report-clause"]]],
    // a day of the fact's own clause wins
    ["Die Fahrer streikten am Montag, wie der Verband am Mittwoch mitteilte.", [["strike", "2026-03-09", "de.event.date.nearest"]]],
    // a plan stays no event; a reporting main clause keeps its day to itself ("teilte … am Montag mit" is when it was said)
    ["Der Streik soll bis Freitag dauern, wie die Gewerkschaft am Montag mitteilte.", []],
    ["Die Fahrer haben die Arbeit niedergelegt, teilte der Verband am Montag mit.", [["strike", "", ""], ["statement", "2026-03-09", "de.event.date.nearest"]]],
    // a pronoun or a named reporter, with an auxiliary after the participle
    ["Die Fahrer haben gestreikt, wie die Zeitung bereits am Montag berichtet hatte.", [["strike", "2026-03-09", "de.event.date.report-clause"]]],
    ["Die Fahrer haben gestreikt, wie sie am Montag mitteilten.", [["strike", "2026-03-09", "de.event.date.report-clause"]]],
    // Konjunktiv reported speech is an opinion, no dated act
    ["Der Streik habe der Stadt großen Schaden zugefügt, wie Verbandschef Olaf Brandt am Montag sagte.", [["strike", "", ""]]],
    ["Die Einigung sei zustande gekommen, wie Verbandschef Olaf Brandt am Dienstag erklärte.", [["agreement", "", ""], ["statement", "2026-03-10", "de.event.date.nearest"]]],
    // no one named who reports: the outlet's own earlier report dates nothing
    ["Die Fahrer haben gestreikt, wie bereits am Montag berichtet.", [["strike", "", ""]]]
  ])("%s", (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe("de.event.date.previous-sentence: 'Unmittelbar danach' happened on the day told just before", () => {
  test.each<[string, string[][]]>([
    ["Am Dienstag wählte das Parlament die neue Regierungschefin. Unmittelbar danach wurde sie vereidigt.", [["election", "2026-03-10", "de.event.date.nearest"], ["swearing-in", "2026-03-10", "de.event.date.previous-sentence"]]],
    // a sentence without a date between
    ["Am Dienstag wählte das Parlament die Regierungschefin. Sie erhielt 40 Stimmen. Im Anschluss wurde sie vereidigt.", [["election", "2026-03-10", "de.event.date.nearest"], ["swearing-in", "2026-03-10", "de.event.date.previous-sentence"]]],
    // a plain "Danach" may be days later: the publication week, as before
    ["Am Dienstag wählte das Parlament die Regierungschefin. Danach wurde sie vereidigt.", [["election", "2026-03-10", "de.event.date.nearest"], ["swearing-in", "2026-W11", "de.event.date.publication-week"]]],
    // two days before: which one is unclear
    ["Am Montag und am Dienstag tagte der Rat. Unmittelbar danach wurde die Bürgermeisterin vereidigt.", [["swearing-in", "2026-W11", "de.event.date.publication-week"]]],
    // "Im Anschluss an X" names its own point of reference; "Anschließend" may be days later, as "Danach"
    ["Am Dienstag tagte der Landtag. Im Anschluss an die Abstimmung im Landtag trat die Ministerin Petra Lang zurück.", [["decision", "", ""]]],
    ["Am Dienstag wählte das Parlament die Regierungschefin. Anschließend wurde sie vereidigt.", [["election", "2026-03-10", "de.event.date.nearest"], ["swearing-in", "2026-W11", "de.event.date.publication-week"]]]
  ])("%s", (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});
