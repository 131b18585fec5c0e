import {describe, expect, test} from "vitest";
import {articleEvents} from "./helpers.js";

describe("de.event.actor.stance-object: who judges an event named by a noun is no actor of it", () => {
  test.each<[string, [string, string, string][]]>([
    ["Der Stadtrat hat am Montag beschlossen, das Hallenbad zu schließen. Die Grünen-Stadträtin Hanna Vogt kritisierte den Beschluss.", [["decision", "2026-03-09", ""]]],
    ["Die Tarifparteien haben sich am Dienstag geeinigt. Verbandschef Olaf Brandt begrüßte die Einigung ausdrücklich.", [["agreement", "2026-03-10", ""]]],
    // a verb that performs the act with the noun keeps its subject
    ["Am Montag fasste Bürgermeisterin Hanna Vogt den Beschluss, das Hallenbad zu schließen.", [["decision", "2026-03-09", "hanna-vogt"]]],
    // only the judge is dropped: the parties named after the verb stay
    ["Ministerpräsident Karl Berg begrüßte die Einigung vom Montag zwischen Verdi-Chef Frank Weber und Bürgermeisterin Hanna Vogt.", [["agreement", "2026-03-09", "frank-weber | hanna-vogt"]]],
    ["Bürgermeisterin Hanna Vogt lobte die am Dienstag mit Landrat Jonas Brandt getroffene Vereinbarung.", [["agreement", "2026-03-10", "jonas-brandt"]]],
    // the judge after the verb (inverted order) is dropped too
    ["Am Dienstag lobte Bürgermeisterin Hanna Vogt die am Montag mit Landrat Jonas Brandt getroffene Vereinbarung.", [["agreement", "2026-03-09", "jonas-brandt"]]],
    // after a fronted adverbial or prepositional phrase, the judge with or without an article before its role
    ["Der Stadtrat hat am Montag den Neubau beschlossen. Am Abend kritisierte Stadträtin Hanna Vogt den Beschluss scharf.", [["decision", "2026-03-09", ""]]],
    ["Die Tarifparteien haben sich am Dienstag geeinigt. Nach der Sitzung lobte die Ministerin Hanna Vogt die Einigung.", [["agreement", "2026-03-10", ""]]],
    ["Der Kreistag hat am Montag den Haushalt beschlossen. Nach der Debatte kritisierte der neue Landrat Jonas Brandt den Beschluss.", [["decision", "2026-03-09", ""]]],
    // an accusative article opens an object, no judge: the person stays
    ["Die Tarifparteien haben sich am Dienstag geeinigt. Nach der Sitzung lobte der Verband den Minister Jonas Brandt für die erzielte Einigung.", [["agreement", "2026-03-10", "jonas-brandt"]]],
    // "die"/"das" + a noun that is no role of the name: that noun is the judge, the name its object and an actor
    ["Am Mittwoch kritisierte die Opposition Bürgermeisterin Hanna Vogt für ihren Beschluss vom Dienstag.", [["decision", "2026-03-10", "hanna-vogt"]]],
    ["Am Freitag lobte das Kollegium Schulleiterin Hanna Vogt für den Beschluss vom Dienstag.", [["decision", "2026-03-10", "hanna-vogt"]]],
    // a participle used as an adjective of the noun judges nobody's act
    ["Der viel kritisierte Beschluss wurde am Montag von Bürgermeisterin Hanna Vogt unterzeichnet.", [["decision", "2026-03-09", "hanna-vogt"]]]
  ])("%s", (text, expected) => {
    expect(articleEvents(text).map((e) => [e.type, e.date, e.actors])).toEqual(expected);
  });
});
