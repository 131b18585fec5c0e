import {describe, expect, test} from "vitest";
import {sentenceEvents} from "./helpers.js";
import {isCompound} from "../../../loaders/events/cueSet.js";

/** Event mentions of a made-up text published on Thursday 12 March 2026, as [type, cue, date]. */
function events(text: string): string[][] {
  return sentenceEvents(text, "labour.txt").map((m) => [m.type, m.cue, m.date]);
}

describe("labour-dispute cues (rounds, offers, recommendations, walkouts, appointments)", () => {
  test.each<[string, string[][]]>([
    // a "Runde" is a round of talks with an ordinal before it, in an article about talks
    ["Die Tarifverhandlungen ziehen sich hin. Die dritte Runde begann am Dienstag.", [["negotiation", "Tarifverhandlungen", ""], ["negotiation", "Runde", "2026-03-10"]]],
    ["Im Pokal steht der Verein in der zweiten Runde am Dienstag.", []],
    // a bare "Runde" fails as the clause's subject, not led by a preposition (a tournament round)
    ["Die Tarifverhandlungen ziehen sich hin. Die zweite Runde ist am Dienstag gescheitert.", [["negotiation", "Tarifverhandlungen", ""], ["breakoff", "gescheitert", "2026-03-10"]]],
    // (no break-off; the ordinal "zweiten Runde" is still read as a round of talks in an article about talks: a known limit)
    ["Die Tarifverhandlungen gehen weiter. Der Verein ist am Samstag in der zweiten Runde des Pokals gescheitert.", [["negotiation", "Tarifverhandlungen", ""], ["negotiation", "Runde", "2026-03-07"]]],
    ["Die Gespräche laufen. Mit dem Geld kommen die Familien kaum über die Runden.", [["negotiation", "Gespräche", ""]]],
    // an offer made, not one promised or denied
    ["Die Arbeitgeber haben am Dienstag ihr erstes Angebot vorgelegt.", [["offer", "Angebot", "2026-03-10"]]],
    ["Am Montag legte der Verband ein neues Angebot vor.", [["offer", "Angebot", "2026-03-09"]]],
    ["Der Verband legte am Montag kein Angebot vor.", []],
    ["Man werde am Montag ein Angebot vorlegen, sagte der Sprecher.", []],
    // "werde" plans with an infinitive closing its clause; with a participle it is a reported present passive
    ["Laut Gewerkschaft werde seit Montag in drei Werken gestreikt.", [["strike", "gestreikt", "2026-03-09"]]],
    ["Laut Betriebsrat werde man ab Montag in drei Werken streiken.", []],
    ["Die Gewerkschaft erklärte, dass seit Montag in drei Werken gestreikt werde.", [["statement", "erklärte", ""], ["strike", "gestreikt", "2026-03-09"]]],
    // the arbitrators' recommendation
    ["Die Schlichter haben am Mittwochabend ihre Empfehlung vorgelegt.", [["recommendation", "Empfehlung", "2026-03-11TEV"]]],
    ["Über den Schlichterspruch vom Dienstag wird noch beraten.", [["recommendation", "Schlichterspruch", "2026-03-10"]]],
    ["Die Empfehlung der Ärztin lautet: viel trinken.", []],
    // strikes as a walkout or a compound with a strike first
    ["Am Montag legten 5000 Pflegekräfte die Arbeit nieder.", [["strike", "Arbeit", "2026-03-09"]]],
    ["Die Busfahrer haben am Mittwoch die Arbeit niedergelegt.", [["strike", "Arbeit", "2026-03-11"]]],
    ["Die Arbeit im Labor ruhte am Montag.", []],
    ["Der Warnstreiktag am Dienstag legte den Nahverkehr lahm.", [["strike", "Warnstreiktag", "2026-03-10"]]],
    ["Das Streikrecht gilt seit dem 2. März auch für Praktikanten.", []],
    // a bare "drohen" announces nothing: the talks that threaten to fail are real; a threatened strike is none
    ["Die Tarifverhandlungen drohten am Dienstag zu scheitern.", [["negotiation", "Tarifverhandlungen", "2026-03-10"]]],
    ["Die Gewerkschaft drohte am Dienstag mit Warnstreiks.", []],
    ["Die Gewerkschaft hat am Dienstag Warnstreiks angedroht.", []],
    // an appointment by "berufen", not "sich berufen auf"
    ["Als Vermittler wurden am Montag zwei frühere Richterinnen berufen.", [["appointment", "berufen", "2026-03-09"]]],
    ["Der Verband hat sich am Montag auf ein altes Urteil berufen.", [["legal", "Urteil", "2026-03-09"]]]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("cue nouns inside other words, announced and supposed events", () => {
  test.each<[string, string[][]]>([
    // a name or a derived word that ends in a cue is none ("Ver|einigung", "Be|r|einigung", "St|einigung")
    ["Die Vereinigung der Gartenfreunde tagte am Montag.", []],
    ["Die Bundesvereinigung der Bäcker tagte am Montag.", []],
    ["Die Reinigung der Halle dauerte am Montag bis zum Abend.", []],
    ["Die Tarifeinigung kam am Montag zustande.", [["agreement", "Tarifeinigung", "2026-03-09"]]],
    // heads of talks compounds that name people or positions are no talks
    ["Der Verhandlungsführer der Stadt schwieg am Montag.", []],
    ["Der Verhandlungsmarathon endete am Montag.", [["negotiation", "Verhandlungsmarathon", "2026-03-09"]]],
    // announced, scheduled or supposed: no event
    ["Die Gewerkschaft kündigte am Montag Warnstreiks für die nächste Woche an.", [["announcement", "kündigte", "2026-03-09"]]],
    ["Die vierte Verhandlungsrunde ist für Dienstag und Mittwoch nächster Woche angesetzt.", []],
    ["Sollten die Gespräche scheitern, könnte der Verband die Schlichtung anrufen.", []],
    ["Die Ministerin wollte am Montag mit dem Bürgermeister telefonieren.", []],
    // "die Schlichtung anrufen" is an appeal, not a phone call
    ["Am Montag riefen die Arbeitgeber die Schlichtung an.", [["negotiation", "Schlichtung", "2026-03-09"]]],
    ["Die Ministerin rief ihn am Montag an.", [["call", "rief", "2026-03-09"]]],
    // "ohne Einigung" denies the agreement
    ["Die Runde endete am Montag ohne Einigung.", []]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("isCompound: a modifier and a cue head make a compound", () => {
  test.each<[string, string, boolean]>([
    ["Tarif", "einigung", true],
    ["EU-", "Gipfel", true],
    ["Ver", "einigung", false],
    ["Bundesver", "einigung", false],
    ["Strukturber", "einigung", false],
    ["St", "einigung", false],
    ["Lehrer", "streik", true],
    ["General", "streik", true]
  ])("%s + %s", (modifier, head, expected) => {
    expect(isCompound(modifier, head)).toBe(expected);
  });
});

describe("which date dates an event (attachDates), published Thursday 12 March 2026", () => {
  test.each<[string, string[][]]>([
    // a night named by the day it ends on dates its event by that day
    ["Die Parteien einigten sich in der Nacht zu Mittwoch.", [["agreement", "einigten", "2026-03-11"]]],
    // a date right after a noun cue is that noun's; the verb takes the other
    ["Die Gespräche ziehen sich. In der dritten Runde am Montag einigten sich beide Seiten in der Nacht zu Mittwoch.",
      [["negotiation", "Gespräche", ""], ["negotiation", "Runde", "2026-03-09"], ["agreement", "einigten", "2026-03-11"]]],
    // a limit or a term's end ("bis …") dates no event; a date in another main clause neither
    ["Mit der erzielten Einigung endet der Streit, bis zum Ende der Laufzeit im Mai 2028 gilt Ruhe.", [["agreement", "Einigung", ""]]],
    // a plural present verb makes a main clause too ("gelten"); a zu-infinitive closing a clause ("zu bilden") does not
    ["Mit der erzielten Einigung endet der Streit, ab Mai 2028 gelten neue Regeln.", [["agreement", "Einigung", ""]]],
    ["Zu einer Neuwahl kommt es nun, weil das Bündnis es versäumt hatte, nach der Abstimmung im Mai 2025 eine Regierung zu bilden.", [["election", "Neuwahl", ""]]],
    ["Die Verbände hatten sich auf eine Frist bis Januar 2027 geeinigt.", [["agreement", "geeinigt", ""]]],
    ["Bis zur Wahl 2024 regierte die Koalition.", [["election", "Wahl", "2024"]]],
    ["Es dauerte lange, bis sich die Parteien am Montag einigten.", [["agreement", "einigten", "2026-03-09"]]],
    // "bis" with an article opens a clause with its own subject, not a limit
    ["Es dauerte lange, bis die Busfahrer am Montag streikten.", [["strike", "streikten", "2026-03-09"]]],
    ["Der Unfall ereignete sich, als am Montag ein Lkw auf die Kreuzung fuhr.", [["accident", "Unfall", "2026-03-09"]]],
    // an announcement is not dated by the start of what it announces
    ["Die Gewerkschaft kündigte Warnstreiks ab der kommenden Woche an.", [["announcement", "kündigte", ""]]]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("a night named by the day it ends on, with another date in the sentence (published Thursday 12 March 2026)", () => {
  test.each<[string, string[][]]>([
    // each cue takes its nearest date; the night gives the day it ends on only to the event it dates
    ["Am Dienstag begannen die Gespräche, in der Nacht zu Mittwoch einigten sich beide Seiten.", [["negotiation", "Gespräche", "2026-03-10"], ["agreement", "einigten", "2026-03-11"]]],
    ["Die Parteien einigten sich am Mittwoch, nachdem sie in der Nacht zu Dienstag verhandelt hatten.", [["agreement", "einigten", "2026-03-11"], ["negotiation", "verhandelt", "2026-03-10"]]],
    ["Die Parteien einigten sich am Mittwoch, in der Nacht zu Dienstag war die Runde unterbrochen worden.", [["agreement", "einigten", "2026-03-11"]]],
    // the date of a reference point ("nach Gesprächen am Montag") yields to the night, which is the event's own date
    ["Nach Gesprächen am Montag einigten sich die Parteien in der Nacht zu Mittwoch.", [["agreement", "einigten", "2026-03-11"]]],
    ["Vor der Abreise am Montag einigten sich die Parteien in der Nacht zu Sonntag.", [["agreement", "einigten", "2026-03-08"]]],
    // alone, the reference point's date still dates the event (no other date to take)
    ["Nach Gesprächen am Montag einigten sich die Parteien.", [["agreement", "einigten", "2026-03-09"]]],
    // a noun's own date stays its own, the night the verb's
    ["Die Einigung vom Dienstag wurde in der Nacht zu Mittwoch unterzeichnet.", [["agreement", "Einigung", "2026-03-10"]]],
    // the next sentence's report in a night: the day the night ends on, as when the night dates the event itself
    ["Die Parteien haben sich auf einen Vertrag geeinigt. Das gaben die Vermittler in der Nacht zu Mittwoch bekannt.", [["agreement", "geeinigt", "2026-03-11"]]],
    ["Die Parteien haben sich auf einen Vertrag geeinigt. Das gaben die Vermittler am Dienstag bekannt.", [["agreement", "geeinigt", "2026-03-10"]]]
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
