import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [why, sentence, indirect quote expected] — sentences written for the test (de.quote.indirect.fronted-frame-end). */
describe("the content of a frame in a fronted subordinate clause ends where the main clause resumes", () => {
  test.each<[string, string, string]>([
    ["'nachdem' and a question", "Nachdem er von der Reporterin gefragt worden war, ob er zurücktrete, schwieg der Minister.", "ob er zurücktrete"],
    ["'als' and a Konjunktiv clause", "Als die Ministerin erklärte, die Steuer werde gesenkt, jubelten die Abgeordneten.", "die Steuer werde gesenkt"],
    ["'weil' and a dass clause", "Weil der Sprecher sagte, dass die Brücke gesperrt sei, fuhren viele Autos einen Umweg.", "dass die Brücke gesperrt sei"],
    // a relative clause inside the content does not end it
    ["a relative clause inside", "Weil der Sprecher sagte, dass die Stadt, die pleite ist, sparen müsse, protestierten die Bürger.", "dass die Stadt, die pleite ist, sparen müsse"],
    // a main clause frame runs to the sentence end
    ["no fronted clause", "Der Sprecher sagte, die Brücke sei gesperrt, weil sie marode sei.", "die Brücke sei gesperrt, weil sie marode sei"]
  ])("%s", (_why, text, quote) => {
    expect(quotesIn(text).find((q) => q.type === "indirect")?.text).toBe(quote);
  });
});
