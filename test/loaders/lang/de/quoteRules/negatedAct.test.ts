import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, reported speech expected] — sentences written for the test (de.quote.veto.negated-act). */
describe("a negated speech act reports no speech", () => {
  test.each<[string, string, boolean]>([
    ["'nicht' after the object", "Die Bürgermeisterin bestätigte die Pläne des Investors nicht.", false],
    ["'nicht' before a separable particle", "Der Verband gab den Namen des neuen Trainers nicht bekannt.", false],
    ["'nichts' as the object", "Der Konzernchef hat dazu bis heute nichts gesagt.", false],
    ["'keine' before the object", "Die Polizei gab keine Einzelheiten bekannt.", false],
    // without a negation the act is reported
    ["an act without negation", "Die Bürgermeisterin bestätigte die Pläne des Investors.", true],
    ["'nicht nur' adds rather than denies", "Die Bürgermeisterin kritisierte nicht nur die Pläne des Investors.", true],
    ["'nicht zuletzt' adds rather than denies", "Die Bürgermeisterin kritisierte nicht zuletzt die Pläne des Investors.", true],
    ["'kein …, sondern' corrects rather than denies", "Die Bürgermeisterin kritisierte keine Einzelheiten, sondern die Pläne als Ganzes.", true],
    ["'kein …, sondern' with a verb of its own still denies the act before it", "Die Pressestelle bestätigte keine Namen, sondern verwies auf das Gericht.", false],
    ["a vote 'mit keiner Gegenstimme' denies nothing", "Der Rat bestätigte den Haushaltsplan mit keiner Gegenstimme.", true],
    ["a negation in a quotation does not count", "Der Trainer äußerte sich zu der „nicht gegebenen“ Elfmeterentscheidung.", true]
  ])("%s", (_why, text, reported) => {
    expect(quotesIn(text).some((q) => q.type === "reported")).toBe(reported);
  });
});
