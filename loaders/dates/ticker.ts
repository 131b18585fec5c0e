/**
 * Days of a live ticker's time stamps (rule in lang/de/dates/ticker.ts `tickerOrder`): the stamps' order tells
 * where the clock crossed midnight, which the publication day alone does not.
 */
import type {DateMatch} from "./find.js";
import {addDays, formatDay, parseYmd} from "./timex.js";

/** What the rule needs from the language: the stamp pattern, the run's minimum length and the rule id. */
export interface TickerOrder {
  id: string;
  stamp: RegExp;
  minStamps: number;
  /** Minutes a step must jump the wrong way to cross midnight (a smaller one is an entry out of order). */
  crossing: number;
}

const VALUE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * The rows with the days of ticker stamps set by their order: the stamps are clock-time rows dated by the publication
 * day ("day not stated") whose sentence is the stamp alone. With at least `minStamps` of them, the small steps (at most
 * `crossing` minutes) tell the order: more of them back in time than forward read as newest first. A step the wrong way
 * crosses midnight only when it jumps more than `crossing` minutes (00:10, then 23:30 in a newest-first list); a small
 * one is an entry out of order and moves nothing. The stamp nearest the publication keeps the publication day: in a
 * newest-first list the stamps from a crossing on move a day back, in an oldest-first list those before it.
 */
export function tickerDays(rows: DateMatch[], text: string, sentences: readonly {start: number; end: number}[], order: TickerOrder | undefined): DateMatch[] {
  if (!order) return rows;
  const stamps: number[] = [];
  let s = 0;
  rows.forEach((r, i) => {
    if (!VALUE.test(r.value) || !r.note.startsWith("day not stated")) return;
    while (s < sentences.length && sentences[s].end <= r.start) s++;
    const sentence = sentences[s];
    if (sentence && order.stamp.test(text.slice(sentence.start, sentence.end))) stamps.push(i);
  });
  if (stamps.length < order.minStamps) return rows;
  const minutes = stamps.map((i) => {
    const [, , h, m] = VALUE.exec(rows[i].value)!;
    return +h * 60 + +m;
  });
  let back = 0;
  let forward = 0;
  for (let k = 1; k < minutes.length; k++) {
    const step = minutes[k] - minutes[k - 1];
    if (step < 0 && -step <= order.crossing) back++;
    else if (step > 0 && step <= order.crossing) forward++;
  }
  if (back === forward) return rows;
  const newestFirst = back > forward;
  // days from the first stamp: a large step the wrong way crosses midnight
  const shift: number[] = [0];
  for (let k = 1; k < minutes.length; k++) {
    const step = minutes[k] - minutes[k - 1];
    shift.push(shift[k - 1] + (newestFirst ? (step > order.crossing ? -1 : 0) : -step > order.crossing ? 1 : 0));
  }
  const base = newestFirst ? 0 : shift[shift.length - 1];
  const out = [...rows];
  stamps.forEach((i, k) => {
    const days = shift[k] - base;
    if (!days) return;
    const [, day, h, m] = VALUE.exec(rows[i].value)!;
    const moved = addDays(parseYmd(day)!, days);
    out[i] = {...rows[i], value: `${formatDay(moved)}T${h}:${m}`, rule: order.id,
      note: `ticker stamps ${newestFirst ? "newest first" : "oldest first"}, the clock crossed midnight: ${Math.abs(days)} day${Math.abs(days) > 1 ? "s" : ""} ${days < 0 ? "before" : "after"} the publication day; ${rows[i].note}`};
  });
  return out;
}
