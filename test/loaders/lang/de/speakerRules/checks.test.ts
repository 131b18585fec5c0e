import {describe, expect, test} from "vitest";
import {datelineEnd} from "../../../../../loaders/lang/de/speakerRules/checks.js";
import {tokenize} from "../../../../../loaders/quotes/tokens.js";

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
