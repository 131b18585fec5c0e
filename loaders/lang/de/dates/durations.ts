/**
 * German rules for durations ("drei Jahre", "seit Jahren", "jahrelang"), clock
 * times ("um 20.30 Uhr") and sets ("jeden Montag", "jährlich").
 */
import {type DateContext, type DateRule, type DateValue} from "../../../dates/rule.js";
import {addDays, addMonths, formatDay, formatMonth, isoWeek} from "../../../dates/timex.js";
import {durationUnits, frequencyWords, weekdays} from "./lexicon.js";
import {B, E, MODIFIER, NUMBER, NUMBER_WORD, UNIT, UNIT_END, WEEKDAY, readNumber, rx} from "./patterns.js";

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
  // every match has a unit at the start of a word ("drei Jahre", "ein paar Tage")
  cue: Object.keys(durationUnits),
  anchor: rx(`\\s(?:${UNIT})`, "iu"),
  pattern: rx(`${B}(?:(?:den|die|der|dem)\\s+(?:(?:letzten|vergangenen|nächsten|kommenden|ersten|ganzen)\\s+)?)?(?:${MODIFIER}\\s+)?(?<n>${NUMBER}|ein(?:es|em|en|e)?\\s+halbe[snm]?|ein\\s+paar|einige[nr]?|mehrere[nr]?|wenige[nr]?|viele[nr]?|etliche[nr]?|lange[n]?)\\s+(?:${ADJECTIVE}\\s+)?(?<unit>${UNIT})${UNIT_END}(?:\\s+und\\s+(?<n2>${NUMBER})\\s+(?<unit2>${UNIT})${UNIT_END})?(?:\\s+(?<rel>zuvor|später|früher|danach|darauf|davor))?${E}`),
  resolve(m, ctx, sentence) {
    const g = m.groups!;
    const raw = g.n.toLowerCase().replace(/\s+/g, " ");
    let n: number | "X";
    if (/halbe/.test(raw)) n = 0.5;
    else if (/^(ein paar|einige|mehrere|wenige|viele|etliche|lange)/.test(raw)) n = "X";
    else n = readNumber(raw);
    if (n !== "X" && !(n > 0 && n < 10000)) return null;
    // "eines Tages", "eines Abends": an unstated day, not a span
    if (/^eines$/i.test(raw) && !g.n2 && !/(?:innerhalb|binnen|während|Laufe|Dauer)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // ages: "22 Jahre alt", "der 16 Jahre jüngere", "ab 16 Jahren"
    if (/^jahr/i.test(g.unit) && (/^\s+(?:alt|jung|jünger|älter)/i.test(after) || /(?:ab|unter|bis)\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index)))) return null;
    let value = durationValue(n, g.unit);
    if (g.n2 && n !== "X") {
      const second = durationValue(readNumber(g.n2), g.unit2);
      if (!value.includes("T") && !second.includes("T")) value += second.slice(1);
    }
    const before = sentence.slice(Math.max(0, m.index - 6), m.index);
    if (/vor\s+$/i.test(before)) return {value, note: anchoredNote(ctx.ref, n, g.unit, -1, ctx.refNote, ctx.missingRef)};
    if (/(?:^|\s)in\s+$/i.test(before) && !g.rel && !/^(?:den|die|der|dem)\s/i.test(m[0])) return futurePoint(ctx, n, g.unit, value);
    return {value};
  }
};

/**
 * "in sechs Monaten", "in einem Jahr": the point in time that far after the reference date, at the
 * unit's granularity (TimeML annotates these as DATE). Clock units and vague amounts stay durations.
 */
