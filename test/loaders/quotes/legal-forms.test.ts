import {describe, expect, test} from "vitest";
import {quotesIn} from "./helpers.js";

/** [sentence, speaker, cue]: a legal form after an organisation's name belongs to the speaker, never a cue — made-up names. */
describe("a legal form belongs to the organisation's name", () => {
  test.each<[string, string, string]>([
    ["Bürgerverein Altstadt e. V. zur Reform: „Ein guter Tag für die Stadt“", "Bürgerverein Altstadt e. V.", "zur"],
    ["Die Brennerei Kessler GmbH zum Urteil: „Wir prüfen eine Berufung“", "Die Brennerei Kessler GmbH", "zum"],
    ["Die Winzergenossenschaft Talblick eG zur Ernte: „Ein schwieriges Jahr“", "Die Winzergenossenschaft Talblick eG", "zur"],
    ["Der Heimatverein Oberdorf e. V. teilte mit, das Fest falle aus.", "Der Heimatverein Oberdorf e. V.", "teilte mit"]
  ])("%s", (text, speaker, cue) => {
    expect(quotesIn(text)).toEqual([expect.objectContaining({speaker, cue})]);
  });
});
