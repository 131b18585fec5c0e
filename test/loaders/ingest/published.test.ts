import {describe, expect, test} from "vitest";
import {readCalendarDate, readDate, unreadDate} from "../../../loaders/ingest/published.js";

describe("readDate", () => {
  test.each<[string, string]>([
    ["2026-03-18", "2026-03-18"],
    ["2026-03-18T09:30:00+01:00", "2026-03-18"],
    // German numeric dates, with or without leading zeros; a two-digit year is 20yy
    ["18.03.2026", "2026-03-18"],
    ["18.3.2026", "2026-03-18"],
    ["8.3.26", "2026-03-08"],
    ["18.3.26", "2026-03-18"],
    ["08.03.26", "2026-03-08"],
    [" 1.1.2027 ", "2027-01-01"],
    ["18.3.26, 9:30 Uhr", "2026-03-18"],
    ["Wed, 18 Mar 2026 09:30:00 +0100", "2026-03-18"],
    // no calendar day, not a date, or trailing digits
    ["31.2.2026", ""],
    ["18.13.26", ""],
    ["18.3.202", ""],
    ["18.3.2026.5", ""],
    ["gestern", ""],
    ["", ""]
  ])("%j → %j", (input, expected) => expect(readDate(input)).toBe(expected));

  test("the warning names the value and the forms read", () => {
    expect(unreadDate("Mitte März")).toBe('published "Mitte März" is not a date (expected YYYY-MM-DD, D.M.YY or DD.MM.YYYY); left empty');
  });
});

/**
 * Inputs on which the reader of given dates and the date-line reader of metadata.ts (then a parser of
 * its own) disagreed; now the date line reads readCalendarDate, which is readDate with a day that exists.
 */
describe("readCalendarDate: the date line and a given date read alike", () => {
  test.each<[string, string, string]>([
    // an impossible ISO day is passed on by readDate (metadata.ts sets it aside and says so), never read from a date line
    ["2026-02-30", "2026-02-30", ""],
    ["2026-13-01", "2026-13-01", ""],
    // a four-digit year is taken as written, not as 20yy
    ["0026-03-18", "0026-03-18", "0026-03-18"],
    // slashes as in a header's date line
    ["18/03/2026", "2026-03-18", "2026-03-18"],
    ["18.03/2026", "2026-03-18", "2026-03-18"],
    // a three-digit year, trailing digits or a trailing dot are no date
    ["18.3.202", "", ""],
    ["18.3.20265", "", ""],
    ["18.03.2026.", "", ""],
    // German month names (lang/de/dates/lexicon.ts), RFC 822 and leading space
    ["18. März 2026", "2026-03-18", "2026-03-18"],
    ["18. Jänner 2026", "2026-01-18", "2026-01-18"],
    ["18. Quartal 2026", "", ""],
    ["18 Mar 2026", "2026-03-18", "2026-03-18"],
    ["Wed, 18 Mar 2026 09:30:00 +0100", "2026-03-18", "2026-03-18"],
    ["31 Feb 2026", "", ""],
    [" 18.03.2026", "2026-03-18", "2026-03-18"]
  ])("%j → readDate %j, readCalendarDate %j", (input, given, line) => {
    expect(readDate(input)).toBe(given);
    expect(readCalendarDate(input)).toBe(line);
  });
});
