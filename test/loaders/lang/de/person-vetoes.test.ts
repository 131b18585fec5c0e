import {describe, expect, it} from "vitest";
import {personVetoes} from "../../../../loaders/lang/de/index.js";
import {personLexicon} from "../../../../loaders/people/lexicon.js";
import {findMentions, type VetoedMention} from "../../../../loaders/people/mentions.js";

function run(text: string): {found: string[]; vetoed: [string, string][]} {
  const vetoed: VetoedMention[] = [];
  const found = findMentions(text, [{start: 0, end: text.length}], personLexicon([]), [], vetoed).map((m) => m.surface);
  return {found, vetoed: vetoed.map((v) => [v.surface, v.veto])};
}

describe("person vetoes (personVetoes in lang/de/index.ts)", () => {
  it("has one veto per id", () => {
    const ids = personVetoes.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // made-up sentence, mentions kept, mentions vetoed with the veto's id
  const cases: [string, string[], [string, string][]][] = [
    // language-name: a language is no person, but a role names one
    ["Swahili wird an der Küste gesprochen.", [], [["Swahili", "language-name"]]],
    ["Urdu wird in Pakistan gesprochen.", [], [["Urdu", "language-name"]]],
    ["Der Verleger Deutsch wohnt in Wien.", ["Deutsch"], []],
    // a language name that is also a given name is left to the cues
    ["Gestern sagte Maya, sie komme.", ["Maya"], []],
    // speech-object-noun: what is said, the object of the speech verb
    ["Das Ergebnis spricht Bände.", [], [["Bände", "speech-object-noun"]]],
    ["Am Abend sagte Kowalczak.", ["Kowalczak"], []],
    // colour-coalition: a compound of party colours names a coalition; a colour compound with another word stays to the cues
    ["Im Herbst wurde er von Rot-Schwarz knapp abgelehnt.", [], [["Rot-Schwarz", "colour-coalition"]]],
    ["Der Plan wurde von Türkis-Grün-Pink beschlossen.", [], [["Türkis-Grün-Pink", "colour-coalition"]]],
    // subsidiary: a lone name after "Tochter" with a country's or town's attribute is a firm's subsidiary; a person's daughter stays
    ["Die Gruppe verkaufte ihre rumänische Tochter Lindor.", [], [["Lindor", "subsidiary"]]],
    ["Die Wiener Tochter Wettau meldet Verluste.", [], [["Wettau", "subsidiary"]]],
    ["Seine jüngste Tochter Quenja kam zu Besuch.", ["Quenja"], []],
    // organisation-predicate: a subject by word order whose clause makes it a firm or club; a person's predicate, or another clause's, leaves it
    ["Im August 1961 kaufte Lindora die Firma auf und wurde somit zur größten Fluggesellschaft.", [], [["Lindora", "organisation-predicate"]]],
    ["Danach übernahm Wettauer die Leitung und wurde zum reichsten Mann der Stadt.", ["Wettauer"], []],
    ["Danach übernahm Wettauer die Leitung, die Firma wurde zur größten Fluggesellschaft.", ["Wettauer"], []],
    // team-standing: a subject by word order whose clause goes on to a team's promotion, relegation or cup is a club; a player with a team, or another clause's standing, leaves it
    ["Im Jahr 1931 erreichte Wettau das Finale um den Pokal.", [], [["Wettau", "team-standing"]]],
    ["Die Frage ist, ob Wettau trotz des Abstiegs Geld hat.", [], [["Wettau", "team-standing"]]],
    ["Danach schaffte Ostrander mit Wettau den Aufstieg.", ["Ostrander"], []],
    ["Danach wechselte Ostrander den Verein, der Abstieg kam später.", ["Ostrander"], []],
    // named-place: a name before a noun of a street, building, society or award names that place or body; a genitive owner or an idiom's object stays
    ["Er wohnt in der Ilse Wendt Straße 5.", [], [["Ilse Wendt", "named-place"]]],
    ["Das Jonas Brandt Archiv liegt am Fluss.", [], [["Jonas Brandt", "named-place"]]],
    // a run that took the noun for the surname ends on it
    ["Sie erhielt die Anna Wendt Medaille für ihr Werk.", [], [["Anna Wendt Medaille", "named-place"]]],
    ["Die Clara Lindner Gesellschaft tagte im Mai.", [], [["Clara Lindner", "named-place"]]],
    ["Die Otto Kessler Grundschule bekommt ein neues Dach.", [], [["Otto Kessler", "named-place"]]],
    ["Im Saal machte Jonas Brandt Platz für die Gäste.", ["Jonas Brandt"], []],
    ["Am Abend lief Jonas Brandts Oper in der Stadt.", ["Jonas Brandts"], []],
    ["Dann besuchte Jonas Brandt Museen in der Stadt.", ["Jonas Brandt"], []],
    ["Am Abend sagte Anna Sturm nichts mehr.", ["Anna Sturm"], []],
    // named-thing: a name after a noun of a work, storm or vessel names the work or thing; a genitive author or a bracketed person stays
    ["Die Oper Clara wurde im Mai gespielt.", [], [["Clara", "named-thing"]]],
    ["Er las den Kriminalroman Effi Lindner im Zug.", [], [["Effi Lindner", "named-thing"]]],
    ["Der Orkan Kyrill richtete große Schäden an.", [], [["Kyrill", "named-thing"]]],
    ["Das Schiff Maria lief am Montag aus.", [], [["Maria", "named-thing"]]],
    ["Der Film Jonas Brandts lief im Kino.", ["Jonas Brandts"], []],
    ["Im Film spielt Jonas Brandt den Vater.", ["Jonas Brandt"], []],
    // a full name, a surname the lexicon knows or a player's noun in the clause is a person; a club still is vetoed
    ["Im Finale gewann Anna Berger den Pokal.", ["Anna Berger"], []],
    ["Danach schlug Jan Kowalczak seinen Landsmann im Pokal.", ["Jan Kowalczak"], []],
    ["Im Finale gewann Berger den Pokal.", ["Berger"], []],
    ["Danach schlug Ostrander seinen Landsmann im Pokal.", ["Ostrander"], []],
    ["Danach besiegte Ostrander die Titelverteidigerin im Pokalfinale.", ["Ostrander"], []],
    ["Danach unterlag Ostrander ihrer Finalgegnerin im Pokal.", ["Ostrander"], []],
    ["Danach schlug Wettau den Gegner aus Lindau im Pokal.", [], [["Wettau", "team-standing"]]],
    ["Danach schlug Wettau seinen Rivalen im Pokal.", [], [["Wettau", "team-standing"]]],
    // the veto yields to a surname a full name of the text gave (pass 2 of findMentions), not to another name
    ["Jan Wettau reiste früh an. Im Finale gewann Wettau den Pokal.", ["Jan Wettau", "Wettau"], []],
    ["Anna Lindau reiste früh an. Im Jahr 1931 erreichte Wettau das Finale um den Pokal.", ["Anna Lindau"], [["Wettau", "team-standing"]]],
    // work-title: a name right after a noun of a title is the title of a work
    ["Er schrieb ein Buch mit dem Titel Jonas Brandt - Ein Leben.", [], [["Jonas Brandt", "work-title"]]],
    ["Der Roman erschien unter dem Arbeitstitel Jonas Brandt.", [], [["Jonas Brandt", "work-title"]]],
    ["Den Titel holte am Ende Jonas Brandt.", ["Jonas Brandt"], []],
    // given-name-place: a lone given name after a place's noun is the place's name; with a surname it stays a person
    ["Die Reise führte sie in die Hauptstadt Karin.", [], [["Karin", "given-name-place"]]],
    ["Die Gemeinde Florian hat 300 Einwohner.", [], [["Florian", "given-name-place"]]],
    ["Die Gemeinde Florian Berger hat geklagt.", ["Florian Berger"], []],
    // english-title: a lone word after an English function word is part of an English title; a role still names a person
    ["Seine Schrift Return of Rothko erschien spät.", [], [["Rothko", "english-title"]]],
    ["Die Platte Songs for Rothko erschien 1990.", [], [["Rothko", "english-title"]]],
    ["Das Buch Return of Rothko erschien spät, sagte Kowalczak.", ["Kowalczak"], [["Rothko", "english-title"]]],
    ["Am Abend sagte Rothko nichts.", ["Rothko"], []],
    // quoted-title: a name inside a short quoted title is part of the work's name
    ["Die Ausstellung „Tarvins Garten“ lief lange.", [], [["Tarvins", "quoted-title"]]],
    ["Sein Buch „Reise mit Mirko Tarvin“ erschien 2001.", [], [["Mirko Tarvin", "quoted-title"]]],
    // straight marks: one opens after an even number of them (a closing one after an odd number opens nothing)
    ['Sein Buch "Reise mit Mirko Tarvin" erschien 2001.', [], [["Mirko Tarvin", "quoted-title"]]],
    ['Nach "Kunst" kam "Reise mit Mirko Tarvin" heraus.', [], [["Mirko Tarvin", "quoted-title"]]],
    ['Er las "Alte Kunst" Mirko Tarvin vor.', ["Mirko Tarvin"], []],
    // a quoted sentence, a lower-case phrase or a nickname alone in marks keeps its name
    ["„Mirko Tarvin muss gehen“, rief er.", ["Mirko Tarvin"], []],
    ["Er zeigt die „stille Art von Mirko Tarvin“ im Film.", ["Mirko Tarvin"], []],
    ["Der Trainer sagte: „Suchen einen neuen Mirko Tarvin“.", ["Mirko Tarvin"], []],
    ["Die Kellnerin „Lotti“ kam.", ["Lotti"], []]
  ];
  it.each(cases)("%s", (text, found, vetoed) => {
    expect(run(text)).toEqual({found, vetoed});
  });
});
