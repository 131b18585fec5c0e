import {describe, expect, test} from "vitest";
import {combineTables} from "../../../loaders/combine.js";
import {corpusStepsWith} from "../../../loaders/corpus-steps.js";
import {reresolveDate} from "../../../loaders/dates/reresolve.js";
import {mayAnchor} from "../../../loaders/events/anchor.js";
import {dataConfig, extractAll} from "./helpers.js";

const QUOTED_YESTERDAY = "Moskau – Kremlsprecher Peskow äußerte sich zu dem Telefonat. „Präsident Putin hat gestern mit Trump telefoniert“, sagte Peskow.";

// [case, text of a fourth article, its publication date, whether its rows may be anchored]
const cases: [string, string, string | undefined, boolean][] = [
  ["undated, a relative date of a call inside a direct quote", QUOTED_YESTERDAY, undefined, true],
  ["the same, dated", QUOTED_YESTERDAY, "2025-02-13", false],
  ["undated, the relative date outside any quote", "Moskau – Präsident Putin hat gestern mit Trump telefoniert, sagte Kremlsprecher Peskow.", undefined, false],
  ["undated, a quote without a date", "Moskau – „Präsident Putin hat mit Trump telefoniert“, sagte Kremlsprecher Peskow.", undefined, false]
];

describe("mayAnchor: whether the events step may re-date an article's quoted dates", () => {
  test.each(cases)("%s", (_, text, published, expected) => {
    const perArticle = extractAll([{file: "x.txt", text, given: published ? {outlet: "Blog", published} : {outlet: "Blog"}}]);
    expect(perArticle.map(mayAnchor)).toEqual([false, false, false, expected]);
    // without the date finder the steps skip anchoring: the same tables exactly when no article may anchor
    const withFinder = combineTables(perArticle, [], dataConfig, corpusStepsWith(reresolveDate));
    const without = combineTables(perArticle, [], dataConfig, corpusStepsWith());
    if (expected) {
      expect(withFinder.dates.filter((d) => d.note.startsWith("anchored to 2025-02-12")).map((d) => [d.surface, d.value])).toEqual([["gestern", "2025-02-11"]]);
      expect(without).not.toEqual(withFinder);
    } else expect(without).toEqual(withFinder);
  });
});
