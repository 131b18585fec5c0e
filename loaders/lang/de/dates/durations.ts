/**
 * German rules for durations ("drei Jahre", "seit Jahren", "jahrelang"), clock
 * times ("um 20.30 Uhr") and sets ("jeden Montag", "jährlich").
 */
import {type DateRule, unresolved} from "../../../dates/rule.js";
import {addDays, formatDay} from "../../../dates/timex.js";
import {durationUnits, frequencyWords, weekdays} from "./lexicon.js";
import {B, E, MODIFIER, NUMBER, UNIT, UNIT_END, WEEKDAY, readNumber, rx} from "./patterns.js";

/** TIMEX3 duration for an amount of a unit stem: P3Y, PT2H, PXD. */
export function durationValue(n: number | "X", stem: string): string {
  const unit = durationUnits[stem.toLowerCase()];
  const amount = n === "X" ? "X" : Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
  return `P${unit.time ? "T" : ""}${amount}${unit.unit}`;
}

const ADJECTIVE = "(?:lange|langen|knappe|knappes|knappen|gute|guten|gutes|volle|vollen|volles|ganze|ganzen|weitere|weiteren|harte|harten|schwere|schweren|bange|bangen|letzte|letzten|ersten|erste)";

/**
 * "drei Jahre", "rund drei Jahren", "mehr als zehn Jahren", "den letzten 20 Jahren", "ein halbes Jahr",
 * "anderthalb Stunden". After "vor" or "in" the note gives the point in time it implies.
 */
export const countedDuration: DateRule = {
  id: "de.dates.duration",
  type: "DURATION",
  pattern: rx(`${B}(?:(?:den|die|der|dem)\\s+(?:(?:letzten|vergangenen|nächsten|kommenden|ersten|ganzen)\\s+)?)?(?:${MODIFIER}\\s+)?(?<n>${NUMBER}|ein(?:es|em|en)?\\s+halbe[snm]?|ein\\s+paar|einige[nr]?|mehrere[nr]?|wenige[nr]?|viele[nr]?|etliche[nr]?)\\s+(?:${ADJECTIVE}\\s+)?(?<unit>${UNIT})${UNIT_END}${E}`),
  resolve(m, ctx, sentence) {
    const g = m.groups!;
    const raw = g.n.toLowerCase().replace(/\s+/g, " ");
    let n: number | "X";
    if (/halbe/.test(raw)) n = 0.5;
    else if (/^(ein paar|einige|mehrere|wenige|viele|etliche)/.test(raw)) n = "X";
    else n = readNumber(raw);
    if (n !== "X" && !(n > 0 && n < 10000)) return null;
    const value = durationValue(n, g.unit);
    const before = sentence.slice(Math.max(0, m.index - 6), m.index);
    if (/vor\s+$/i.test(before)) return {value, note: anchoredNote(ctx.ref, n, g.unit, -1, ctx.refNote, ctx.missingRef)};
    if (/\bin\s+$/i.test(before)) return {value, note: anchoredNote(ctx.ref, n, g.unit, 1, ctx.refNote, ctx.missingRef)};
    return {value};
  }
};

/** Note for "vor drei Jahren" / "in sechs Monaten": the point in time, when the reference date is known. */
function anchoredNote(ref: {y: number; m: number; d: number} | undefined, n: number | "X", stem: string, sign: number, refNote: string, missing: string): string {
  const word = sign < 0 ? "before" : "after";
  if (!ref) return `${word} an unknown reference date: ${missing}`;
  if (n === "X") return `an unstated time ${word} ${refNote}`;
  const unit = durationUnits[stem.toLowerCase()].unit;
  const days = {D: 1, W: 7, WE: 7, M: 30.44, Q: 91.3, Y: 365.25, DE: 3652.5, CE: 36525}[unit] ?? 0;
  if (!days) return `${n} ${stem} ${word} ${refNote}`;
  const point = formatDay(addDays(ref, Math.round(sign * n * days)));
  return `about ${unit === "D" || unit === "W" ? point : unit === "M" || unit === "Q" ? point.slice(0, 7) : point.slice(0, 4)} (${word} ${refNote})`;
}

