import {describe, expect, it} from "vitest";
import {clauseFinalVerbAt, finiteVerbAt} from "../../../loaders/people/verbs.js";
import {tokenize} from "../../../loaders/people/tokens.js";

/** The reading of the word `word` in `text` (its first occurrence). */
function kindOf(text: string, word: string, afterSubject = false): string {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.text === word);
  if (k < 0) throw new Error(`test sentence lacks "${word}": ${text}`);
  return finiteVerbAt(tokens, k, afterSubject);
}

describe("finiteVerbAt: the word's own reading is kept per word, the context is read at every call", () => {
  // each word comes twice, in contexts that read it differently: a cached reading must not carry the first context over
  const cases: [string, string, boolean, string][] = [
    ["Danach wurde Holm befördert.", "wurde", false, "aux"],
    ["Damals übernahm Brinkhoff den Hof.", "übernahm", false, "strong"],
    ["Die sogenannte Reform kam spät.", "sogenannte", false, ""],
    // a form that is also a participle: finite before ", dass …" only
    ["Brinkhoff erwartet, dass es regnet.", "erwartet", false, "dict"],
    ["Das erwartet niemand.", "erwartet", false, ""],
    ["Brinkhoff erwartet, dass es regnet.", "erwartet", false, "dict"],
    // a weak past form in -te: a verb after a capitalised word, an attribute after a lower-case one unless after the subject
    ["Im Mai tapezierte Holm die Küche.", "tapezierte", false, "weak"],
    ["Die frisch tapezierte Küche roch nach Leim.", "tapezierte", false, ""],
    ["Die frisch tapezierte Küche roch nach Leim.", "tapezierte", true, "weak"],
    ["Im Mai tapezierte Holm die Küche.", "tapezierte", false, "weak"],
    // capitalised words and punctuation are no verbs
    ["Wurde Holm befördert?", "Wurde", false, ""]
  ];
  it.each(cases)("%s → %s", (text, word, afterSubject, expected) => {
    expect(kindOf(text, word, afterSubject)).toBe(expected);
  });
});

describe("clauseFinalVerbAt: the finite verb closing a subordinate clause", () => {
  const cases: [string, string, boolean][] = [
    // a separable verb written as one word, a present form in -iert, any finite form
    ["Es kam, wie Halvorsen es ausdrückt.", "ausdrückt", true],
    ["Es kam, wie Halvorsen es zurücknahm.", "zurücknahm", true],
    ["Es kam, wie Halvorsen es formuliert.", "formuliert", true],
    ["Es kam, wie Halvorsen es sagt.", "sagt", true],
    // a participle, with "ge" after the particle or in front, a particle with an auxiliary, a noun, a word of no verb
    ["Es kam, wie Halvorsen es angekündigt.", "angekündigt", false],
    ["Es kam, wie Halvorsen es gesagt.", "gesagt", false],
    ["Es kam, wie Halvorsen es aufhat.", "aufhat", false],
    ["Es kam wie ein Anfang.", "Anfang", false],
    ["Es kam, wie Halvorsen es vorbild.", "vorbild", false]
  ];
  it.each(cases)("%s: %s → %s", (text, word, expected) => {
    const tokens = tokenize(text);
    expect(clauseFinalVerbAt(tokens, tokens.findIndex((t) => t.text === word))).toBe(expected);
  });
});
