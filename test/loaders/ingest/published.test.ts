import {describe, expect, test} from "vitest";
import {readDate, unreadDate} from "../../../loaders/ingest/published.js";

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