function futurePoint(ctx: DateContext, n: number | "X", stem: string, duration: string): DateValue {
  const unit = durationUnits[stem.toLowerCase()];
  if (n === "X" || unit.time || !Number.isInteger(n) || !["D", "W", "M", "Y"].includes(unit.unit)) return {value: duration, note: "in …: a time span from now"};
  if (!ctx.ref) return {value: "", type: "DATE", note: `${duration} after the reference date; ${ctx.missingRef}`};
  const note = `${duration} after ${ctx.refNote}`;
  if (unit.unit === "Y") return {value: String(ctx.ref.y + n), type: "DATE", note};
  if (unit.unit === "M") {
    const [y, mo] = addMonths(ctx.ref.y, ctx.ref.m, n);
    return {value: formatMonth(y, mo), type: "DATE", note};
  }
  const day = addDays(ctx.ref, unit.unit === "W" ? 7 * n : n);
  return unit.unit === "W" ? {value: isoWeek(day), type: "DATE", note} : {value: formatDay(day), type: "DATE", day, note};
}

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
  // what every match holds: a plural after its preposition or shift word, an adjective ending, or "…lang"
  cue: ["jahr", "monat", "woche", "tag", "stunde", "minute", "jährig", "wöchig", "monatig", "tägig"],
  anchor: /(?:seit|nach|vor|für|von|über)\s+(?:jahr|monaten|wochen|tagen|stunden|minuten)|(?:vergangenen|letzten|diesen)\s+(?:jahr|monaten|wochen|tagen)|jährig|wöchig|monatig|tägig|[en]lang/iu,
  pattern: rx(`${B}(?:(?<plural>Jahren?|Jahrzehnten|Jahrtausenden|Monaten|Wochen|Tagen|Stunden|Minuten)(?<=${B}(?:seit|nach|vor|für|von|über)\\s+\\p{L}+)|(?:den|die)\\s+(?:vergangenen|letzten)\\s+(?<past>Jahre|Jahren|Jahrzehnten|Monaten|Wochen|Tagen)|diesen\\s+(?<these>Tagen)(?<=in\\s+diesen\\s+Tagen)|(?:lang|mehr|viel)?(?<adj>jährig|wöchig|monatig|tägig)(?:e|en|er|es|em)?|(?<lang>jahrzehnte|jahre|monate|wochen|tage|stunden|minuten)lang(?:e|en|er|es|em)?)${E}`),
  resolve(m) {
    const g = m.groups!;
    if (g.adj) {
      if (!/^(lang|mehr|viel)/i.test(m[0])) return null;
      return {value: durationValue("X", {jährig: "jahr", wöchig: "woche", monatig: "monat", tägig: "tag"}[g.adj.toLowerCase()]!)};
    }
    const word = (g.plural ?? g.past ?? g.these ?? g.lang).toLowerCase().replace(/(en|e|n)$/, "");
    const stem = {jahrzehnt: "jahrzehnt", jahrtausend: "jahrtausend", jahr: "jahr", monat: "monat", woch: "woche", tag: "tag", stund: "stunde", minut: "minute", jahrzehnte: "jahrzehnt"}[word] ?? word;
    if (!durationUnits[stem]) return null;
    return {value: durationValue("X", stem)};
  }
};

