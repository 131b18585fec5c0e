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
    ["a long quotation after a Konjunktiv", "Die Kritikerin Eva Roth meint, die Ausstellung erinnere „an die schlimmsten Jahre der Stadtgeschichte im letzten Jahrhundert“.",
      "die Ausstellung erinnere „an die schlimmsten Jahre der Stadtgeschichte im letzten Jahrhundert“", "Die Kritikerin Eva Roth"],
    ["a medium with a quoted name before the comma", "Der Redakteur Max Hahn schreibt in der Zeitung „Neue Post“, die Aktion erinnere „fatal an alte Zeiten“.",
      "die Aktion erinnere „fatal an alte Zeiten“", "Der Redakteur Max Hahn"],
    ["dass and a comma before the quotation", "Der Anwalt sagte, dass, „wenn die Vorwürfe stimmen, dies das schlimmste Verbrechen seit Jahren ist“.",
      "dass, „wenn die Vorwürfe stimmen, dies das schlimmste Verbrechen seit Jahren ist“", "Der Anwalt"],
    ["a quotation in lower case carries on the clause's subject", "Eine Polizeisprecherin meinte, der Mann „konnte sich mit der Trennung nicht abfinden“.",
      "der Mann „konnte sich mit der Trennung nicht abfinden“", "Eine Polizeisprecherin"],
    ["a quotation after 'als' still ends the clause", "Er nannte den Brief ferner „Unsinn“ und kündigte an, ein Vertreter werde bei dem Termin zugegen sein.",
      "ein Vertreter werde bei dem Termin zugegen sein", "Er"],
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
    ["an elided subject", "Der Sprecher sagte, es sei schwierig, die Zahlen zu prüfen, bestritt jedoch nicht, dass es Opfer gegeben habe.",
      "es sei schwierig, die Zahlen zu prüfen"],
    ["no second verb: the sentence end", "Der Sprecher sagte, es sei schwierig, die Zahlen zu prüfen, die das Ministerium vorgelegt habe.",
      "es sei schwierig, die Zahlen zu prüfen, die das Ministerium vorgelegt habe"]
  ])("%s", (_why, text, clause) => {
    expect(quotesIn(text).find((q) => q.rule === "de.quote.indirect.cue-clause")?.text).toBe(clause);
  });
});

describe("a cue closing an inserted clause leaves the content clause to the verb after it", () => {
  test.each<[string, string, string, string]>([
    ["a relative clause with its own speech verb", "Ein hoher Beamter, den die Zeitung zitiert, kommentierte, die Pläne seien längst beschlossen.",
      "die Pläne seien längst beschlossen", "Ein hoher Beamter"],
    ["no second verb after the comma", "Der Sprecher sagte, die Pläne seien längst beschlossen.", "die Pläne seien längst beschlossen", "Der Sprecher"]
  ])("%s", (_why, text, clause, speaker) => {
    const found = quotesIn(text).find((q) => q.rule === "de.quote.indirect.cue-clause");
    expect([found?.text, found?.speaker]).toEqual([clause, speaker]);
  });
});

describe("a content noun inside a carried Konjunktiv report does not speak for itself", () => {
  test.each<[string, string, string, string]>([
    ["a Konjunktiv before the noun continues the report", "Der Arzt Jan Roth sagte, die Daten seien unvollständig. So gebe es Hinweise, dass die Fälle zunehmen würden.",
      "So gebe es Hinweise, dass die Fälle zunehmen würden.", "Der Arzt Jan Roth"],
    ["no report before: the noun is the source", "Seit dem Jahr 2015 gab es Hinweise, dass die Fälle zunehmen würden.",
      "dass die Fälle zunehmen würden", "Hinweise"]
  ])("%s", (_why, text, quote, speaker) => {
    const found = quotesIn(text).find((q) => q.text === quote);
    expect(found?.speaker).toBe(speaker);
  });
});
