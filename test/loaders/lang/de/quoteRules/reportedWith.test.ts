import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/**
 * [why, sentence, speaker of the reported speech expected ("" for none)] — sentences written for the test
 * (reportedWithPreposition and reportedWithSpeakerSubject in lang/de/speechVerbs.ts).
 */
describe("a verb of notReportedAlone is a speech act with its preposition", () => {
  test.each<[string, string, string | null]>([
    ["'gehen von … aus' (an assumption)", "Die Ermittler gehen von Brandstiftung aus.", "Die Ermittler"],
    ["'geht von … aus', an organisation", "Der Verband geht von weiteren Schließungen im Winter aus.", "Der Verband"],
    ["'geht von … aus', a name", "Brenner geht von einem Unfall aus.", "Brenner"],
    ["'ging von … aus', a pronoun", "Sie ging von einer raschen Einigung aus.", "Sie"],
    // a thing as subject: the phrase tells where something came from
    ["'ging von … aus', a thing", "Der Streit ging von den Nachbarn aus.", null],
    ["'geht … aus' with a thing fronted", "Von dem alten Lager geht keine Gefahr mehr aus.", null],
    ["'geht aus' without 'von'", "Der Kanzler geht am Abend mit seiner Frau aus.", null],
    ["'bittet um'", "Der Tierschutzverein bittet um Spenden.", "Der Tierschutzverein"],
    // protesting is an action; against something it is a speech act too
    ["'protestierten' alone: an action", "Vor dem Landtag protestierten am Morgen einige hundert Winzer.", null],
    ["'protestierte' alone, a name", "Auf dem Marktplatz protestierte Anna Berg mit einem Schild.", null],
    ["'protestierte gegen'", "Der Mieterbund protestierte gegen die neue Satzung.", "Der Mieterbund"],
    ["'protestierte dagegen'", "Die Kammer protestierte scharf dagegen.", "Die Kammer"]
  ])("%s", (_why, text, speaker) => {
    const found = quotesIn(text).find((q) => q.type === "reported");
    expect(found ? found.speaker : null).toBe(speaker);
  });
});
