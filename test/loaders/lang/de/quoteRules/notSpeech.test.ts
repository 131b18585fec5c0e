import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/*
 * The policy for partial quotes (quoteRules/notSpeech.ts, direct.ts): a few words in quotation marks inside a sentence are
 * the speaker's words (a direct row with the sentence's speaker) when the sentence has a speech cue, whatever their capitals
 * and whatever article, possessive or preposition precedes them; without a cue they are the writer's scare quotes or a name.
 * Sentences written for the test, not taken from a corpus.
 */
/** [why, text, the direct quote expected, its speaker]. */
describe("a partial quote in a sentence with a speech cue is the speaker's", () => {
  test.each<[string, string, string, string]>([
    ["after 'nennen' and an article", "Die Ministerin Lea Brandt nannte den Plan eine »Bankrotterklärung der Regierung«.", "Bankrotterklärung der Regierung", "Die Ministerin Lea Brandt"],
    ["after 'sprechen von' and an article", "Der Bürgermeister Paul Kern sprach bei einer Sitzung von einem „Tag der Freude für alle Bürger“.", "Tag der Freude für alle Bürger", "Der Bürgermeister Paul Kern"],
    ["after a preposition and a possessive in a report", "Die Ministerin Lea Brandt sagte, sie danke den Helfern für ihre „Ausdauer und ihren Einsatz“.", "Ausdauer und ihren Einsatz", "Die Ministerin Lea Brandt"],
    ["a lower-case phrase after an article", "Der Trainer Paul Kern nannte das Spiel „eine Lehrstunde“.", "eine Lehrstunde", "Der Trainer Paul Kern"],
    ["a binomial idiom in a Konjunktiv report", "Der Sprecher sagte, der Streit sei beigelegt. Man werde „Schritt für Schritt“ vorgehen.", "Schritt für Schritt", "Der Sprecher"],
    ["a binomial idiom in a clause of a cue", "Kern rief beide Seiten auf, den Vertrag „Wort für Wort“ zu erfüllen.", "Wort für Wort", "Kern"]
  ])("%s", (_why, text, quote, speaker) => {
    const found = quotesIn(text).find((q) => q.type === "direct");
    expect(found?.text).toBe(quote);
    expect(found?.speaker).toBe(speaker);
  });
});

/** [why, text]: no direct row. */
describe("names, titles and scare quotes get no row", () => {
  test.each<[string, string]>([
    ["a title after an article, no cue", "Er erhielt den „Preis für europäische Verständigung“."],
    ["a title after a naming noun", "Sie las den Roman „Krieg und Frieden“."],
    ["a binomial idiom without a cue", "Die Stadt renoviert das Rathaus „Stück für Stück“."],
    ["two nouns after a noun that names them", "Sie sagte, heute laufe die Reihe „Wasser und Wind“ im Programm."],
    ["thanks are no speech cue: scare quotes", "Die Ministerin dankte den Helfern für ihre „Ausdauer und ihren Einsatz“."],
    ["a newspaper addressed by a plain speech verb", "Er sagte der „Süddeutschen Zeitung“, das sei falsch."],
    ["the object of a demand after a characterising cue of another clause part", "Sie spricht von einer Wende und fordert eine Rücknahme von „Paket Zwei“."]
  ])("%s", (_why, text) => {
    expect(quotesIn(text).filter((q) => q.type === "direct")).toEqual([]);
  });
});