/** "20.30 Uhr", "um 14.00", "18 Uhr"; the day is the one mentioned earlier in the sentence. */
export const clockTime: DateRule = {
  id: "de.dates.time",
  type: "TIME",
  cue: /[Uu]hr|\d[.:]\d\d|um\s+halb/,
  pattern: rx(`(?<![\\d.,:])(?:(?<h>\\d{1,2}|${NUMBER_WORD})(?:[.:](?<min>\\d{2}))?\\s*Uhr${E}|(?<=${B}(?:um|ab|gegen|bis|von)\\s+)(?<h2>\\d{1,2})[.:](?<min2>\\d{2})(?![\\d.,:]\\d)|(?<h3>\\d{1,2})(?:[.:](?<min3>\\d{2}))?(?=\\s*(?:-|–|bis|und|/)\\s*\\d{1,2}(?:[.:]\\d{2})?\\s*Uhr)|(?<=${B}um\\s+)halb\\s+(?<half>${NUMBER_WORD}|\\d{1,2})${E})`),
  resolve(m, ctx) {
    const g = m.groups!;
    const h = g.half ? readNumber(g.half) - 1 : readNumber(g.h ?? g.h2 ?? g.h3);
    const min = g.half ? 30 : +(g.min ?? g.min2 ?? g.min3 ?? 0);
    if (!(h >= 0 && h <= 24) || min > 59) return null;
    const clock = `T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
    if (ctx.sentenceDayUnclear) return {value: clock, note: `day not resolved: ${ctx.sentenceDayUnclear}`};
    if (ctx.sentenceDay) return {value: `${formatDay(ctx.sentenceDay)}${clock}`, note: "day mentioned earlier in the sentence"};
    if (ctx.ref) return {value: `${formatDay(ctx.ref)}${clock}`, note: `day not stated; ${ctx.refNote}`};
    return {value: clock, note: "day not stated"};
  }
};

const TIMES = "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehr|viel|\\d+)(?:-?mal)";
const ORDINAL_SET = "(?:zweiten|dritten|vierten|letzten|ersten)";

/** "jeden Montag", "jedes Jahr", "jeden zweiten Donnerstag", "pro Jahr", "Jahr für Jahr", "täglich", "montags". */
export const frequency: DateRule = {
  id: "de.dates.set",
  type: "SET",
  cue: ["jede", "pro ", "je ", "alle ", "tägl", "wöchentl", "monatl", "jährl", "stündl", "wochentags", "nachts", "morgens", "abends", "mittags", "vormittags", "nachmittags", "montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags", "im jahr", "im monat", "im tag", "in der woche", "jahr für", "jahr um", "tag für", "woche für", "monat für"],
  pattern: rx(`${B}(?:(?:${TIMES}\\s+)?jede[nsmr]?\\s+(?:(?<ord>${ORDINAL_SET})\\s+)?(?:(?<wd>${WEEKDAY})(?<wdpart>abend|morgen|nachmittag|vormittag)?(?:\\s+im\\s+Monat)?|(?<unit>Tag|Woche|Monat|Jahr|Stunde|Minute|Sekunde|Wochenende)(?:e|es|s)?)|alle\\s+(?<every>${NUMBER}|paar)\\s+(?<everyUnit>Tag|Woche|Monat|Jahr|Stunde|Minute)(?:e|en|n)?|(?:(?<=(?:pro|je)\\s+)|(?:${TIMES}\\s+)?im\\s+)(?<per>Tag|Woche|Monat|Jahr|Stunde|Minute)(?=[\\s.,;:!?)]|$)|(?<rep>Jahr|Tag|Woche|Monat)\\s+(?:für|um)\\s+\\k<rep>|(?:${TIMES}\\s+)?(?<adv>${Object.keys(frequencyWords).join("|")})|(?<wds>${WEEKDAY})s)${E}`),
  resolve(m, _ctx, sentence) {
    const g = m.groups!;
    if (g.adv) {
      const adv = g.adv.toLowerCase();
      // "morgens"/"abends" etc. only as adverbs in lower case ("des Abends" is fine too)
      return {value: frequencyWords[adv]};
    }
    if (g.wds) return {value: `XXXX-WXX-${weekdays[g.wds.toLowerCase()]}`};
    if (g.wd) return {value: /im\s+Monat$/i.test(m[0]) ? "P1M" : `XXXX-WXX-${weekdays[g.wd.toLowerCase()]}${g.wdpart ? "TEV" : ""}`};
    if (g.everyUnit) {
      const n = /paar/i.test(g.every) ? "X" : readNumber(g.every);
      if (n !== "X" && !(n > 0)) return null;
      return {value: durationValue(n, g.everyUnit)};
    }
    const unit = (g.unit ?? g.per ?? g.rep).toLowerCase();
    // "im Jahr" is a rate only after a count or "mal" ("500 Menschen im Jahr", "einmal im Monat")
    if (g.per && /^im\s/i.test(m[0]) && !/(?:\d|mal|jede\p{L}*)\s+(?:\p{L}+\s+){0,2}$/iu.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return null;
    const code = {tag: "P1D", woche: "P1W", monat: "P1M", jahr: "P1Y", stunde: "PT1H", minute: "PT1M", sekunde: "PT1S", wochenende: "P1WE"}[unit];
    return code ? {value: code} : null;
  }
};

