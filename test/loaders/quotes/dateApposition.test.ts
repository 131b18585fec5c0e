import {describe, expect, test} from "vitest";
import {isOrdinalDot, withoutDateAppositionCommas} from "../../../loaders/quotes/dateApposition.js";
import {tokenize} from "../../../loaders/quotes/tokens.js";
import {quotesIn} from "./helpers.js";

describe("a weekday's date set off by commas, and an ordinal day between a verb and its particle", () => {
  test.each<[string, string, string, string]>([
    // [sentence, type, quote text, speaker]
    ["Das hat Verkehrsminister Jan Ostholt am Dienstag, 3. März 2026, mitgeteilt.", "reported", "Das hat Verkehrsminister Jan Ostholt am Dienstag, 3. März 2026, mitgeteilt.", "Verkehrsminister Jan Ostholt"],
    ["Der Minister sagte am Dienstag, 3. März, die Brücke sei marode.", "indirect", "die Brücke sei marode", "Der Minister"],
    ["Die Stadt teilte am Montag, dem 2. März, mit, dass der Markt geschlossen bleibt.", "indirect", "dass der Markt geschlossen bleibt", "Die Stadt"],
    ["Die Stadt teilte am 2. März mit, dass der Markt geschlossen bleibt.", "indirect", "dass der Markt geschlossen bleibt", "Die Stadt"],
    ["Die Stadt gab am 2. März bekannt, dass der Markt geschlossen bleibt.", "indirect", "dass der Markt geschlossen bleibt", "Die Stadt"],
    // a dash or a closing parenthesis after the clause's last word ends the clause as a comma or a full stop does
    // (CLAUSE_END_TOKEN, not CLAUSE_END_MARKS: with those the closing comma stays and "mitgeteilt" opens a clause of its own)
    ["Das hat der Minister am Dienstag, 3. März, mitgeteilt – und zwar schriftlich.", "reported", "Das hat der Minister am Dienstag, 3. März, mitgeteilt – und zwar schriftlich.", "der Minister"],
    ["(Das hat die Ministerin am Dienstag, 3. März, mitgeteilt) Die Frist laufe ab.", "reported", "(Das hat die Ministerin am Dienstag, 3. März, mitgeteilt) Die Frist laufe ab.", "die Ministerin"],
    // but a pair of dashes sets off an aside inside the clause: the word before it opens the reported clause
    ["Die Ministerin sagte am Montag, 2. März, man – so hieß es weiter – wolle die Frist verlängern.", "indirect", "man – so hieß es weiter – wolle die Frist verlängern", "Die Ministerin"]
  ])("%s", (sentence, type, text, speaker) => {
    expect(quotesIn(sentence).map((q) => [q.type, q.text, q.speaker])).toEqual([[type, text, speaker]]);
  });

  test("the tokens keep their offsets; only the commas around the weekday's date are left out", () => {
    const text = "Er hat es am Dienstag, 3. März 2026, mitgeteilt.";
    const tokens = withoutDateAppositionCommas(tokenize(text, 0, text.length));
    expect(tokens.map((t) => t.text).join(" ")).toBe("Er hat es am Dienstag 3 . März 2026 mitgeteilt .");
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test.each<[string, string]>([
    // the clause's last word before any clause end (also a dash or a closing parenthesis): the closing comma goes too
    ["Er hat es am Dienstag, 3. März, mitgeteilt – zu spät.", "Er hat es am Dienstag 3 . März mitgeteilt – zu spät ."],
    ["(Er hat es am Dienstag, 3. März, mitgeteilt)", "( Er hat es am Dienstag 3 . März mitgeteilt )"],
    // more than the last word follows: the closing comma stays
    ["Er sagte am Dienstag, 3. März, es – wie erwartet – sei ernst.", "Er sagte am Dienstag 3 . März , es – wie erwartet – sei ernst ."],
    ["Er sagte am Dienstag, 3. März, die Lage sei ernst.", "Er sagte am Dienstag 3 . März , die Lage sei ernst ."]
  ])("closing comma: %s", (text, joined) => {
    expect(withoutDateAppositionCommas(tokenize(text, 0, text.length)).map((t) => t.text).join(" ")).toBe(joined);
  });

  test.each<[string, boolean]>([
    ["am 2. März", true],
    ["Platz 2. März", true],
    ["Seite 2. Danach", false],
    ["Kapitel 2 . März", false]
  ])("isOrdinalDot: %s", (text, expected) => {
    const tokens = tokenize(text, 0, text.length);
    expect(isOrdinalDot(tokens, tokens.findIndex((t) => t.text === "."))).toBe(expected);
  });
});
