import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

/** [sentence, speakers of the quotes found] — sentences written for the test (freeRelativeOpeners in lang/de/clauseWords.ts). */
describe("a speech verb in a free relative clause reports no one's words", () => {
  test.each<[string, string[]]>([
    ["Wer meint, dass der Sommer kühl wird, täuscht sich.", []],
    ["Wer will, kann sich im Rathaus anmelden.", []],
    // the frame after it still attributes the sentence
    ["Wer eine Steuererhöhung fordert, gefährdet Jobs, kritisierte der Präsident.", ["der Präsident"]],
    // "wer" inside a content clause is no free relative of the sentence
    ["Die Polizei sagte, wer etwas gesehen habe, solle sich melden.", ["Die Polizei"]]
  ])("%s", (text, speakers) => {
    expect(quotesIn(text).map((q) => q.speaker)).toEqual(speakers);
  });
});
