import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [sentence, clause-cue quote expected or null] — sentences written for the test (perfect frames in de.quote.indirect.clause-cue). */
describe("', hatte X gesagt' frames a report only after a clause", () => {
  test.each<[string, string | null]>([
    ["Es drohe ein Preiskampf, hatte Wendt bei seinem Besuch gesagt.", "Es drohe ein Preiskampf"],
    ["Die Werke liefen wieder, hatte der Vorstand bestätigt.", "Die Werke liefen wieder"],
    // a subject with its apposition before the auxiliary is no report
    ["Der Verein Nordlicht, ein Bund von Imkern, hatte den Plan zuvor bestätigt.", null],
    ["Der Verein Grüne Au, ein Bündnis von Anwohnern, hatte den Abriss lange kritisiert.", null]
  ])("%s", (text, quote) => {
    const q = quotesIn(text).find((x) => x.rule === "de.quote.indirect.clause-cue");
    expect(q?.text ?? null).toBe(quote);
  });
});
