import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, indirect quote expected ("" for none), its speaker] — sentences written for the test (de.quote.indirect.asked-question). */
describe("after a verb of asking, a question-word clause is the question asked", () => {
  test.each<[string, string, string, string]>([
    ["a passive with its agent", "Er wurde von Moderator Hans Kurz gefragt, was seine Partei von den Linken unterscheide.",
      "was seine Partei von den Linken unterscheide", "Moderator Hans Kurz"],
    ["after a fronted time phrase", "Am Ende wurde sie von der Reporterin gefragt, wie sie die Wahl bewerte.",
      "wie sie die Wahl bewerte", "der Reporterin"],
    ["indicative", "Die Polizei fragt, wer den Unfall beobachtet hat.", "wer den Unfall beobachtet hat", "Die Polizei"],
    // another verb takes no question-word clause as its content
    ["not after a verb of saying", "Der Trainer sagte nicht, wann das Training beginnt.", "", ""]
  ])("%s", (_why, text, quote, speaker) => {
    const found = quotesIn(text).find((q) => q.type === "indirect");
    expect([found?.text ?? "", found?.speaker ?? ""]).toEqual([quote, speaker]);
  });
});