/** "seit Jahren", "nach Monaten", "jahrelang", "wochenlange". */
export const vagueDuration: DateRule = {
  id: "de.dates.vague-duration",
  type: "DURATION",
  pattern: rx(`(?:(?<=${B}(?:seit|nach|vor|für|von)\\s+)(?<plural>Jahren|Jahrzehnten|Monaten|Wochen|Tagen|Stunden|Minuten)|${B}(?<lang>jahrzehnte|jahre|monate|wochen|tage|stunden|minuten)lang(?:e|en|er|es|em)?)${E}`),
  resolve(m) {
    const g = m.groups!;
    const word = (g.plural ?? g.lang).toLowerCase().replace(/(en|e|n)$/, "");
    const stem = {jahrzehnt: "jahrzehnt", jahr: "jahr", monat: "monat", woch: "woche", tag: "tag", stund: "stunde", minut: "minute", jahrzehnte: "jahrzehnt"}[word] ?? word;
    if (!durationUnits[stem]) return null;
    return {value: durationValue("X", stem)};
  }
};

/** "20.30 Uhr", "um 14.00", "18 Uhr"; the day is the one mentioned earlier in the sentence. */
export const clockTime: DateRule = {
  id: "de.dates.time",
  type: "TIME",
  pattern: rx(`(?<![\\d.,:])(?:(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*Uhr${E}|(?<=${B}(?:um|ab|gegen|bis|von)\\s+)(?<h2>\\d{1,2})[.:](?<min2>\\d{2})(?![\\d.,:]\\d)|(?<h3>\\d{1,2})(?:[.:](?<min3>\\d{2}))?(?=\\s*(?:-|–|bis)\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*Uhr))`),
  resolve(m, ctx) {
    const g = m.groups!;
    const h = +(g.h ?? g.h2 ?? g.h3);
    const min = +(g.min ?? g.min2 ?? g.min3 ?? 0);
    if (h > 24 || min > 59) return null;
    const clock = `T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
    if (ctx.sentenceDay) return {value: `${formatDay(ctx.sentenceDay)}${clock}`, note: "day mentioned earlier in the sentence"};
    return {value: clock, note: "day not stated"};
  }
};

const ORDINAL_SET = "(?:zweiten|dritten|vierten|letzten|ersten)";

/** "jeden Montag", "jedes Jahr", "jeden zweiten Donnerstag", "pro Jahr", "Jahr für Jahr", "täglich", "montags". */
export const frequency: DateRule = {
  id: "de.dates.set",
  type: "SET",
  pattern: rx(`${B}(?:(?:an\\s+)?jede[nsmr]?\\s+(?:(?<ord>${ORDINAL_SET})\\s+)?(?:(?<wd>${WEEKDAY})(?<wdpart>abend|morgen|nachmittag|vormittag)?|(?<unit>Tag|Woche|Monat|Jahr|Stunde|Minute|Sekunde|Wochenende)(?:e|es|s)?)|(?:pro|im|je)\\s+(?<per>Tag|Woche|Monat|Jahr|Stunde|Minute)(?=[\\s.,;:!?)]|$)|(?<rep>Jahr|Tag|Woche|Monat)\\s+(?:für|um)\\s+\\k<rep>|(?<adv>${Object.keys(frequencyWords).join("|")})|(?<wds>${WEEKDAY})s)${E}`),
  resolve(m, _ctx, sentence) {
    const g = m.groups!;
    if (g.adv) {
      const adv = g.adv.toLowerCase();
      // "morgens"/"abends" etc. only as adverbs in lower case ("des Abends" is fine too)
      return {value: frequencyWords[adv]};
    }
    if (g.wds) return {value: `XXXX-WXX-${weekdays[g.wds.toLowerCase()]}`};
    if (g.wd) return {value: `XXXX-WXX-${weekdays[g.wd.toLowerCase()]}${g.wdpart ? "TEV" : ""}`};
    const unit = (g.unit ?? g.per ?? g.rep).toLowerCase();
    if (g.per && /^im$/i.test(m[0].split(/\s/)[0]) && !/jede|mal|einmal|zweimal|dreimal/i.test(sentence.slice(Math.max(0, m.index - 25), m.index))) return null;
    const code = {tag: "P1D", woche: "P1W", monat: "P1M", jahr: "P1Y", stunde: "PT1H", minute: "PT1M", sekunde: "PT1S", wochenende: "P1WE"}[unit];
    return code ? {value: code} : null;
  }
};

