import {describe, expect, test} from "vitest";
import {sentenceEvents} from "./helpers.js";
import {eventCues} from "../../../loaders/lang/de/index.js";

/** Event mentions of one body sentence published on a fixed day (Thursday 12 March 2026), as [type, date]. */
function events(sentence: string): string[][] {
  return sentenceEvents(sentence, "cue.txt").map((m) => [m.type, m.date]);
}

describe("general event cues (loaders/lang/de/events.ts)", () => {
  test.each<[string, string[][]]>([
    // decisions and votes
    ["Der Stadtrat hat am Dienstag den Neubau der Schwimmhalle beschlossen.", [["decision", "2026-03-10"]]],
    ["Am Montag beschloss der Kreistag einen neuen Haushalt.", [["decision", "2026-03-09"]]],
    ["Der Landtag verabschiedete das Schulgesetz am 4. März.", [["decision", "2026-03-04"]]],
    ["Die Abstimmung über die Fusion fand am Mittwoch statt.", [["decision", "2026-03-11"]]],
    ["Der Bauausschuss hat dem Antrag am Montag zugestimmt.", [["decision", "2026-03-09"]]],
    ["Am Dienstag lehnten die Abgeordneten den Entwurf ab.", [["decision", "2026-03-10"]]],
    // announcements
    ["Die Bürgermeisterin hat am Montag neue Radwege angekündigt.", [["announcement", "2026-03-09"]]],
    ["Am Mittwoch wurde der Entwurf für den Bahnhofsplatz vorgestellt.", [["announcement", "2026-03-11"]]],
    // elections
    ["Am 1. März wurde sie mit klarer Mehrheit zur Landrätin gewählt.", [["election", "2026-03-01"]]],
    ["Die Bürgermeisterwahl am Sonntag ging knapp aus.", [["election", "2026-03-08"]]],
    // legal steps
    ["Der Verein hat am Montag gegen die Stadt Klage eingereicht.", [["legal", "2026-03-09"]]],
    ["Am Mittwoch fiel das Urteil gegen den früheren Kämmerer.", [["legal", "2026-03-11"]]],
    ["Der frühere Kämmerer wurde am Dienstag freigesprochen.", [["legal", "2026-03-10"]]],
    // resignations and appointments
    ["Der Bürgermeister ist am Montag zurückgetreten.", [["resignation", "2026-03-09"]]],
    ["Am Dienstag wurde sie zur neuen Stadtbaurätin ernannt.", [["appointment", "2026-03-10"]]],
    // swearing-in (also Austrian "angelobt", "Angelobung"); "Amtseid" only when taken; a plan is none
    ["Die neue Landesregierung wurde am Montag angelobt.", [["swearing-in", "2026-03-09"]]],
    ["Am Dienstag angelobte der Präsident die Ministerinnen.", [["swearing-in", "2026-03-10"]]],
    ["Die Angelobung des Gemeinderats fand am Mittwoch statt.", [["swearing-in", "2026-03-11"]]],
    ["Sie wurde am Montag als Oberbürgermeisterin vereidigt.", [["swearing-in", "2026-03-09"]]],
    ["Nach der Vereidigung am Dienstag trat das Kabinett zusammen.", [["swearing-in", "2026-03-10"]]],
    ["Der Stadtrat legte am Mittwoch den Amtseid ab.", [["swearing-in", "2026-03-11"]]],
    ["Der Kanzler leistete am 2. März seinen Amtseid.", [["swearing-in", "2026-03-02"]]],
    ["Der Amtseid des Kanzlers umfasst drei Sätze.", []],
    ["Die Ministerin soll am Montag angelobt werden.", []],
    // plans, hopes and goals are no events that happened: "sollen … beginnen", "zuversichtlich, … zu erzielen", "für unrealistisch"
    ["Die Tarifgespräche sollen am Donnerstag beginnen.", []],
    ["Am Freitag soll die Verhandlungsrunde fortgesetzt werden.", []],
    ["Das Treffen der Bürgermeister soll am 20. März stattfinden.", []],
    ["Der Staatsbesuch soll im April beginnen.", []],
    ["Die Tarifgespräche begannen am Montag.", [["negotiation", "2026-03-09"]]],
    ["Die Stadträtin gab sich optimistisch, bis Ende März einen Vertrag zu unterzeichnen.", []],
    ["Der Verband hofft, den Streit bis Mai beizulegen und eine Vereinbarung abzuschließen.", []],
    ["Einen Beschluss noch vor Ostern hält der Kämmerer für unrealistisch.", []],
    // a hedge is no denial: this reports what happened
    ["Der Unfall am Dienstag wurde wahrscheinlich durch Glätte verursacht.", [["accident", "2026-03-10"]]],
    ["Die Parteien haben sich am Dienstag auf einen Vertrag geeinigt, um den Streit zu beenden.", [["agreement", "2026-03-10"]]],
    ["Der Verband bestätigte, am Montag eine neue Vereinbarung unterzeichnet zu haben.", [["agreement", "2026-03-09"]]],
    // accidents and incidents
    ["Bei einem Unfall auf der Kreuzung wurden am Dienstag zwei Radfahrer verletzt.", [["accident", "2026-03-10"]]],
    ["Am Mittwoch brach in der Lagerhalle ein Großbrand aus.", [["accident", "2026-03-11"]]],
    // talks before an agreement are a phase, not an event of their own ("nach" over adjectives or a duration); with an article they are particular talks
    ["Nach langen Verhandlungen einigten sich die Tarifparteien am 5. März.", [["agreement", "2026-03-05"]]],
    ["Nach drei Wochen zäher Verhandlungen einigten sich beide Seiten am Dienstag.", [["agreement", "2026-03-10"]]],
    ["Nach rund drei Wochen zäher Verhandlungen einigten sich beide Seiten am Dienstag.", [["agreement", "2026-03-10"]]],
    ["Nach knapp 20 Stunden Verhandlungen einigten sich beide Seiten am Dienstag.", [["agreement", "2026-03-10"]]],
    ["Nach mehr als zwei Jahren Verhandlungen einigten sich die Nachbarstaaten am Dienstag.", [["agreement", "2026-03-10"]]],
    ["Nach den Verhandlungen am Montag schwiegen beide Seiten.", [["negotiation", "2026-03-09"]]],
    // agreements
    ["Die beiden Gemeinden unterzeichneten am Montag den Vertrag.", [["agreement", "2026-03-09"]]],
    ["Das Abkommen zwischen den Partnerstädten wurde am 2. März geschlossen.", [["agreement", "2026-03-02"]]],
    ["Am Dienstag haben sich Verband und Stadtwerke geeinigt.", [["agreement", "2026-03-10"]]],
    ["Die Tarifparteien einigten sich am Montag auf einen Abschluss.", [["agreement", "2026-03-09"]]],
    ["Die Einigung kam am Mittwoch nach langen Gesprächen.", [["agreement", "2026-03-11"]]],
    // strikes
    ["Am Dienstag legte ein Warnstreik den Busverkehr still.", [["strike", "2026-03-10"]]],
    ["Die Beschäftigten streikten am Montag den ganzen Tag.", [["strike", "2026-03-09"]]],
    ["Wegen des Streiks fielen am Mittwoch alle Züge aus.", [["strike", "2026-03-11"]]],
    // meetings (cues that already existed)
    ["Die Fraktionschefs trafen sich am Dienstag im Rathaus.", [["meeting", "2026-03-10"]]],
    ["Die Ministerin rief ihn am Montag an.", [["call", "2026-03-09"]]]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});

describe("a form of treffen is a meeting only when people meet, not when a thing hits someone", () => {
  test.each<[string, string[][]]>([
    // a thing as the subject: before the verb, after a conjunction, right after the verb, or with the participle
    ["Ein Streik treffe am Montag vor allem Pendler.", [["strike", "2026-03-09"]]],
    ["Die neuen Maßnahmen treffen ab dem 2. März vor allem Schüler.", []],
    ["Der Warnstreik am 9. März traf Tausende Pendler.", [["strike", "2026-03-09"]]],
    ["Am Montag traf die Kältewelle den Norden besonders hart.", []],
    ["Die Kosten haben am Dienstag vor allem Mieter getroffen.", []],
    ["Der Bürgermeister warnte, dass die Sparpläne am Montag viele Familien treffen.", []],
    // people, bodies of people and names meet
    ["Die Ministerin trifft am Montag den Präsidenten der Handelskammer.", [["meeting", "2026-03-09"]]],
    ["Die Busfahrer trafen am Dienstag die Geschäftsführung.", [["meeting", "2026-03-10"]]],
    ["Die Delegation traf am Dienstag den Bürgermeister.", [["meeting", "2026-03-10"]]],
    ["Am Montag traf die Kanzlerin den Vorstand der Gewerkschaft.", [["meeting", "2026-03-09"]]],
    ["Hanna Vollmer traf am Montag die Streikenden vor dem Depot.", [["meeting", "2026-03-09"]]],
    ["Am Montag traf der 61-Jährige den Landrat.", [["meeting", "2026-03-09"]]],
    // "sich": people meet each other, whatever the subject looks like
    ["Die beiden Seiten treffen sich am 12. März zu Gesprächen.", [["meeting", "2026-03-12"]]],
    // the noun is the meeting itself
    ["Das Treffen am Montag brachte keine Einigung.", [["meeting", "2026-03-09"]]]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});

describe("a negated, planned or supposed decision is no event", () => {
  test.each<[string, string[][]]>([
    ["Der Stadtrat soll am Dienstag den Neubau der Schwimmhalle beschließen.", []],
    // hearsay of the past is reported, no plan (de.event.mood.hearsay-perfect; test/loaders/events/dating.test.ts)
    ["Der Stadtrat sollte den Neubau am Dienstag längst beschlossen haben.", []],
    ["Der Stadtrat hat den Neubau am Dienstag nicht beschlossen.", []],
    ["Der Kreistag will den Haushalt am Montag verabschieden.", []],
    ["Hätte der Ausschuss am Montag zugestimmt, wäre der Bau sicher.", []],
    ["Falls der Rat am Dienstag zustimmt, beginnt der Bau im Mai.", []],
    ["Der Bürgermeister denkt nicht an einen Rücktritt.", []],
    ["Sie könnte am Sonntag gewählt werden.", []],
    // hopes, demands and threats
    ["Der Bürgermeister hofft auf eine Einigung am Freitag.", []],
    ["Die Gewerkschaft droht am Montag mit einem Streik.", []],
    ["Die Opposition fordert eine Abstimmung am Dienstag.", []],
    ["Die Wahl ist für den 22. März geplant.", []],
    ["Die Staatsanwaltschaft will den Kämmerer anklagen.", []],
    // the negation of another clause does not reach the cue
    ["Der Rat hat am Dienstag zugestimmt, die Opposition nicht.", [["decision", "2026-03-10"]]]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});

describe("cues with the context their rule asks for are events", () => {
  test.each<[string, string[][]]>([
    ["Die Reederei kündigte am Montag neue Fahrpläne an.", [["announcement", "2026-03-09"]]],
    ["Am Dienstag lehnte der Beirat den Vorschlag ab.", [["decision", "2026-03-10"]]],
    ["Der Verein wählte am Montag eine neue Vorsitzende.", [["election", "2026-03-09"]]],
    ["Die Versammlung wählte sie am Montag zur Sprecherin.", [["election", "2026-03-09"]]],
    ["Bei der Wahl am Sonntag gewann die Amtsinhaberin.", [["election", "2026-03-08"]]],
    ["Ein Brand zerstörte am Montag die Scheune.", [["accident", "2026-03-09"]]],
    ["Das Urteil fiel am Montag.", [["legal", "2026-03-09"]]],
    ["Das Museum präsentierte am Montag seine neue Sammlung.", [["announcement", "2026-03-09"]]],
    // the particle after an inserted comma clause; an election with a genitive or without "zum"; a Brand after adjectives
    ["Der Stadtrat lehnte, wie befürchtet, am Montag den Zuschuss ab.", [["decision", "2026-03-09"]]],
    ["Die Intendantin kündigte, anders als erwartet, am Montag einen Umbau an.", [["announcement", "2026-03-09"]]],
    ["Die Wahl des neuen Landrats fand am Sonntag statt.", [["election", "2026-03-08"]]],
    ["Die Schotten wählten am Sonntag einen Landtag.", [["election", "2026-03-08"]]],
    ["Die Mitglieder wählten den Kassenwart am Montag.", [["election", "2026-03-09"]]],
    ["Ein verheerender Brand zerstörte am Montag die Scheune.", [["accident", "2026-03-09"]]],
    ["Ein schwerer nächtlicher Brand zerstörte am Montag das Lager.", [["accident", "2026-03-09"]]]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});

describe("a negation that denies nothing keeps the event", () => {
  test.each<[string, string[][]]>([
    ["Der Kreistag hat am Montag den Etat nicht nur beschlossen, sondern auch veröffentlicht.", [["decision", "2026-03-09"]]],
    ["Der Landtag verabschiedete das Gesetz am Montag mit keiner Gegenstimme.", [["decision", "2026-03-09"]]],
    ["Der Landtag verabschiedete das Gesetz am Montag ohne Gegenstimme.", [["decision", "2026-03-09"]]],
    ["Nicht zuletzt wegen der Kosten lehnte der Rat den Plan am Montag ab.", [["decision", "2026-03-09"]]],
    ["Nichts wurde am Montag beschlossen.", []],
    // a "sondern" with a verb of its own denies the cue before it
    ["Der Kreistag fasste am Montag keinen Beschluss, sondern vertagte sich.", []]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});

describe("a statement or announcement is not dated by the clause it reports (12 March 2026)", () => {
  test.each<[string, string[][]]>([
    ["Die Stadt öffnet am Freitag neue Parkplätze, teilte ein Sprecher mit.", [["statement", ""]]],
    ["Die Ministerin kündigte an, das Land werde im kommenden Jahr beitreten.", [["announcement", ""]]],
    ["Die Ministerin kündigte an: Im kommenden Jahr tritt das Land bei.", [["announcement", ""]]],
    // the cue's own clause keeps its date; the reported trip is an infinitive under "zu" or "werde": planned, no event
    // (de.event.plan.governed-cue)
    ["Am Montag kündigte sie an, im Mai nach Rom zu reisen.", [["announcement", "2026-03-09"]]],
    ["Der Minister erklärte am Dienstag, er werde im Mai reisen.", [["statement", "2026-03-10"]]],
    // two commas set off an insertion inside the cue's own clause
    ["Die Intendantin kündigte, wie erwartet, am Montag einen Umbau an.", [["announcement", "2026-03-09"]]]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});

test("each cue's id names its type", () => {
  for (const cue of eventCues) expect(cue.id).toBe(`de.event.${cue.type}`);
});

describe("words that only look like cues", () => {
  test.each<[string, string[][]]>([
    ["Er kann sich eine Kandidatur gut vorstellen.", []],
    ["Anwohner klagen seit Jahren über den Lärm.", []],
    ["Die Auswahl der Bewerber dauerte bis Montag.", []],
    ["Vorurteile gegen Radfahrer sind verbreitet.", []],
    ["Brandenburg liegt im Osten.", []],
    // a separable verb without its particle, a reflexive, a verb that shares a noun's stem, a surname
    ["Die Reederei kündigte dem Kapitän am Montag fristlos.", []],
    ["Der Gärtner lehnte am Montag die Leiter an den Zaun.", []],
    ["Kritiker urteilen am Montag recht milde.", []],
    ["Die Kassiererin wählte am Montag die Nummer des Notrufs.", []],
    ["Die Wahl des Treffpunkts fiel auf den Marktplatz am Rathaus.", []],
    ["Brand sagte am Montag, er bleibe im Amt.", []],
    ["Die Mannschaft präsentiert sich am Montag in guter Form.", []],
    ["Die Reederei kündigte dem Kapitän an seinem letzten Arbeitstag am Montag.", []],
    ["Der Wanderer wählte am Montag den Weg über den Pass.", []],
    ["Der Sprecher Jens Brand sagte am Montag, alles sei ruhig.", []],
    // "rief" without "an" appeals or proclaims; "einigte" without "sich" unites
    ["Die Ministerin rief die Tarifparteien am Montag zur Mäßigung auf.", []],
    ["Der Präsident einigte das zerstrittene Land nach dem Krieg.", []]
  ])("%s", (sentence, expected) => {
    expect(events(sentence)).toEqual(expected);
  });
});

test("each mention keeps its rule id and cue span", () => {
  const text = "Der Stadtrat hat am Dienstag den Neubau beschlossen.";
  const [m] = sentenceEvents(text);
  expect([m.rule, text.slice(m.cue_start, m.cue_end), m.cue]).toEqual(["de.event.decision", "beschlossen", "beschlossen"]);
});
