import {describe, expect, it} from "vitest";
import {TermMatcher, wordForms} from "../../../loaders/topics/matcher.js";
import {parsePattern} from "../../../loaders/topics/patterns.js";
import {tokenize} from "../../../loaders/topics/tokens.js";

/** Matched surfaces of `pattern` in `text`, one string per match. */
function matches(pattern: string, text: string): string[] {
  const matcher = new TermMatcher([parsePattern(pattern)]);
  return matcher.matchSentence(tokenize(text)).map((m) => m.spans.map(([a, b]) => text.slice(a, b)).join(" + "));
}

describe("term patterns", () => {
  const cases: [pattern: string, text: string, expected: string[]][] = [
    // inflections through the stemmer
    ["Krieg", "Das Ende des Krieges naht.", ["Krieges"]],
    ["Krieg", "Die Kriege der Gegenwart", ["Kriege"]],
    ["Waffenstillstand", "Er lehnte einen Waffenstillstands-Vorschlag ab, Waffenstillstands sei zu früh.", ["Waffenstillstands-Vorschlag", "Waffenstillstands"]],
    ["Waffenstillstand", "Die Waffenstillstände hielten nicht.", ["Waffenstillstände"]],
    ["Verhandlung", "Verhandlungen beginnen sofort.", ["Verhandlungen"]],
    // compounds: hyphen parts and heads
    ["Gefangenenaustausch", "Ein Gefangenenaustausch ist geplant.", ["Gefangenenaustausch"]],
    ["Austausch", "Ein Gefangenenaustausch ist geplant.", ["Gefangenenaustausch"]],
    ["NATO-Mitgliedschaft", "Eine NATO-Mitgliedschaft der Ukraine", ["NATO-Mitgliedschaft"]],
    ["NATO-Mitgliedschaft", "eine Nato-Mitgliedschaft", ["Nato-Mitgliedschaft"]],
    ["Mitgliedschaft", "Eine NATO-Mitgliedschaft der Ukraine", ["NATO-Mitgliedschaft"]],
    ["NATO", "Eine NATO-Mitgliedschaft der Ukraine", ["NATO-Mitgliedschaft"]],
    ["Konflikt", "die Ursachen des Ukraine-Konfliktes", ["Ukraine-Konfliktes"]],
    ["Krieg", "ein Angriffskrieg", ["Angriffskrieg"]],
    ["Grenze", "an der Staatsgrenze", ["Staatsgrenze"]],
    // no head match after a verb prefix or a too short beginning
    ["Grenze", "Das ist begrenzt und wird ausgegrenzt.", []],
    ["Grenze", "Die Ausgrenzung nimmt zu.", []],
    // the word beginning, end, inside
    ["Krieg*", "kriegsbezogene Themen und das Kriegsende", ["kriegsbezogene", "Kriegsende"]],
    ["Krieg*", "Der Weltkrieg", []],
    ["*krieg", "des Weltkrieges", ["Weltkrieges"]],
    ["*atom*", "Das iranische Atomprogramm und die Kernatomkraft", ["Atomprogramm", "Kernatomkraft"]],
    ["Energie*", "Energiepreise steigen", ["Energiepreise"]],
    // exact spelling
    ["=KI", "KI-Modelle und die KI, aber nicht Ki oder ki", ["KI-Modelle", "KI"]],
    ["=Treffen", "Das Treffen, sich zu treffen, des Treffens", ["Treffen", "Treffens"]],
    // numbers
    ["# Dollar", "Es kostet 300 Dollar, der Dollar fällt", ["300 Dollar"]],
    ["# Dollar", "zehn Dollar, eine Million Dollar, fünf Mio. Dollar", ["zehn Dollar", "Million Dollar", "Mio. Dollar"]],
    ["# Dollar", "Zehn Dollar, ٣٠٠ Dollar, X Dollar, Vier-Dollar", ["Zehn Dollar", "٣٠٠ Dollar"]],
    // phrases
    ["künstliche Intelligenz", "über künstliche Intelligenz und die künstlichen Intelligenzen", ["künstliche Intelligenz", "künstlichen Intelligenzen"]],
    ["Naher Osten", "Die Lage im Nahen Osten", ["Nahen Osten"]],
    ["Naher Osten", "Osten und Nahen", []],
    ["Zweiter Weltkrieg", "im Zweiten Weltkrieg", ["Zweiten Weltkrieg"]],
    // all parts in one sentence
    ["Iran* & Atom*", "Das iranische Atomprogramm", ["iranische + Atomprogramm"]],
    ["Iran* & Atom*", "Das Atomprogramm Nordkoreas", []],
    ["Austausch & *bürger*", "den Austausch russischer und US-amerikanischer Staatsbürger", ["Austausch + Staatsbürger"]],
    // umlauts and ß fold
    ["Grösse", "die Größe", ["Größe"]]
  ];
  it.each(cases)("%s in %j", (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });

  it("rejects malformed patterns with the problem named", () => {
    expect(() => parsePattern("")).toThrow(/empty pattern/);
    expect(() => parsePattern("Krieg & ")).toThrow(/empty part/);
    expect(() => parsePattern("Kr*ieg")).toThrow(/not a word/);
    expect(() => parsePattern("=")).toThrow(/needs a word/);
  });

  it("keeps spans inside the sentence given", () => {
    const text = "Vorher Krieg. Der Krieg endet. Nachher Krieg.";
    const tokens = tokenize(text, 14, 30);
    expect(tokens.map((t) => t.surface)).toEqual(["Der", "Krieg", "endet"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });
});

describe("atoms of one word", () => {
  // patterns in a fixed order; the expected atoms are the patterns' single atoms (index = pattern), in the order found
  const patterns = ["Krieg", "Angriffskrieg", "*krieg", "Krieg*", "Kriegs*", "Kriegsende*", "*atom*", "=KI", "#", "Grenze"];
  const matcher = new TermMatcher(patterns.map(parsePattern));
  const cases: [word: string, expected: string[]][] = [
    ["Krieg", ["Krieg", "*krieg", "Krieg*"]],
    ["Angriffskrieges", ["Angriffskrieg", "Krieg", "*krieg"]],
    ["Kriegsendes", ["Krieg*", "Kriegs*", "Kriegsende*"]],
    ["Ukraine-Krieg", ["Krieg", "*krieg", "Krieg*"]],
    ["KI-Atomwaffen", ["=KI", "*atom*"]],
    ["zehn", ["#"]],
    ["Staatsgrenzen", ["Grenze"]],
    ["Frieden", []]
  ];
  it.each(cases)("%s", (word, expected) => {
    const names = (ids: readonly number[]) => ids.map((id) => patterns[matcher.patterns.findIndex((p) => p.groups[0][0] === (matcher as any).atoms[id])]);
    expect(names(matcher.analyse(word))).toEqual(expected);
    expect(matcher.analyseForms(wordForms(word))).toEqual(matcher.analyse(word));
  });
});
