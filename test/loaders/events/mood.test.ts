import {describe, expect, test} from "vitest";
import {isNonFactual} from "../../../loaders/events/mood.js";

/** Whether the clause around the first occurrence of `cue` in `sentence` is negated, planned or supposed. */
const around = (sentence: string, cue: string) => isNonFactual(sentence, sentence.indexOf(cue));

describe("isNonFactual", () => {
  test.each<[string, string, boolean]>([
    ["Die Jury hat den Preis vergeben.", "vergeben", false],
    // "zu" before a capitalised noun closes no zu-infinitive
    ["Der Unfall führte zu Verzögerungen.", "Unfall", false],
    ["Nach der Wahl kam es am Montag zu Protesten.", "Wahl", false],
    ["Die Jury hat den Preis nicht vergeben.", "vergeben", true],
    ["Die Jury wird den Preis vergeben, wenn sie sich einig ist.", "vergeben", false],
    ["Wenn sie sich einig ist, wird die Jury den Preis vergeben.", "vergeben", false],
    ["Die Jury soll den Preis am 3. Mai vergeben.", "vergeben", true],
    ["Die Jury hätte den Preis vergeben; sie durfte es nicht.", "vergeben", true],
    ["Die Jury hat den Preis vergeben – keiner war überrascht.", "vergeben", false],
    ["„Keiner hat gezweifelt“, die Jury hat den Preis vergeben.", "vergeben", false],
    ["Die Jury hat den Preis nicht nur vergeben", "vergeben", false],
    ["Die Jury hat den Preis mit keiner Gegenstimme vergeben.", "vergeben", false],
    ["Die Jury hat keinen Trostpreis vergeben, sondern den Hauptpreis.", "vergeben", false],
    ["Die Jury hat nichts vergeben.", "vergeben", true],
    // "kein …, sondern" with a verb after "sondern" denies the cue before it, not the one after it
    ["Die Jury traf keine Entscheidung, sondern vertagte sich.", "Entscheidung", true],
    ["Die Jury traf keine Entscheidung sondern vertagte sich.", "vertagte", false],
    ["Die Jury hat den Preis mit keinem Wort erwähnt.", "erwähnt", true],
    // a zu-infinitive closes a goal; a perfect infinitive ("zu haben", "zu sein") reports what happened
    ["Die Jury hofft, den Preis im Mai zu vergeben.", "vergeben", true],
    ["Die Jury bestätigte, den Preis vergeben zu haben.", "vergeben", false],
    ["Die Jury freute sich, pünktlich eingetroffen zu sein.", "eingetroffen", false]
  ])("%s (%s) → %s", (sentence, cue, expected) => {
    expect(around(sentence, cue)).toBe(expected);
  });
});
