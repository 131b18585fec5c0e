import {describe, expect, test} from "vitest";
import {german} from "../../../loaders/dates/extractor.js";
import {type DateMatch, findDates} from "../../../loaders/dates/find.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** Reference date of these tests: Wednesday 12 February 2025. */
const REF = "2025-02-12";

function dates(text: string, published = REF): DateMatch[] {
  const found = findDates(text, splitSentences(text), german, {published});
  for (const d of found) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(d.start, d.end)).toBe(d.surface);
  }
  return found;
}

const pairs = (text: string, published = REF) => dates(text, published).map((d) => [d.surface, d.value]);

describe("German dates against a Wednesday, 12 February 2025", () => {
  test.each<[string, [string, string][]]>([
    // issue 4 §2
    ["Am Mittwoch, dem 12. Februar, telefonierte Trump mit Putin.", [["Mittwoch, dem 12. Februar", "2025-02-12"]]],
    ["Die Regierung meldete am Tag zuvor, am 11. Februar, einen Austausch.", [["Tag zuvor", "2025-02-11"], ["11. Februar", "2025-02-11"]]],
    ["Am Freitag treffen sich Vance und Selenskyj in München.", [["Freitag", "2025-02-14"]]],
    // present tense: the coming weekday only when it is at least two days nearer than the last one
    ["Am Donnerstag spielt die Mannschaft in Wien.", [["Donnerstag", "2025-02-13"]]],
    ["Am Samstag spielt die Mannschaft in Wien.", [["Samstag", "2025-02-08"]]],
    // perfect tense of -ieren verbs (participle without ge-): the last one
    ["Am Freitag hat Trump mit Putin telefoniert.", [["Freitag", "2025-02-07"]]],
    ["Am Freitag haben die Minister lange diskutiert.", [["Freitag", "2025-02-07"]]],
    ["Am Freitag ist die Lage kompliziert.", [["Freitag", "2025-02-14"]]],
    // any preterite of the verb dictionary tells the past, a participial adjective after an article does not
    ["Der Minister verteidigte am Donnerstag den Plan.", [["Donnerstag", "2025-02-06"]]],
    ["Die Minister kritisierten am Donnerstag den Plan.", [["Donnerstag", "2025-02-06"]]],
    ["Die verteidigte Regel gilt am Donnerstag.", [["Donnerstag", "2025-02-13"]]],
    // …but an upcoming event told in the past is neither past nor future: the nearest weekday
    ["Wir erörterten das bevorstehende Treffen am Freitag.", [["Freitag", "2025-02-14"]]],
    // the weekday of the reference date itself is that day, in any tense ("am Mittwoch" in a Wednesday report)
    ["Rund 200 Fischer haben am Mittwoch vor dem Rathaus protestiert.", [["Mittwoch", "2025-02-12"]]],
    ["Der Minister sagte am Mittwoch, die Lage sei ernst.", [["Mittwoch", "2025-02-12"]]],
    ["Der Streik werde bis Mittwochabend anhalten.", [["Mittwochabend", "2025-02-12TEV"]]],
    // …but not with a word that moves it
    ["Am vergangenen Mittwoch hat Trump mit Putin telefoniert.", [["vergangenen Mittwoch", "2025-02-05"]]],
    // a present-tense account that has moved past the reference day: the weekday on or after the last day named
    ["Am Freitag fahre ich nach Wien. Am Sonntag bin ich zurück. Montag ist Sitzungstag.", [["Freitag", "2025-02-14"], ["Sonntag", "2025-02-16"], ["Montag", "2025-02-17"]]],
    ["Am 14. Februar beginnt die Konferenz. Am Montag berät der Ausschuss.", [["14. Februar", "2025-02-14"], ["Montag", "2025-02-17"]]],
    // …but not when the last day named lies before the reference day
    ["Am 3. Februar begann die Konferenz. Am Montag berät der Ausschuss.", [["3. Februar", "2025-02-03"], ["Montag", "2025-02-10"]]],
    // "heute" next to another day word is that day, not the present as such
    ["Der Markt ist heute und morgen geöffnet.", [["heute", "2025-02-12"], ["morgen", "2025-02-13"]]],
    ["Gestern und heute wurde verhandelt.", [["Gestern", "2025-02-11"], ["heute", "2025-02-12"]]],
    ["Heute ist vieles anders.", [["Heute", "PRESENT_REF"]]],
    ["Das letzte Gespräch gab es im Februar 2022.", [["Februar 2022", "2022-02"]]],
    ["Der Gipfel fand im Jahr 2018 in Helsinki statt.", [["Jahr 2018", "2018"]]],
    ["Obama besuchte Moskau 2013.", [["2013", "2013"]]],
    ["Das Gespräch war vor fast drei Jahren.", [["fast drei Jahren", "P3Y"]]],
    ["Die Kämpfe könnten in sechs Monaten wieder beginnen.", [["sechs Monaten", "2025-08"]]],
    ["Die Wahl ist Mitte März.", [["Mitte März", "2025-03"]]],
    ["Anfang 2025 begannen Gespräche.", [["Anfang 2025", "2025"]]],
    ["Veröffentlicht 13/02/2025 in Berlin.", [["13/02/2025", "2025-02-13"]]],
    ["Kiesewetter sagte am 16.08 2024 in der Zeitung.", [["16.08 2024", "2024-08-16"]]],
    // general rules
    ["Heute ist alles anders, derzeit jedenfalls.", [["Heute", "PRESENT_REF"], ["derzeit", "PRESENT_REF"]]],
    ["Früher war das anders.", [["Früher", "PAST_REF"]]],
    ["Der Krieg dauert schon drei Jahre.", [["drei Jahre", "P3Y"]]],
    ["Seit zwei Wochen wird verhandelt.", [["zwei Wochen", "P2W"]]],
    ["Die Sitzung beginnt um 20.30 Uhr.", [["20.30 Uhr", "2025-02-12T20:30"]]],
    ["Die Gruppe trifft sich jeden Montag.", [["jeden Montag", "XXXX-WXX-1"]]],
    ["Der Bericht erscheint jährlich.", [["jährlich", "P1Y"]]],
    ["Im Herbst wird gewählt.", [["Herbst", "2025-FA"]]],
    ["Das prägte das 20. Jahrhundert.", [["das 20. Jahrhundert", "19"]]],
    ["In den achtziger Jahren war das anders.", [["den achtziger Jahren", "198"]]],
    ["Im vergangenen Jahr stieg der Umsatz, im Vorjahr fiel er.", [["vergangenen Jahr", "2024"], ["Vorjahr", "2024"]]],
    ["Gestern Abend sprach er, morgen reist er ab.", [["Gestern Abend", "2025-02-11TEV"], ["morgen", "2025-02-13"]]],
    ["Am Montag hatte er das Abkommen unterzeichnet.", [["Montag", "2025-02-10"]]],
    ["In dieser Woche verhandeln sie.", [["dieser Woche", "2025-W07"]]],
    ["Im dritten Quartal 2024 sanken die Exporte.", [["dritten Quartal 2024", "2024-Q3"]]],
    ["Die Gespräche dauerten anderthalb Stunden.", [["anderthalb Stunden", "PT1.5H"]]],
    ["Er saß drei Jahre und vier Monate in Haft.", [["drei Jahre und vier Monate", "P3Y4M"]]],
    ["Die Veranstaltung ist am 10. und 11. März.", [["10.", "2025-03-10"], ["11. März", "2025-03-11"]]],
    ["Am Wochenende hatten sich die Minister getroffen.", [["Wochenende", "2025-W06-WE"]]],
    ["Nach Ostern beginnt die Saison, an Weihnachten endet sie.", [["Ostern", "2025-04-20"], ["Weihnachten", "2025-12-25"]]],
    ["Der Ausschuss hat heute den Plan beschlossen.", [["heute", "2025-02-12"]]],
    ["Die Hilfe muss in Zukunft steigen.", [["Zukunft", "FUTURE_REF"]]],
    ["Er kam 1170 zur Welt und starb 1230.", [["1170", "1170"], ["1230", "1230"]]],
    ["Das Treffen soll in „nicht allzu ferner Zukunft“ stattfinden.", [["nicht allzu ferner Zukunft", "FUTURE_REF"]]],
    ["Er dankte für die gestrige Freilassung.", [["gestrige", "2025-02-11"]]],
    ["Am morgigen Sonntag ist Markt.", [["Sonntag", "2025-02-13"]]],
    ["Die Schau ist am 25. und 26. August von 10 bis 18 Uhr offen.", [["25.", "2025-08-25"], ["26. August", "2025-08-26"], ["10", "T10:00"], ["18 Uhr", "T18:00"]]],
    ["Am 3. März beginnt die Sitzung um 9 Uhr.", [["3. März", "2025-03-03"], ["9 Uhr", "2025-03-03T09:00"]]],
    ["Die Aufführungen sind am 6. und 7. April, jeweils 20 Uhr.", [["6.", "2025-04-06"], ["7. April", "2025-04-07"], ["20 Uhr", "T20:00"]]],
    ["Die Messe ist heute 14-19 Uhr, morgen von 9-13 Uhr offen.", [["heute", "2025-02-12"], ["14", "2025-02-12T14:00"], ["19 Uhr", "2025-02-12T19:00"], ["morgen", "2025-02-13"], ["9", "2025-02-13T09:00"], ["13 Uhr", "2025-02-13T13:00"]]],
    ["Premiere ist am 3. März, die Generalprobe am 1. März um 19.15 Uhr.", [["3. März", "2025-03-03"], ["1. März", "2025-03-01"], ["19.15 Uhr", "2025-03-01T19:15"]]],
    ["Am 10. und 11. März, am 14. März um 9 Uhr.", [["10.", "2025-03-10"], ["11. März", "2025-03-11"], ["14. März", "2025-03-14"], ["9 Uhr", "2025-03-14T09:00"]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("chrono-node's known misreadings are filtered", () => {
  test.each<[string, [string, string][]]>([
    ["Die frühere Regierung war anders.", []],
    ["„Das ist gut“, so Trump.", []],
    ["Von 2014 bis 2022 stieg die Zahl.", [["2014", "2014"], ["2022", "2022"]]],
    ["Das war so nicht geplant.", []]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("quotes are anchored to when they were said", () => {
  test("a date in the attribution anchors the quote", () => {
    const text = "Trump schrieb am 12. Februar: „Ich habe Marc Fogel gestern Abend im Weißen Haus begrüßt.“";
    const found = dates(text, "2025-02-14");
    const evening = found.find((d) => d.surface === "gestern Abend")!;
    expect(evening.value).toBe("2025-02-11TEV");
    expect(evening.note).toContain("quote said on 2025-02-12");
  });

  test("a post quoted in full after a colon takes its date from the line before", () => {
    const text = "Trump schrieb am Mittwoch auf Truth Social:\n»Ich habe Marc Fogel gestern Abend begrüßt.\nEs war ein guter Tag.«";
    const evening = dates(text, "2025-02-13").find((d) => d.surface === "gestern Abend")!;
    expect(evening.value).toBe("2025-02-11TEV");
    expect(evening.note).toContain("quote said on 2025-02-12");
  });

  test("without a date in the attribution the note says so", () => {
    const text = "Trump schrieb: „Ich habe ihn gestern Abend begrüßt.“";
    const evening = dates(text).find((d) => d.surface === "gestern Abend")!;
    expect(evening.value).toBe("2025-02-11TEV");
    expect(evening.note).toContain("quote whose date is not stated");
  });
});

describe("no publication date", () => {
  test.each<[string, [string, string][]]>([
    ["Am Freitag treffen sie sich.", [["Freitag", ""]]],
    ["Gestern Abend sprach er.", [["Gestern Abend", ""]]],
    ["Am 12. Februar telefonierten sie.", [["12. Februar", ""]]],
    ["Im Februar 2022 sprachen sie zuletzt, 2013 war Obama in Moskau.", [["Februar 2022", "2022-02"], ["2013", "2013"]]],
    ["Der Krieg dauert drei Jahre.", [["drei Jahre", "P3Y"]]]
  ])("%s", (text, expected) => {
    expect(pairs(text, "")).toEqual(expected);
  });

  test("unresolved values say why", () => {
    for (const d of dates("Am Freitag treffen sie sich, gestern sprachen sie.", "")) {
      expect(d.value).toBe("");
      expect(d.note).toMatch(/no publication date/);
    }
  });
});

describe("bad input", () => {
  test.each<[string]>([["Am 31. Februar 2025 war nichts."], ["Das Datum 2025-13-45 ist falsch."], ["Am 30.02.2024 geschah nichts."], ["Der 0. Januar."]])("%s gives no invalid value", (text) => {
    for (const d of dates(text)) expect(d.value).not.toMatch(/^\d{4}-(1[3-9]|0[2]-3|\d\d-(3[2-9]|4\d))/);
    expect(dates(text).filter((d) => /^\d{4}-\d\d-\d\d$/.test(d.value))).toEqual([]);
  });

  test.each<[string]>([["Russland schickte 3000 Soldaten."], ["Es kamen 2000 Menschen."], ["Der Preis lag bei 1500 Euro."], ["Von 1900 bis 2400 Grad war es heiß."]])("%s holds no year", (text) => {
    expect(dates(text).filter((d) => /^\d{4}$/.test(d.value))).toEqual([]);
  });

  test("a very long list of dates", () => {
    const text = Array.from({length: 3000}, (_, i) => `${(i % 28) + 1}. März`).join(", ") + " und 2024.";
    const found = dates(text);
    expect(found.length).toBeGreaterThan(2900);
    expect(found.every((d) => d.value === "" || /^2025-03-\d\d$|^2024$/.test(d.value))).toBe(true);
  });

  test("empty and odd text", () => {
    expect(dates("")).toEqual([]);
    expect(dates("„„„ »» ««")).toEqual([]);
    expect(dates("12.")).toEqual([]);
  });
});

describe("a month without a year in a present-tense clause: its next occurrence", () => {
  test.each<[string, string, string]>([
    ["2025-10-20", "Eine Informationsveranstaltung steht im April auf dem Programm.", "2026-04"],
    ["2025-02-12", "Die Ausstellung steht im September auf dem Programm.", "2025-09"],
    ["2025-02-12", "Die Ausstellung steht im Oktober auf dem Programm.", "2025-10"],
    ["2025-10-20", "Die Ausstellung steht im Mai auf dem Programm.", "2026-05"],
    // without a finite verb the window decides: seven months ahead, five back
    ["2025-02-12", "Ausstellung im Oktober.", "2024-10"],
    ["2025-10-20", "Ausstellung im Mai.", "2025-05"]
  ])("%s: %s", (published, text, value) => {
    expect(pairs(text, published)).toEqual([[text.match(/im (\p{L}+)/u)![1], value]]);
  });
});

describe("a past-tense account of earlier years: a month or day without a year takes the year of the last date mentioned", () => {
  test.each<[string, [string, string][]]>([
    ["Im März 1992 verlor die Statue ihre Nase. Im April wurde sie in den Innenhof gebracht.", [["März 1992", "1992-03"], ["April", "1992-04"]]],
    ["Die Kommission entstand 1992. Die erste Sitzung fiel auf den 5. März.", [["1992", "1992"], ["5. März", "1992-03-05"]]],
    // the year before the reference year is not "earlier years": the usual window decides
    ["Im März 2024 begann der Bau. Im Juli war er fertig.", [["März 2024", "2024-03"], ["Juli", "2024-07"]]],
    ["Im Jahr 2024 begann der Bau. Im Januar war er fertig.", [["Jahr 2024", "2024"], ["Januar", "2025-01"]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("a quotation over several sentences: each of its sentences has its own tense", () => {
  test.each<[string, [string, string][]]>([
    // a perfect in the quote's first sentence does not make a present second one past
    ["Die Trainerin sagte: „Wir haben lange gewartet. Am Donnerstag beginnt die Saison.“", [["Donnerstag", "2025-02-13"]]],
    ["„Die Pause war lang. Am Donnerstag beginnt endlich die Saison“, sagte die Trainerin.", [["Donnerstag", "2025-02-13"]]],
    // …nor a perfect in a later sentence
    ["Die Trainerin sagte: „Am Donnerstag beginnt die Saison. Wir haben hart trainiert.“", [["Donnerstag", "2025-02-13"]]],
    // the sentence that holds the weekday is past: the last one
    ["„Die Saison beginnt gleich. Am Donnerstag haben wir lange trainiert.“", [["Donnerstag", "2025-02-06"]]],
    // an abbreviation or an ordinal dot inside the quote ends no sentence
    ["Der Trainer sagte: „Wir haben z. B. am Donnerstag trainiert.“", [["Donnerstag", "2025-02-06"]]]
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  test("a present-tense day counted on from a day told in the future anchors no later past night", () => {
    // Thursday 13 February 2025: the concert is told in the future, the quote's Sunday counts on from it
    const text = "Am Samstag soll das Konzert stattfinden. Der Sänger sagte: „Ich habe lange geprobt. Am Sonntag ruhe ich mich aus.“ In der Nacht feierten die Fans.";
    expect(pairs(text, "2025-02-13")).toEqual([["Samstag", "2025-02-15"], ["Sonntag", "2025-02-16"], ["Nacht", "2025-02-13TNI"]]);
  });
});
