import {describe, expect, test} from "vitest";
import {closesPerfectInfinitive} from "../../../../loaders/lang/de/konjunktiv.js";

const words = (text: string) => text.split(" ");

describe("closesPerfectInfinitive: 'haben' or 'sein' closing a perfect infinitive (the last word)", () => {
  test.each<[string, boolean]>([
    // "haben" after a lower-case word of a participle's ending, with or without "ge"
    ["soll den Vertrag unterschrieben haben", true],
    ["sollen sich getroffen haben", true],
    ["soll es gesagt haben", true],
    // "sein" after a participle by shape
    ["soll abgebrannt sein", true],
    ["soll getötet worden sein", true],
    ["soll es gewesen sein", true],
    // a noun, an adjective of participle shape, an adjective before "sein", no auxiliary last
    ["soll mehr Zeit haben", false],
    ["soll alles bereit haben", false],
    ["soll bereit sein", false],
    ["soll offen sein", false],
    ["soll den Vertrag unterschreiben", false],
    ["haben", false]
  ])("%s → %s", (text, expected) => {
    const w = words(text);
    expect(closesPerfectInfinitive(w, w.length - 1)).toBe(expected);
  });

  test.each<[string, boolean]>([
    ["soll unterzeichnet worden sein", true],
    ["soll im Amt gewesen sein", true],
    // with `seinAfter`, a plain participle before "sein" is a state wished for
    ["solle von Fairness geprägt sein", false],
    ["soll abgebrannt sein", false],
    // "haben" is not narrowed
    ["sollen sich getroffen haben", true]
  ])("%s with seinAfter worden/gewesen → %s", (text, expected) => {
    const w = words(text);
    expect(closesPerfectInfinitive(w, w.length - 1, ["worden", "gewesen"])).toBe(expected);
  });
});
