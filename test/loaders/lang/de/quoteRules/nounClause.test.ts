import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/*
 * de.quote.indirect.noun-clause (quoteRules/nounClause.ts): a content noun opening the sentence is
 * the subject of a main clause that resumes after the content clause, and a zu-infinitive set off
 * inside the content clause's subject does not hide its Konjunktiv. Sentences written for the test.
 */
/** [why, sentence, the noun-clause quote expected ("" for none), its speaker]. */
describe("the content clause of a noun opening the sentence", () => {
  test.each<[string, string, string, string]>([
    ["the main clause resumes with a finite verb", "Die Behauptung, dass der Verein Spenden veruntreut habe, wies der Kassenwart am Montag zurück.",
      "dass der Verein Spenden veruntreut habe", "Die Behauptung"],
    ["an 'ob' clause before the main verb", "Die Frage, ob die Brücke saniert wird, beantwortete der Stadtrat nicht.",
      "ob die Brücke saniert wird", "Die Frage"],
    ["a Konjunktiv main clause with a genitive speaker", "Das Eingeständnis des Trainers Max Hauser, die Aufstellung sei falsch gewesen, kam nach dem Spiel.",
      "die Aufstellung sei falsch gewesen", "Das Eingeständnis des Trainers Max Hauser"],
    ["a zu-infinitive inside the subject of the Konjunktiv clause", "Das Eingeständnis der Rektorin Eva Kurz, ihr Plan, die Bibliothek zu schließen, sei übereilt gewesen, hatte im Senat für Unruhe gesorgt.",
      "ihr Plan, die Bibliothek zu schließen, sei übereilt gewesen", "Das Eingeständnis der Rektorin Eva Kurz"],
    ["the clause's own verb after an inserted phrase is not the main verb", "Die Annahme, dass der Umbau zu Engpässen, etwa im Norden, führt, ist belegt.",
      "dass der Umbau zu Engpässen, etwa im Norden, führt", "Die Annahme"],
    ["the verb came before the content clause: the sentence end", "Ein Ergebnis der Studie ist, dass die Löhne, etwa im Handel, sinken.",
      "dass die Löhne, etwa im Handel, sinken", "Ein Ergebnis der Studie"]
  ])("%s", (_why, text, clause, speaker) => {
    const quote = quotesIn(text).find((q) => q.rule === "de.quote.indirect.noun-clause");
    expect(quote?.text ?? "").toBe(clause);
    if (clause) expect(quote?.speaker).toBe(speaker);
  });
});

/** [why, sentence, speaker of the noun-clause quote] — sentences written for the test (de.speaker.subject-before-apposition). */
describe("a subject with an apposition before the verb of a content noun", () => {
  test.each<[string, string, string]>([
    ["role, name", "Der Sprecher des Vereins, Ole Brandt, hatte die Auffassung vertreten, die Belege seien vollständig.", "Der Sprecher des Vereins, Ole Brandt"],
    ["name, role", "Ole Brandt, der Sprecher des Vereins, vertrat die Ansicht, dass die Halle zu klein sei.", "Ole Brandt, der Sprecher des Vereins"],
    ["no apposition", "Der Sprecher des Vereins vertrat die Ansicht, dass die Halle zu klein sei.", "Der Sprecher des Vereins"],
    // no finite verb after the comma: the noun speaks for itself
    ["a clause before", "Die Halle war voll, es gab Hinweise, dass das Dach undicht sei.", ""]
  ])("%s", (_why, text, speaker) => {
    expect(quotesIn(text).find((q) => q.rule === "de.quote.indirect.noun-clause")?.speaker).toBe(speaker);
  });
});
