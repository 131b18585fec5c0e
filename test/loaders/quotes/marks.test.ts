import {describe, expect, test} from "vitest";
import {findQuotePairs, trimStrayMarks} from "../../../loaders/quotes/marks.js";

/** The quotations found, as the text between their marks. */
const contents = (text: string) => findQuotePairs(text).map((p) => text.slice(p.open + 1, p.close));

describe("findQuotePairs", () => {
  test.each<[string, string[]]>([
    ["Er sagte: „Wir kommen.“", ["Wir kommen."]],
    ["„Das ist gut“, sagte er, „sehr gut“.", ["Das ist gut", "sehr gut"]],
    // a quotation ending a sentence, carried on by the next after only a space: one quotation
    ["Er sagte: „Das war vermeidbar.“ „Wäre der Befehl eingetragen worden, würden sie leben“, so die Anwältin.",
      ["Das war vermeidbar.“ „Wäre der Befehl eingetragen worden, würden sie leben"]],
    ["»Wir sind bereit!« »Wir warten nicht.«", ["Wir sind bereit!« »Wir warten nicht."]],
    // not carried on: the first does not end a sentence, or a line or a word stands between
    ["Filme wie „Jungle Fever“ „Doctor Dolittle“ liefen.", ["Jungle Fever", "Doctor Dolittle"]],
    ["„Das war vermeidbar.“\n„Wir klagen.“", ["Das war vermeidbar.", "Wir klagen."]],
    ["„Das war vermeidbar.“ Dann: „Wir klagen.“", ["Das war vermeidbar.", "Wir klagen."]],
    // the low single mark opens a quotation of its own, closed by ‘ only (’ is an apostrophe too)
    ["Er sprach von ‚zähen, aber fairen‘ Gesprächen.", ["zähen, aber fairen"]],
    ["Sie lobte Andreas’ Plan: ‚Weiter so‘.", ["Weiter so"]],
    // nested, it stays inside its quotation; other single marks open none
    ["„Das ist ‚gut‘ so“, sagte er.", ["Das ist ‚gut‘ so"]],
    ["Er nannte es ›gut‹ und ‘fair’.", []]
  ])("%s", (text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe("trimStrayMarks", () => {
  /** The span's text after trimming the whole input. */
  const trimmed = (text: string) => {
    const {start, end} = trimStrayMarks(text, 0, text.length);
    return text.slice(start, end);
  };
  test.each<[string, string]>([
    // an opening mark nothing closes goes, with the space after it
    ["„Die Brücke bleibt gesperrt", "Die Brücke bleibt gesperrt"],
    ["» Die Brücke bleibt gesperrt", "Die Brücke bleibt gesperrt"],
    ["\"Die Brücke bleibt gesperrt", "Die Brücke bleibt gesperrt"],
    // a closing mark nothing opens goes
    ["die Brücke bleibe gesperrt“", "die Brücke bleibe gesperrt"],
    ["die Brücke bleibe gesperrt«", "die Brücke bleibe gesperrt"],
    // marks paired inside the span stay
    ["„Wir“ seien bereit", "„Wir“ seien bereit"],
    ["die Lage sei „ernst“", "die Lage sei „ernst“"],
    ["\"Wir\" seien bereit", "\"Wir\" seien bereit"],
    // no marks: unchanged
    ["die Brücke bleibe gesperrt", "die Brücke bleibe gesperrt"],
    ["„", ""]
  ])("%s", (text, expected) => {
    expect(trimmed(text)).toBe(expected);
  });
});
