import {describe, expect, test} from "vitest";
import {quoteSpans} from "../../../loaders/dates/quotes.js";
import {addDays, isValidDay, isoWeek, parseYmd, weekdayFrom} from "../../../loaders/dates/timex.js";

const WED = {y: 2025, m: 2, d: 12};

describe("calendar helpers", () => {
  test.each<[number, "past" | "future" | "week", string]>([
    [5, "future", "2025-02-14"],
    [5, "past", "2025-02-07"],
    [3, "future", "2025-02-19"],
    [3, "past", "2025-02-05"],
    [1, "week", "2025-02-10"],
    [7, "week", "2025-02-16"]
  ])("weekday %i %s of Wednesday 2025-02-12 is %s", (weekday, direction, expected) => {
    const d = weekdayFrom(WED, weekday, direction);
    expect(`${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`).toBe(expected);
  });

  test.each<[string, boolean]>([["2025-02-28", true], ["2025-02-29", false], ["2024-02-29", true], ["2025-13-01", false], ["2025-04-31", false]])("%s valid: %s", (s, valid) => {
    const [y, m, d] = s.split("-").map(Number);
    expect(isValidDay(y, m, d)).toBe(valid);
    expect(parseYmd(s) !== undefined).toBe(valid);
  });

  test.each<[string, string]>([["2025-02-12", "2025-W07"], ["2024-12-30", "2025-W01"], ["2021-01-03", "2020-W53"]])("ISO week of %s is %s", (s, week) => {
    expect(isoWeek(parseYmd(s)!)).toBe(week);
  });

  test("adding days crosses months and years", () => {
    expect(addDays({y: 2024, m: 12, d: 31}, 1)).toEqual({y: 2025, m: 1, d: 1});
    expect(addDays({y: 2024, m: 3, d: 1}, -1)).toEqual({y: 2024, m: 2, d: 29});
  });
});

describe("quoteSpans", () => {
  const quotes = (text: string) => quoteSpans(text).map((s) => text.slice(s.start, s.end));
  test.each<[string, string[]]>([
    ["Er sagte: „Wir kommen.“ Dann ging er.", ["Wir kommen."]],
    ["»Nie«, sagte sie, »niemals.«", ["Nie", "niemals."]],
    ["Er sagte: \"Ja\" und ging.", ["Ja"]],
    ["Ein „offenes Zitat ohne Ende.", []]
  ])("%s", (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
