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

/** [sentence, indirect quote, speaker, rule] — sentences written for the test (de.quote.indirect.inverted-frame). */
describe("a main clause in Konjunktiv I, then a comma, a finite verb and its subject", () => {
  test.each<[string, string, string, string]>([
    ["Das sei ein Skandal, empörte sich die Opposition.", "Das sei ein Skandal", "die Opposition", "de.quote.indirect.inverted-frame"],
    ["Man habe alles versucht, ärgerte sich der Kapitän nach dem Spiel.", "Man habe alles versucht", "der Kapitän", "de.quote.indirect.inverted-frame"],
    ["Der Vorschlag sei gut, findet auch der Bürgermeister.", "Der Vorschlag sei gut", "der Bürgermeister", "de.quote.indirect.inverted-frame"],
    ["Es gebe keine Alternative, wetterte Mara Lenz, die Chefin der Grünen.", "Es gebe keine Alternative", "Mara Lenz, die Chefin der Grünen", "de.quote.indirect.inverted-frame"],
    // a listed verb keeps its own rule
    ["Die Lage sei ernst, meinte der Arzt.", "Die Lage sei ernst", "der Arzt", "de.quote.indirect.clause-cue"]
  ])("%s", (text, quote, speaker, rule) => {
    expect(quotesIn(text).find((q) => q.type === "indirect")).toMatchObject({text: quote, speaker, rule});
  });

  test.each<[string]>([
    // a Konjunktiv in a conditional clause, and a relative clause after the comma, make no frame
    ["Wenn es regne, fällt das Spiel im Park aus."],
    ["Die Stadt habe kein Geld, weshalb das Bad schließt."]
  ])("no inverted frame: %s", (text) => {
    expect(quotesIn(text).some((q) => q.rule === "de.quote.indirect.inverted-frame")).toBe(false);
  });
});
