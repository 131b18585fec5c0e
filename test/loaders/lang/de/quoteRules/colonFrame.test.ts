import {describe, expect, test} from "vitest";
import {colonFrame} from "../../../../../loaders/lang/de/quoteRules/colonFrame.js";
import {tokenize} from "../../../../../loaders/quotes/tokens.js";

/** [made-up sentence, the speaker the frame before its colon names, or null] — colonFrame (de.quote.indirect.colon-frame). */
describe("colonFrame", () => {
  test.each<[string, string | null]>([
    ["Die Abgeordnete Eva Roth stellte Bedingungen: Ohne Reform werde ihre Fraktion nicht zustimmen.", "Die Abgeordnete Eva Roth"],
    ["Der Minister bekräftigte die Zusage vom Montag: Man werde die Mittel verdoppeln.", "Der Minister"],
    ["Der Bürgermeister wiederholte seine Forderung: Man brauche mehr Geld.", "Der Bürgermeister"],
    // a frame that says nothing names no speaker
    ["Der Bürgermeister Karl Brandt erhielt am Montag einen anonymen Brief: Die Stadt sei pleite.", null],
    ["Der Verein Blau-Weiß Lindau hat ein Problem: Der Trainer sei seit Wochen krank.", null],
    ["Die Ministerin las den Bericht: Die Schule sei marode.", null]
  ])("%s", (sentence, speaker) => {
    const tokens = tokenize(sentence, 0, sentence.length);
    const found = colonFrame(tokens, tokens.length);
    expect(found && sentence.slice(found[0], found[1])).toBe(speaker);
  });
});
