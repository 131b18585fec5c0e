import {beforeAll, describe, expect, test} from "vitest";
import {useDictionaries} from "../../../../../loaders/io/dictionaries.js";
import {quotesIn} from "../../../quotes/helpers.js";

beforeAll(() => useDictionaries());

/** [sentence, speaker, cue] — verbs of posting and of saying added to lang/de/speechVerbs.ts; sentences written for the test. */
describe("verbs of posting and of saying frame a content clause", () => {
  test.each<[string, string, string]>([
    ["Der Bürgermeister twitterte am Abend, die Straße bleibe bis Montag gesperrt.", "Der Bürgermeister", "twitterte"],
    ["Die Sängerin postete auf Instagram, sie sei wieder gesund.", "Die Sängerin", "postete"],
    ["Der Trainer konterte, die Mannschaft habe gut gespielt.", "Der Trainer", "konterte"],
    ["Die Ärztin hob hervor, die Impfung sei sicher.", "Die Ärztin", "hob hervor"],
    ["Der Anwalt wandte ein, sein Mandant sei krank gewesen.", "Der Anwalt", "wandte ein"],
    ["Die Ministerin erinnerte daran, dass die Frist im Mai ende.", "Die Ministerin", "erinnerte daran"],
    ["Der Vorstand machte deutlich, dass keine Stellen wegfallen.", "Der Vorstand", "machte deutlich"],
    ["Die Sprecherin deutete an, der Vertrag werde verlängert.", "Die Sprecherin", "deutete an"],
    ["Der Kanzler ließ wissen, er werde nicht kandidieren.", "Der Kanzler", "ließ wissen"],
    ["Der Wirt beharrte darauf, dass er nichts gewusst habe.", "Der Wirt", "beharrte darauf"]
  ])("%s", (text, speaker, cue) => {
    expect(quotesIn(text).find((q) => q.type === "indirect")).toMatchObject({speaker, cue});
  });
});

/** [sentence] — the same verbs without content: no speech act (notReportedAlone). */
describe("posting a picture, a counter-attack or a reminder is no reported speech", () => {
  test.each<[string]>([
    ["Die Sängerin postete am Sonntag ein Foto aus dem Urlaub."],
    ["Der Gastgeber konterte in der zweiten Halbzeit schnell."],
    ["Das Denkmal erinnert daran seit fünfzig Jahren."]
  ])("%s", (text) => {
    expect(quotesIn(text).some((q) => q.type === "reported")).toBe(false);
  });
});
