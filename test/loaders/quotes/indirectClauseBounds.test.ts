import {describe, expect, test} from "vitest";
import {quotesIn} from "./helpers.js";

/*
 * Where an indirect quote's clause begins and ends when quotations, inserted clauses or a second
 * speech verb stand around it (quoteRules/indirect.ts, quoteRules/nounClause.ts, extract.ts).
 * Sentences written for the test, not taken from a corpus.
 */
/** [why, sentence, the indirect clause expected around the quotation ("" for none), its speaker] — written for the test. */
describe("an indirect clause around a quotation is a quote of its own", () => {
  test.each<[string, string, string, string]>([
    ["a long quotation after a Konjunktiv", "Der Historiker Udo Lenz meint, der Entwurf erinnere „an die dunkelsten Kapitel der Vereinsgeschichte im vorigen Jahrhundert“.",
      "der Entwurf erinnere „an die dunkelsten Kapitel der Vereinsgeschichte im vorigen Jahrhundert“", "Der Historiker Udo Lenz"],
    ["a medium with a quoted name before the comma", "Die Kolumnistin Lea Brandl schreibt im Magazin „Hafenblick“, der Umbau sei „ein schlechter Scherz“.",
      "der Umbau sei „ein schlechter Scherz“", "Die Kolumnistin Lea Brandl"],
    ["dass and a comma before the quotation", "Die Trainerin sagte, dass, „wenn das Wetter hält, dies das schönste Turnier seit Jahren wird“.",
      "dass, „wenn das Wetter hält, dies das schönste Turnier seit Jahren wird“", "Die Trainerin"],
    ["a quotation in lower case carries on the clause's subject", "Ein Vereinssprecher meinte, der Torwart „wollte sich mit der Ersatzbank nicht zufriedengeben“.",
      "der Torwart „wollte sich mit der Ersatzbank nicht zufriedengeben“", "Ein Vereinssprecher"],
    ["a quotation after 'als' still ends the clause", "Sie nannte den Vorschlag außerdem „Zeitverschwendung“ und kündigte an, eine Kollegin werde an der Sitzung teilnehmen.",
      "eine Kollegin werde an der Sitzung teilnehmen", "Sie"],
    ["a headless relative clause ('wer …') around a list in quotation marks", "Die Senatorin sagte, wer „Sanitäter, Feuerwehrleute oder Polizisten“ angreife, müsse mit Haft rechnen.",
      "wer „Sanitäter, Feuerwehrleute oder Polizisten“ angreife, müsse mit Haft rechnen", "Die Senatorin"],
    ["an indirect question ('warum …') around a quotation", "Der Trainer fragte, warum „zwei Schiedsrichter, ein Video und drei Linienrichter“ das Foul übersehen hätten.",
      "warum „zwei Schiedsrichter, ein Video und drei Linienrichter“ das Foul übersehen hätten", "Der Trainer"],
    ["a quotation that is a sentence of its own gets no indirect reading", "Die Ministerin sagte: „Wir werden die Schulen im Herbst wieder öffnen.“", "", ""]
  ])("%s", (_why, text, clause, speaker) => {
    const indirect = quotesIn(text).filter((q) => q.type === "indirect");
    expect(indirect.map((q) => q.text)).toEqual(clause ? [clause] : []);
    if (clause) expect(indirect[0].speaker).toBe(speaker);
  });

  test("the relative-clause guard keeps a relative clause with its verb last", () => {
    const indirect = quotesIn("Am Montag sagte der Minister, der die Polizei seit Jahren „mit Umsicht“ leitet.").filter((q) => q.type === "indirect");
    expect(indirect).toEqual([]);
  });
});

describe("a second speech verb after a comma ends the content clause of the first", () => {
  test.each<[string, string, string]>([
    ["an elided subject", "Die Sprecherin sagte, es sei mühsam, die Belege zu sichten, bestritt jedoch nicht, dass es Fehler gegeben habe.",
      "es sei mühsam, die Belege zu sichten"],
    ["no second verb: the sentence end", "Die Sprecherin sagte, es sei mühsam, die Belege zu sichten, die der Verband eingereicht habe.",
      "es sei mühsam, die Belege zu sichten, die der Verband eingereicht habe"]
  ])("%s", (_why, text, clause) => {
    expect(quotesIn(text).find((q) => q.rule === "de.quote.indirect.cue-clause")?.text).toBe(clause);
  });
});

describe("a cue closing an inserted clause leaves the content clause to the verb after it", () => {
  test.each<[string, string, string, string]>([
    ["a relative clause with its own speech verb", "Eine langjährige Mitarbeiterin, die das Blatt zitiert, kommentierte, die Kürzungen seien längst entschieden.",
      "die Kürzungen seien längst entschieden", "Eine langjährige Mitarbeiterin"],
    ["no second verb after the comma", "Der Sprecher sagte, die Kürzungen seien längst entschieden.", "die Kürzungen seien längst entschieden", "Der Sprecher"]
  ])("%s", (_why, text, clause, speaker) => {
    const found = quotesIn(text).find((q) => q.rule === "de.quote.indirect.cue-clause");
    expect([found?.text, found?.speaker]).toEqual([clause, speaker]);
  });
});

describe("a content noun inside a carried Konjunktiv report does not speak for itself", () => {
  test.each<[string, string, string, string]>([
    ["a Konjunktiv before the noun continues the report", "Die Försterin Mia Falk sagte, die Zählung sei lückenhaft. Zudem gebe es Hinweise, dass die Bestände schrumpfen würden.",
      "Zudem gebe es Hinweise, dass die Bestände schrumpfen würden.", "Die Försterin Mia Falk"],
    ["no report before: the noun is the source", "Seit dem Winter 2019 gab es Hinweise, dass die Bestände schrumpfen würden.",
      "dass die Bestände schrumpfen würden", "Hinweise"]
  ])("%s", (_why, text, quote, speaker) => {
    const found = quotesIn(text).find((q) => q.text === quote);
    expect(found?.speaker).toBe(speaker);
  });
});
