import {describe, expect, test} from "vitest";
import {findCues} from "../../../loaders/quotes/findCues.js";
import {tokenize} from "../../../loaders/quotes/tokens.js";

/** The cues found in a sentence, as "form/lemma[+particle]". */
function cuesIn(text: string): string[] {
  const tokens = tokenize(text, 0, text.length);
  return findCues(tokens).map((c) => `${tokens[c.index].text}/${c.form.lemma}${c.particle >= 0 ? `+${tokens[c.particle].text}` : ""}`);
}

describe("findCues: separable particles", () => {
  test.each<[string, string, string[]]>([
    ["particle in the same clause", "Die Firma teilte am Montag mit, dass sie Stellen abbaut.", ["teilte/teilen+mit"]],
    ["an apposition (a name) between verb and particle", "Die Bürgermeisterin geht seit dem Gespräch mit der Landrätin, Petra Olm, davon aus, dass der Bau beginnt.", ["geht/ausgehen+aus"]],
    ["an apposition (a noun phrase) between verb and particle", "Zu dieser Zeit ging die Anwältin, eine erfahrene Juristin, noch davon aus, dass alles gut gehe.", ["ging/ausgehen+aus"]],
    ["a date apposition with an ordinal's dot", "Der Minister gab am Montag, dem 3. Mai, bekannt, dass er zurücktritt.", ["gab/geben+bekannt"]],
    ["a relative clause is no apposition: the particle belongs to another clause", "Sie gaben das Geld, das sie gespart hatten, und fuhren an.", []],
    ["an apposition too long to skip", "Er gab dem Verband, dessen Mitglieder seit vielen Jahren in der ganzen Region tätig und bekannt sind und bleiben Partner, bekannt.", []]
  ])("%s", (_name, text, expected) => {
    expect(cuesIn(text)).toEqual(expected);
  });

  test.each<[string, string, string[]]>([
    ["a finite form written apart from its particle at the clause end", "Wie das Ministerium gestern bekannt gab, wird die Fangquote erhöht.", ["gab/geben+bekannt"]],
    ["not a participle written apart", "Die Behörde hat das Ergebnis am Montag bekannt gegeben.", []],
    ["not a finite form that does not end its clause", "Das war bekannt gab es aber keine Hinweise.", []]
  ])("old spelling: %s", (_name, text, expected) => {
    expect(cuesIn(text)).toEqual(expected);
  });

  test.each<[string, string, string[]]>([
    ["a capitalised form in -en opening the sentence is a noun", "Vertrauen ist ein kostbares Gut in der Politik.", []],
    ["a first-person speaker (wir …)", "Um die Lage zu klären, fordern wir die Regierung auf, die Regeln zu ändern, sagte ein Sprecher.", ["sagte/sagen"]],
    ["a first-person speaker after the verb (… wir)", "Das erklären wir nicht weiter, meinte er.", ["meinte/meinen"]],
    ["a plural subject before the -en form", "Die Forscher schätzen, dass die Zahl steigt.", ["schätzen/schätzen"]]
  ])("cue forms: %s", (_name, text, expected) => {
    expect(cuesIn(text)).toEqual(expected);
  });
});
