import {describe, expect, test} from "vitest";
import {datelineEnd} from "../../../../../loaders/lang/de/speakerRules/checks.js";
import {tokenize} from "../../../../../loaders/quotes/tokens.js";
import {quotesIn} from "../../../quotes/helpers.js";

/** [text, index of the dateline's dash, or -1] — made-up openings. */
describe("datelineEnd", () => {
  test.each<[string, number]>([
    ["Kiew (dpa) - Der Präsident hat gewarnt.", 4],
    ["Washington/Berlin (AFP) – Die Regierung hat mitgeteilt.", 6],
    ["Bad Ischl (APA) — Ein Sprecher sagte das.", 5],
    ["Die Gewerkschaft der Polizei (GdP) - sagte etwas.", -1],
    ["Kiew (dpa) Der Präsident hat gewarnt.", -1],
    ["Die Polizei (GdP) - hat gewarnt.", -1],
    ["Der Präsident hat gewarnt.", -1]
  ])("%s", (text, dash) => {
    expect(datelineEnd(tokenize(text, 0, text.length).map((t) => ({...t, quote: -1})))).toBe(dash);
  });
});

/** [sentence, speaker of its quote] — sentences written for the test (de.speaker.time-phrase). */
describe("a fronted time phrase is no speaker", () => {
  test.each<[string, string]>([
    ["Anfang Mai hatten die Winzer höhere Preise verlangt.", "die Winzer"],
    ["Anfang Mai waren die Winzer nach Mainz gefahren und hatten höhere Preise verlangt.", "die Winzer"],
    ["Ende 2019 hatte der Verband eine Reform gefordert.", "der Verband"],
    ["Mitte der Woche kritisierte die Opposition den Plan.", "die Opposition"],
    ["Ende Mai sagte der Bürgermeister, die Brücke sei sicher.", "der Bürgermeister"],
    // a name that is a time word on its own stays the speaker
    ["Ende sagte, er komme später.", "Ende"]
  ])("%s", (text, speaker) => {
    expect(quotesIn(text)[0]?.speaker).toBe(speaker);
  });
});
