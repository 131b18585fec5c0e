import {describe, expect, test} from "vitest";
import {articleEvents} from "./helpers.js";
import {articleExtractors} from "../../../loaders/extractors.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {dataConfig} from "./helpers.js";

/** Friday 13 March 2026: the reference day of these made-up sentences. */
const FRIDAY = "2026-03-13";

/** Event mentions as [type, date] of one made-up text published on FRIDAY. */
function read(text: string): string[][] {
  const tables = extractArticle(prepareArticle({file: "plan.txt", text, given: {published: FRIDAY}}, dataConfig), dataConfig, articleExtractors);
  return tables.event_mentions.map((m) => [m.type, m.date]);
}

describe("de.event.plan.governed-cue: a verb cue's own infinitive under a governor is a plan", () => {
  test.each<[string, string[][]]>([
    // an announced future in Konjunktiv I: the announcement is the event, the trip is planned
    ["Die Außenministerin kündigte an, sie werde am Wochenende nach Rom reisen.", [["announcement", ""]]],
    ["Der Kanzler wird am Montag den Präsidenten treffen.", []],
    ["Sie teilte mit, dass der Minister Warschau besuchen werde.", [["statement", ""]]],
    ["Die Unterhändler werden ab Montag wieder verhandeln.", []],
    ["Er reiste nach Paris, um dort den Premier zu treffen.", [["visit", ""]]],
    ["Der Minister werde den Amtskollegen noch heute anrufen, hieß es.", []],
    // a present or past verb states a fact
    ["Die Ministerinnen reisen am Freitag nach Rom.", [["visit", FRIDAY]]],
    ["Am Dienstag trafen sich die Parteichefs.", [["meeting", "2026-03-10"]]],
    ["Die Gewerkschaft und die Arbeitgeber verhandeln seit Montag wieder.", [["negotiation", "2026-03-09"]]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("de.event.plan.governed-cue and the plan words stop at a conjunction that starts a new verb phrase", () => {
  // [text, event mentions as [type, cue]]; dates aside (the dates' clause tense still spans the conjunction)
  const cues = (text: string) => extractArticle(prepareArticle({file: "plan.txt", text, given: {published: FRIDAY}}, dataConfig), dataConfig, articleExtractors).event_mentions.map((m) => [m.type, m.cue]);
  test.each<[string, string[][]]>([
    // a finite verb after "und" opens a verb phrase the modal before it does not govern
    ["Die Parteien wollen weiter reden und unterzeichneten einen Vertrag.", [["agreement", "unterzeichneten"]]],
    ["Die Parteien wollen weiter reden und treffen sich in Genf.", [["meeting", "treffen"]]],
    ["Die Minister wollen weiter verhandeln und reisen danach nach Kairo.", [["visit", "reisen"]]],
    ["Die Parteien unterzeichneten einen Vertrag und wollen weiter reden.", [["agreement", "unterzeichneten"]]],
    // a second infinitive under the same modal (the clause ends in it), or no verb after the conjunction: still a plan
    ["Die Minister wollen nach Kairo reisen und den Präsidenten treffen.", []],
    ["Die Parteien wollen einen Vertrag unterzeichnen und feiern.", []],
    ["Die Parteien wollen schnell und gründlich verhandeln und einen Vertrag unterzeichnen.", []],
    ["Die Parteien wollen eine Einigung und einen Gipfel im Mai.", []],
    // "aber" inside a clause is a particle, no conjunction: the Konjunktiv II still governs the participle
    ["Die Kammer sei dafür, ein Abkommen würde aber sicher abgelehnt.", []]
  ])("%s", (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});

describe("resumed talks and meetings", () => {
  test.each<[string, string[][]]>([
    ["Die Delegationen kamen am Mittwoch in Genf zusammen.", [["meeting", "2026-03-11"]]],
    // "zusammen" not closing the clause is no particle of "kamen"
    ["Die beiden Listen kamen am Sonntag zusammen auf 45 Prozent.", []],
    ["Die Pfleger kamen am Dienstag zusammen mit ihren Kindern zum Fest.", []],
    ["Am Mittwoch sind die Delegationen in Genf zusammengekommen.", [["meeting", "2026-03-11"]]],
    ["Die Tarifparteien nahmen die Gespräche am Mittwoch wieder auf.", [["negotiation", "2026-03-11"]]],
    // an article about talks: "Neustart" resumes them; elsewhere it is no event
    ["Die Verhandlungen stockten lange. Am Mittwoch gab es einen Neustart in Genf.", [["negotiation", ""], ["negotiation", "2026-03-11"]]],
    ["Nach dem Update braucht der Rechner einen Neustart.", []],
    ["Am Mittwoch kommen die Betriebsräte in Linz zusammen.", [["meeting", "2026-03-11"]]],
    // no meeting: a thing comes together, someone comes late, "zusammen" closes another clause
    ["Die Ministerin kam am Mittwoch zu spät.", []],
    ["Das kommt alles zusammen.", []],
    ["Mehr als 5000 Unterschriften sind zusammengekommen.", []],
    ["Dass es dazu nie kam, hängt damit zusammen, dass niemand fragte.", []]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("de.event.reference.offset: a noun an offset points from is a reference point", () => {
  test.each<[string, string[][]]>([
    ["Zwei Tage nach dem Inkrafttreten des Gesetzes verklagten am Mittwoch drei Verbände den Bund.", [["legal", "2026-03-11"]]],
    ["Drei Tage nach dem Abbruch der Gespräche verhandeln die Tarifparteien wieder.", [["negotiation", ""]]],
    ["Kurz vor der Wahl ist der Minister am Mittwoch zurückgetreten.", [["resignation", "2026-03-11"]]],
    // without an offset the noun is an event of the sentence
    ["Das Gesetz ist am Mittwoch in Kraft getreten.", [["in-force", "2026-03-11"]]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a body's approval of an agreement is a decision, not an agreement", () => {
  test.each<[string, string[][]]>([
    ["Der Landtag stimmte dem Vertrag am Mittwoch zu.", [["decision", "2026-03-11"]]],
    ["Der Landtag stimmte am Mittwoch für den Antrag.", [["decision", "2026-03-11"]]],
    // "zu" not closing the clause: no approval
    ["Die Zahlen stimmten am Dienstag nur bis zu einem gewissen Punkt.", []],
    // an agreement in another clause than the decision stays
    ["Die Verbände einigten sich am Montag auf einen Vertrag, der Landtag beschloss am Dienstag ein neues Gesetz.", [["agreement", "2026-03-09"], ["decision", "2026-03-10"]]],
    ["Das Kabinett billigte das Abkommen am Mittwoch.", [["decision", "2026-03-11"]]],
    ["Der Stadtrat hat die Vereinbarung mit dem Land am Mittwoch genehmigt.", [["decision", "2026-03-11"]]],
    // a participle before a noun with no words of its own is an adjective; agreement nouns alone name documents
    ["Es gibt 14 genehmigte Anträge und zwei Vereinbarungen.", []],
    ["Die Parteien haben sich am Mittwoch auf ein Abkommen geeinigt.", [["agreement", "2026-03-11"]]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("de.event.actor.source-phrase: the source of a report is no actor", () => {
  test.each<[string, string]>([
    ["Am Mittwoch wurden in Genf zwei Journalisten freigelassen. Laut Lena Haupt vom Hilfswerk warten noch fünf Menschen auf ihre Freilassung.", ""],
    ["Am Mittwoch wurden in Genf zwei Journalisten freigelassen. Lena Haupt zufolge warten noch fünf Menschen auf ihre Freilassung.", ""],
    ["Am Mittwoch wurden in Genf zwei Journalisten freigelassen. Nach Angaben der neuen Sprecherin Lena Haupt warten noch fünf Menschen auf ihre Freilassung.", ""],
    ["Am Mittwoch wurden in Genf zwei Journalisten freigelassen. Lena Haupt, Sprecherin, zufolge warten noch fünf Menschen auf ihre Freilassung.", ""],
    ["Am Mittwoch hat Lena Haupt in Genf zwei Journalisten freigelassen.", "lena-haupt"],
    // the words between a lead and the name hold a verb or a noun that is no role: the name is the actor
    ["Laut Polizei hat Lena Haupt am Mittwoch zwei Journalisten freigelassen.", "lena-haupt"],
    ["Nach Angaben der Regierung hat Lena Haupt am Mittwoch zwei Journalisten freigelassen.", "lena-haupt"],
    // "zufolge" right after another word: the name before it is the actor
    ["Lena Haupt soll Medienberichten zufolge am Mittwoch zwei Journalisten freigelassen haben.", "lena-haupt"]
  ])("%s", (text, actors) => {
    const release = articleEvents(text).filter((e) => e.type === "release");
    expect(release.map((e) => e.actors)).toEqual([actors]);
  });
});
