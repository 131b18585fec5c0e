/**
 * The night named by the day it ends on: "in der Nacht zu Freitag", "Nacht zum Sonntag", "in der Nacht auf Samstag"
 * (Austrian), "die Nacht vom Samstag auf Sonntag", "in der Nacht zum 20. März". One expression: the night that ends on
 * that day. Its TIMEX3 value is the night of the day before (TimeML gives a night to the day whose evening it follows:
 * "Freitagnacht" is Friday's), "2026-03-19TNI" for the night to Friday 20 March; the day it ends on stays the day
 * the sentence is about (`day`), which later expressions ("am Tag zuvor") and the events step (`nightEnd`) count from.
 */
import {type DateRule, type DateValue} from "../../../dates/rule.js";
import {type Ymd, addDays, formatDay, isoWeekday, parseYmd} from "../../../dates/timex.js";
import {dayMonth} from "./absolute.js";
import {weekdays} from "./lexicon.js";
import {B, E, MONTH, WEEKDAY, rx} from "./patterns.js";
import {weekdayValue} from "./relative.js";

/** Id of the night rule, for readers of its rows (the events step dates an event by the day the night ends on). */
export const NIGHT_RULE = "de.dates.night-to";

/** The day-month rule's pattern, sticky: read at the place the night's day begins ("20. März", "Freitag, dem 20. März"). */
const DAY_OF_MONTH = new RegExp(dayMonth.pattern.source, "iuy");

/** "Nacht zu Freitag", "Nacht zum 20. März", "Nacht zu Freitag, dem 20. März", "Nacht vom Samstag auf Sonntag" ("in der" stays outside the span). */
export const nightTo: DateRule = {
  id: NIGHT_RULE,
  type: "TIME",
  cue: ["nacht"],
  anchor: /Nacht\s+(?:zu|zum|auf|vo[mn])\s/iu,
  pattern: rx(`${B}Nacht\\s+(?:vo[mn]\\s+${WEEKDAY}\\s+)?(?:zu|zum|auf)\\s+(?:(?:den|dem)\\s+)?(?<day>${WEEKDAY}(?:,?\\s*(?:(?:den|dem)\\s+)?\\d{1,2}\\.\\s*${MONTH}(?:\\s*\\d{4}(?!\\d))?)?|\\d{1,2}\\.\\s*${MONTH}(?:\\s*\\d{4}(?!\\d))?)${E}`),
  resolve(m, ctx, sentence) {
    const day = m.groups!.day;
    const end = m.index + m[0].length;
    const at = end - day.length;
    let ends: DateValue | null;
    if (/\d/.test(day)) {
      DAY_OF_MONTH.lastIndex = at;
      const inner = DAY_OF_MONTH.exec(sentence);
      ends = inner && inner.index === at ? dayMonth.resolve(inner, ctx, sentence) : null;
    } else {
      ends = weekdayValue(sentence, at, end, day, undefined, undefined, ctx);
      // the night that begins on the reference day, whatever the tense: news name the day of their own date by its weekday
      // ("am Freitag" in a Friday report), and a night belongs to the day whose evening it follows, so "in der Nacht zu
      // Samstag stimmte … zu" in a Friday report is that Friday's night (an article updated overnight), not a week back
      const next = ctx.ref && addDays(ctx.ref, 1);
      if (next && isoWeekday(next) === weekdays[day.toLowerCase()] && ends.day && formatDay(ends.day) !== formatDay(next)) {
        ends = {value: formatDay(next), day: next, note: `the night of ${ctx.refNote}`};
      }
    }
    if (!ends) return null;
    const ymd: Ymd | undefined = ends.day ?? parseYmd(ends.value);
    if (!ymd) return {value: "", type: "TIME", note: ends.note};
    return {value: `${formatDay(addDays(ymd, -1))}TNI`, type: "TIME", day: ymd, planned: ends.planned, ahead: ends.ahead,
      note: `the night to ${formatDay(ymd)} (${ends.note || "day stated"}): the night of the day before`};
  }
};

/** The day an expression's night ends on, for a row of the night rule ("2026-03-19TNI" → "2026-03-20"); else undefined. */
export function nightEnd(row: {rule: string; value: string}): string | undefined {
  if (row.rule !== NIGHT_RULE) return undefined;
  const day = parseYmd(row.value.slice(0, 10));
  return day ? formatDay(addDays(day, 1)) : undefined;
}

