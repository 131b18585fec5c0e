import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {german} from "../../../loaders/dates/extractor.js";
import {ruleMatches, splitPattern} from "../../../loaders/dates/splitLookbehind.js";
import {splitSentences} from "../../../loaders/text/sentences.js";

/** A rule by id. */
const rule = (id: string) => german.rules.find((r) => r.id === id)!;

/** Every match of the whole pattern (the way the finder searched before patterns were split). */
function wholeMatches(pattern: RegExp, str: string): string[] {
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(str); m; m = pattern.exec(str)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}:${m.slice(1).join("|")}`);
  }
  return out;
}

const show = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}:${m.slice(1).join("|")}`);

describe("splitPattern", () => {
  test.each<[string, boolean]>([
    ["de.dates.weekday", true], // (?<![\p{L}\p{N}])…
    ["de.dates.duration", true],
    ["de.dates.year-noun", false], // two alternatives, each with its own look-behind
    ["de.dates.year", false], // a look-behind on digits is cheap: left whole
    ["de.dates.iso", false]
  ])("%s split: %s", (id, split) => {
    expect(splitPattern(rule(id)) !== null).toBe(split);
  });
});

describe("ruleMatches finds what the whole pattern finds", () => {
  test.each<[string, string, string[]]>([
    ["de.dates.weekday", "Am Sonntagabend und am Montag, nicht im Sonntagsblatt.", ["Sonntagabend", "Montag"]],
    ["de.dates.weekday", "xMontag 3Montag Montag", ["Montag"]],
    ["de.dates.weekday", "\u{1D400}Montag und \u{1D7CE}Dienstag, dann Mittwoch.", ["Mittwoch"]],
    ["de.dates.month", "Im Märzen der Bauer, im März die Saat; Mai-Feier", ["März", "Mai"]],
    ["de.dates.duration", "seit drei Wochen und zwei Tagen, 12Stunden lang", ["drei Wochen und zwei Tagen"]]
  ])("%s in %s", (id, str, expected) => {
    const found = ruleMatches(rule(id), str);
    expect(found.map((m) => m[0])).toEqual(expected);
    expect(show(found)).toEqual(wholeMatches(rule(id).pattern, str));
  });

  /** The seeds' sentences and some made up to glue date words to letters, digits and astral letters. */
  const sentences = [
    ...readdirSync("seeds").filter((f) => f.endsWith(".txt")).flatMap((f) => {
      const text = readFileSync(`seeds/${f}`, "utf8");
      return splitSentences(text).map((s) => text.slice(s.start, s.end));
    }),
    "Vormontag am Montagmorgen, 2Montag, \u{10400}heute und heute Abend, 𝐌ärz, Ende März 2024.",
    "ein Jahrzehnte langer Streit, Jahrelang, alljährlich, drei Jahre später, in diesen Tagen.",
    "ÜBERMORGEN, am 3. MÄRZ, jeden Dienstag und alle zwei Wochen im Sommer des Jahres 1999."
  ];
  test.each(german.rules.filter((r) => splitPattern(r)).map((r) => [r.id, r] as const))("%s on the seeds", (_, r) => {
    for (const str of sentences) expect(show(ruleMatches(r, str))).toEqual(wholeMatches(r.pattern, str));
  });
});
