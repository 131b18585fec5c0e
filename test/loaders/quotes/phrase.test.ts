import {describe, expect, test} from "vitest";
// the quote engine first: it loads the rule order (lang/de/index.ts) before the phrase module
import "./helpers.js";
import {phraseAt} from "../../../loaders/quotes/phrase.js";
import {tokenize} from "../../../loaders/quotes/tokens.js";

/** [text, the noun phrase phraseAt finds at its first token] — made-up phrases. */
describe("phraseAt", () => {
  test.each<[string, string]>([
    ["die Partei Alliance for Rural Progress erklärte", "die Partei Alliance for Rural Progress"],
    ["der Konzern Bank of America teilte mit", "der Konzern Bank of America"],
    ["die Zentralbank Banco de España warnte", "die Zentralbank Banco de España"],
    ["die Gruppe ''Friends of the Earth'' forderte", "die Gruppe ''Friends of the Earth''"],
    ["die Gruppe ''Greenpeace'' forderte", "die Gruppe ''Greenpeace''"],
    ["der Minister for example sagte", "der Minister"],
    ["der Verein und die Stadt", "der Verein"],
    ["der Sprecher ''sagte'' etwas", "der Sprecher"],
    ["die Vereinigung aller freien Hebammen ruft auf", "die Vereinigung aller freien Hebammen"],
    ["die Auffassung eines hohen Gerichtes lautet", "die Auffassung eines hohen Gerichtes"],
    ["der Sprecher beider Parteien sagte", "der Sprecher beider Parteien"],
    ["der Sprecher einer Reporterin sagte", "der Sprecher"],
    ["beide den Wunsch nach Frieden", "beide"],
    ["viele die Regierung", "viele"],
    ["viele der Demonstranten forderten", "viele der Demonstranten"],
    ["beide Politiker forderten", "beide Politiker"]
  ])("%s", (text, expected) => {
    const tokens = tokenize(text, 0, text.length).map((t) => ({...t, quote: -1}));
    const range = phraseAt(tokens, 0);
    expect(range ? text.slice(tokens[range[0]].start, tokens[range[1]].end) : "").toBe(expected);
  });
});
