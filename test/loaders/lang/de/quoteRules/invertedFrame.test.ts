import {beforeAll, describe, expect, test} from "vitest";
import {useDictionaries} from "../../../../../loaders/io/dictionaries.js";
import {quotesIn} from "../../../quotes/helpers.js";

beforeAll(() => useDictionaries());

/** [sentence, speaker of the direct quote or null for none, rule expected] — sentences written for the test (de.quote.direct.inverted-frame). */
describe("a quotation opening its sentence, then a comma, a finite verb and its subject", () => {
  test.each<[string, string | null, string | null]>([
    ["„Die Reform ist überfällig“, wetterte die Ministerin.", "die Ministerin", "de.quote.direct.inverted-frame"],
    ["„Das war ein starkes Spiel“, freute sich Trainer Jonas Brandt nach dem Abpfiff.", "Trainer Jonas Brandt", "de.quote.direct.inverted-frame"],
    ["„So geht es nicht weiter“, polterte er am Montag in Linz.", "er", "de.quote.direct.inverted-frame"],
    ["„Das ist ein Skandal“, empörte sich Mara Lenz, die Chefin der Grünen.", "Mara Lenz, die Chefin der Grünen", "de.quote.direct.inverted-frame"],
    ["„Wir müssen reden“, schmunzelte ihm die Ärztin zu.", "die Ärztin", "de.quote.direct.inverted-frame"],
    // a listed speech verb keeps its own rule
    ["„Wir kommen wieder“, sagte die Ministerin.", "die Ministerin", "de.quote.direct.cue-after"],
    // a copula or "lautet" names a motto or a title, no speaker
    ["„Wir schaffen das“, lautete das Motto des Vereins.", null, null],
    ["„Wir schaffen das“, war der Satz des Jahres.", null, null],
    // a prepositional phrase after the verb is no subject
    ["„Freiheit für alle“, stand auf dem Plakat am Rathaus.", null, null]
  ])("%s", (text, speaker, rule) => {
    const direct = quotesIn(text).find((q) => q.type === "direct");
    if (rule === null) {
      expect(direct?.rule ?? null).not.toBe("de.quote.direct.inverted-frame");
      expect(direct?.speaker ?? "").toBe("");
      return;
    }
    expect(direct).toMatchObject({speaker, rule});
  });
});
