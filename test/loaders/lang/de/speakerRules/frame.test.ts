import {describe, expect, test} from "vitest";
import {quotesIn} from "../../../quotes/helpers.js";

const BEFORE = "Der Bürgermeister sagte, alles sei geregelt. ";

/** [sentence after an attributed one, quote of the sentence, its speaker, its rule] — sentences written for the test. */
describe("de.quote.indirect.unknown-frame with a fronted phrase (subject after the verb)", () => {
  test.each<[string, string, string, string]>([
    ["Am Freitag zog der Konzern, der das Werk betreibt, sein Angebot mit der Begründung zurück, die Stadt habe die Regeln geändert.", "die Stadt habe die Regeln geändert", "der Konzern", "de.quote.indirect.unknown-frame"],
    ["Dazu ließ die Ministerin verbreiten, das Land werde nicht nachgeben.", "das Land werde nicht nachgeben", "die Ministerin", "de.quote.indirect.unknown-frame"],
    ["Während die Stadt einen Aufschwung erlebe, gehe das Land den umgekehrten Weg.", "Während die Stadt einen Aufschwung erlebe, gehe das Land den umgekehrten Weg.", "Der Bürgermeister", "de.quote.indirect.konjunktiv-continuation"],
    ["Nach Vorwürfen örtlicher Medien, im Weiler seien Bauern verletzt worden, leitete die Armee eine Untersuchung ein.", "Nach Vorwürfen örtlicher Medien, im Weiler seien Bauern verletzt worden, leitete die Armee eine Untersuchung ein.", "Der Bürgermeister", "de.quote.indirect.konjunktiv-continuation"],
    ["Am Abend sei die Sitzung beendet worden.", "Am Abend sei die Sitzung beendet worden.", "Der Bürgermeister", "de.quote.indirect.konjunktiv-continuation"],
    ["Am Abend ging es nach Hause, die Sitzung sei beendet.", "Am Abend ging es nach Hause, die Sitzung sei beendet.", "Der Bürgermeister", "de.quote.indirect.konjunktiv-continuation"]
  ])("%s", (text, quote, speaker, rule) => {
    const found = quotesIn(BEFORE + text)[1];
    expect(found && [found.text, found.speaker, found.rule]).toEqual([quote, speaker, rule]);
  });
});
