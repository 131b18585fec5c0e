import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/*
 * After a plain verb of saying and its speaker, words that are no clause (adverbials of the frame,
 * a role set off after the name) are no indicative content clause (frameRemainder in
 * quoteRules/indirect.ts, rule de.quote.indirect.cue-clause). Sentences written for the test, not
 * taken from a corpus.
 */
/** [why, sentence, the text of the cue-clause quote expected ("" for none), the clause-cue quote expected ("" for none)]. */
describe("the rest of the frame is no indicative content clause", () => {
  test.each<[string, string, string, string]>([
    ["adverbials after the name's apposition", "Die Mieten steigen weiter, sagte der Verbandschef, Jonas Wendt, am Montag in Erfurt zu Beginn der Messe.",
      "", "Die Mieten steigen weiter"],
    ["a role set off after the name", "Die Mieten steigen weiter, sagt Jonas Wendt, Geschäftsführer der Beratungsfirma Kolbe Analytics.",
      "", "Die Mieten steigen weiter"],
    ["a zu-infinitive after a preposition stays a content clause", "Die Verwaltung erklärte in einer Mitteilung auch, zu keinen neuen Zugeständnissen bereit zu sein.",
      "zu keinen neuen Zugeständnissen bereit zu sein", ""],
    ["an indicative main clause stays a content clause", "Der Minister sagte, die Werke halten sich an alle Auflagen der Behörde.",
      "die Werke halten sich an alle Auflagen der Behörde", ""],
    ["an indicative clause after a preposition stays a content clause", "Die Sprecherin sagte, am Montag beginnt der Umbau des alten Bahnhofs.",
      "am Montag beginnt der Umbau des alten Bahnhofs", ""]
  ])("%s", (_why, text, cueClause, clauseCue) => {
    const quotes = quotesIn(text);
    expect(quotes.find((q) => q.rule === "de.quote.indirect.cue-clause")?.text ?? "").toBe(cueClause);
    expect(quotes.find((q) => q.rule === "de.quote.indirect.clause-cue")?.text ?? "").toBe(clauseCue);
  });
});
