import type {Reresolve} from "../events/anchor.js";
import {german} from "./extractor.js";
import {findDates} from "./find.js";

/**
 * Resolves the date expression that starts at `offset` of `sentence` against
 * `anchor` (YYYY-MM-DD), as if the sentence were published on that day.
 * Used by the events step to date quotes of articles without a publication date.
 */
export const reresolveDate: Reresolve = (sentence, offset, anchor) => {
  const found = findDates(sentence, [{start: 0, end: sentence.length}], german, {published: anchor, quotes: false});
  return found.find((d) => d.start <= offset && d.end > offset)?.value ?? "";
};
