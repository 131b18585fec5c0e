import {describe, expect, test} from "vitest";
import {monthNames, weekdayNames} from "../../../../../loaders/lang/de/dates/lexicon.js";
import {possessiveDeterminers} from "../../../../../loaders/lang/de/inflection.js";
import {futureTimeWords} from "../../../../../loaders/lang/de/speechVerbs.js";

/** Word lists other rules derive from the lexicon data instead of writing them out again. */
describe("lists derived from the lexicon", () => {
  test.each<[string, readonly string[], string[]]>([
    ["monthNames: the full names, no abbreviation or regional form", monthNames, ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]],
    ["weekdayNames: the common names, no 'sonnabend'", weekdayNames, ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]],
    ["futureTimeWords: deictic days ahead, FUTURE_REF, forward shifts and 'künftig'", [...futureTimeWords].sort(), ["bald", "demnächst", "kommende", "kommenden", "kommender", "künftig", "morgen", "nächste", "nächsten", "nächster", "übermorgen"]],
    ["possessiveDeterminers: every case", possessiveDeterminers.filter((w) => w.startsWith("ihr")), ["ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren"]]
  ])("%s", (_name, list, expected) => expect(list).toEqual(expected));
});
