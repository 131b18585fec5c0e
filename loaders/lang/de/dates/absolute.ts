/**
 * German rules for dates written out: ISO and numeric dates, "12. Februar
 * 2025", "Februar 2022", years, decades, centuries and seasons.
 */
import {type DateContext, type DateRule, type DateValue, unresolved} from "../../../dates/rule.js";
import {type Ymd, formatDay, formatMonth, fullYear, isValidDay} from "../../../dates/timex.js";
import {orientationOf, orientedTense} from "./orientation.js";
import {countNouns, decadeWords, months, ordinalWords, seasons, weekdays} from "./lexicon.js";
import {B, DECADE_WORD, E, MONTH, MONTH_NAME, ORDINAL_WORD, SEASON, SHIFT, WEEKDAY, rx} from "./patterns.js";

const monthOf = (s: string) => months[s.toLowerCase().replace(/\.$/, "")];

/** A day, or null when it does not exist (31 February). */
function day(y: number, m: number, d: number, note?: string): DateValue | null {
  if (!isValidDay(y, m, d)) return null;
  const ymd = {y, m, d};
  return {value: formatDay(ymd), day: ymd, note};
}

/** Shift of "vergangenen", "nächsten", "dieses" … as −1, +1, 0. */
export function shiftOf(word: string | undefined): number {
  if (!word) return 0;
  const w = word.toLowerCase();
  if (/^(vergangen|letzt|vorig|verflossen)/.test(w)) return -1;
  if (/^(nächst|kommend|folgend)/.test(w)) return 1;
  return 0;
}

/** Year of a day given without one: the one nearest to the reference date; for 29 February a leap year. */
function nearestYear(ref: Ymd, m: number, d: number, tense: DateContext["tense"]): number {
  const y = windowYear(ref, m, d, tense);
  if (isValidDay(y, m, d)) return y;
  // 29 February: the leap year that way (told in the present: the nearer one, the past on a tie)
  let back = y - 1;
  while (!isValidDay(back, m, d)) back--;
  let ahead = y + 1;
  while (!isValidDay(ahead, m, d)) ahead++;
  return tense === "future" ? ahead : tense === "past" || y - back <= ahead - y ? back : ahead;
}

/** The year of a day without one, by the window its tense opens around the reference date. */
function windowYear(ref: Ymd, m: number, d: number, tense: DateContext["tense"]): number {
  const diff = (m - ref.m) * 31 + (d - ref.d);
  // told in the past (future): never more than two months ahead (back), however far back (ahead) it reaches
  if (tense === "past") return diff > 62 ? ref.y - 1 : ref.y;
  if (tense === "future") return diff < -62 ? ref.y + 1 : ref.y;
  // present tense: announcements look ahead, so the window reaches seven months forward and five back
  if (diff > 213) return ref.y - 1;
  if (diff < -152) return ref.y + 1;
  return ref.y;
}


export const isoDate: DateRule = {
  id: "de.dates.iso",
  type: "DATE",
  cue: /\d{4}-\d/,
  pattern: rx("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])"),
  resolve: (m) => day(+m[1], +m[2], +m[3])
};

/** 13/02/2025, 23.3.1987, 16.08 2024, 12.2.25 */
export const numericDate: DateRule = {
  id: "de.dates.numeric",
  type: "DATE",
  cue: /\d[./]\d/,
  pattern: rx("(?<![\\d.,/])(\\d{1,2})([./])(\\d{1,2})(?:\\2|\\.?\\s)(\\d{4}|\\d{2})(?![\\d]|[.,]\\d)"),
  resolve: (m) => (m[4].length === 2 && m[2] === "." && /\s/.test(m[0]) ? null : day(fullYear(+m[4]), +m[3], +m[1]))
};

const DAY_MONTH = `(?:(?<wd>${WEEKDAY})(?:,\\s*|\\s+)(?:(?:den|dem)\\s+)?)?(?<day>\\d{1,2})\\.\\s*(?:(?<mname>${MONTH})|(?<mnum>\\d{1,2})\\.(?!\\d))(?:\\s*(?<year>\\d{4})(?!\\d)|\\s+(?<rel>${SHIFT})\\s+Jahres)?`;

/** "Mittwoch, dem 12. Februar", "der 3. November 2004", "9. Juni dieses Jahres", "12.2." */
export const dayMonth: DateRule = {
  id: "de.dates.day-month",
  type: "DATE",
  // the day and what follows it in every match ("12. Februar", "12.2.")
  cue: /\d\./,
  anchor: rx(`\\d\\.\\s*(?:${MONTH}|\\d)`, "iu"),
  pattern: rx(`${B}${DAY_MONTH}${E}`),
  resolve(m, ctx, sentence) {
    const g = m.groups!;
    const month = g.mname ? monthOf(g.mname) : +g.mnum;
    const d = +g.day;
    if (!g.mname && (!g.year || month > 12)) return null;
    if (!isValidDay(2000, month, d)) return null;
    if (g.year) return day(+g.year, month, d);
    if (!ctx.ref) return {...unresolved(ctx), note: `year not stated; ${ctx.missingRef}`};
    if (!g.rel && ctx.tense === "past" && ctx.lastYear !== undefined && ctx.lastYear < ctx.ref.y - 1) return day(ctx.lastYear, month, d, "year of the last date mentioned");
    const y = g.rel ? ctx.ref.y + shiftOf(g.rel) : nearestYear(ctx.ref, month, d, orientedTense(sentence, m.index, m.index + m[0].length, ctx));
    return day(y, month, d, `year from ${ctx.refNote}`);
  }
};

/** "am 10. und 11. Februar": the days of a list before the month. */
export const dayList: DateRule = {
  id: "de.dates.day-list",
  type: "DATE",
  cue: /\d\./,
  anchor: /\d\.\s*(?:,|und|bis|-|–|sowie)\s*(?:am\s+|zum\s+)?\d/iu,
  pattern: rx(`(?<![\\d.])(?<day>\\d{1,2})\\.(?=(?:\\s*(?:,|und|bis|-|–|sowie)\\s*(?:am\\s+|zum\\s+)?\\d{1,2}\\.){1,8}\\s*(?<mname>${MONTH})(?:\\s*(?<year>\\d{4}))?)`),
  resolve(m, ctx, sentence) {
    const g = m.groups!;
    const month = monthOf(g.mname);
    if (g.year) return day(+g.year, month, +g.day);
    if (!ctx.ref) return {...unresolved(ctx), note: `year not stated; ${ctx.missingRef}`};
    return day(nearestYear(ctx.ref, month, +g.day, orientedTense(sentence, m.index, m.index + m[0].length, ctx)), month, +g.day, `year from ${ctx.refNote}`);
  }
};

/** "Februar 2022", "Anfang September 2014", "März 92" is not taken. */
export const monthYear: DateRule = {
  id: "de.dates.month-year",
  type: "DATE",
  // the month and the year as they stand in every match, without the leading optional words (also below)
  cue: Object.keys(months).filter((m) => m.length > 2),
  anchor: rx(`${MONTH}\\s*\\d{4}`, "iu"),
  pattern: rx(`${B}(?:(?:Anfang|Mitte|Ende)\\s+)?(?:(?:de[mnrs])\\s+)?(?<month>${MONTH})\\s*(?<year>\\d{4})(?!\\d)`),
  resolve: (m) => ({value: formatMonth(+m.groups!.year, monthOf(m.groups!.month))})
};

/** "im Juni", "Mitte März", "dem Juni des vergangenen Jahres". */
export const monthName: DateRule = {
  id: "de.dates.month",
  type: "DATE",
  cue: Object.keys(months).filter((m) => m.length > 2),
  pattern: rx(`${B}(?:(?<part>Anfang|Mitte|Ende)\\s+)?(?:(?:de[mnrs])\\s+)?(?<month>${MONTH_NAME})(?:\\s+(?:(?:des|dieses)\\s+)?(?<rel>${SHIFT})\\s+Jahres|\\s+dieses\\s+Jahres)?${E}`),
  resolve(m, ctx, sentence) {
    const g = m.groups!;
    const month = monthOf(g.month);
    // "Mai"/"August" as names: followed by a capitalised word ("August Schmidt")
    if (/^(mai|august)$/i.test(g.month) && !g.part && /^\s+\p{Lu}/u.test(sentence.slice(m.index + m[0].length))) return null;
    if (!ctx.ref) return {...unresolved(ctx), note: `year not stated; ${ctx.missingRef}`};
    let y = ctx.ref.y;
    // the probe skips the clause: every branch below gives a value
    const way = g.rel || ctx.probe ? undefined : orientationOf(sentence, m.index, m.index + m[0].length);
    if (g.rel) y += shiftOf(g.rel) || 0;
    else if (ctx.tense === "past" && way?.direction !== "next" && ctx.lastYear !== undefined && ctx.lastYear < ctx.ref.y - 1) {
      // a past-tense account of earlier years ("im März 1992 …, im April"): the year of the last date mentioned
      return {value: formatMonth(ctx.lastYear, month), note: "year of the last date mentioned"};
    } else if (way) {
      // the clause says which way it looks: the next occurrence of the month or the last one (this month counts as both)
      if (way.direction === "next" && month < ctx.ref.m - way.slackMonths) y += 1;
      if (way.direction === "previous" && month > ctx.ref.m) y -= 1;
      return {value: formatMonth(y, month), note: `year from ${ctx.refNote}, ${way.direction} occurrence (${way.rule})`};
    } else if (ctx.tense === "past" && month > ctx.ref.m) y -= 1;
    else if (ctx.tense === "future" && month < ctx.ref.m) y += 1;
    // present tense: the same window as for days, seven months ahead and five back
    else if (ctx.tense === "present" && month - ctx.ref.m > 7) y -= 1;
    else if (ctx.tense === "present" && ctx.ref.m - month > 5) y += 1;
    return {value: formatMonth(y, month), note: `year from ${ctx.refNote}`};
  }
};

/** "Jahr 2014", "dem Jahre 1910", "Anfang 2025", "Herbst 1998", "Winter des Jahres 1997". */
export const yearNoun: DateRule = {
  id: "de.dates.year-noun",
  type: "DATE",
  // the word before the year in every match ("Jahre 1910", "Anfang 2025", "Winter des Jahres 1997")
  cue: ["anfang", "mitte", "ende", "beginn", "jahr", ...Object.keys(seasons)],
  anchor: rx(`(?:anfang|mitte|ende|beginn|jahreswechsel|jahr|jahre|jahres|${SEASON})\\s+\\d{3}`, "iu"),
  pattern: rx(`${B}(?:(?:de[mnrs]|das)\\s+)?(?:(?<part>Anfang|Mitte|Ende|Beginn)\\s+(?:des\\s+Jahres\\s+)?|(?<season>${SEASON})(?:\\s+des\\s+Jahres)?\\s+|Jahreswechsel\\s+)(?<year>1\\d{3}|20\\d{2})(?![\\d/])|${B}(?:(?:de[mnrs]|das)\\s+)?Jahr(?:e|es)?\\s+(?<year2>\\d{3,4})(?![\\d/])`),
  resolve(m) {
    const g = m.groups!;
    if (g.year2) return {value: g.year2.padStart(4, "0")};
    if (g.season) return {value: `${g.year}-${seasons[g.season.toLowerCase()]}`};
    return {value: g.year};
  }
};

const TEMPORAL_BEFORE = /(?:^|[\s(])(?:im|in|seit|bis|ab|von|vom|nach|vor|um|zwischen|Jahr|Jahre|Jahres|Ende|Anfang|Mitte|Beginn|Herbst|Sommer|Winter|Frühjahr|Frühling|und|oder|noch|erst|schon|bereits|Jahrgang|geboren|gestorben|Saison)\s+$/i;
const QUANTITY_BEFORE = /(?:über|unter|rund|etwa|fast|knapp|mehr als|weniger als|bis zu|insgesamt|nur|ca\.|mindestens|exakt|genau|die|der|den|diese|alle|sämtliche|mit|von über|zirka)\s+$/i;
const COUNT_AFTER = new RegExp(`^\\s*(?:${countNouns.map((w) => w.replace(/[.]/g, "\\.")).join("|")})(?![\\p{L}])`, "iu");

/** A bare year: "2013", "1798". Rejects counts ("3000 Soldaten", "1500 Euro", "die 2000 Teilnehmer"). */
export const bareYear: DateRule = {
  id: "de.dates.year",
  type: "DATE",
  cue: /\d{4}/,
  pattern: rx("(?<![\\d.,])(?<year>1[0-9]{3}|20[0-9]{2})(?![\\d]|[.,]\\d|/\\s?\\d{2}(?!\\d)|-?(?:er|jährig|fach))"),
  resolve(m, _ctx, sentence) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (COUNT_AFTER.test(after)) return null;
    const before = sentence.slice(Math.max(0, m.index - 14), m.index);
    // after "-" or "/" only as the second year of a range ("1898-1976", "2005/2010")
    if (/\p{L}[-/]$/u.test(before)) return null;
    // a count range ("von 1900 bis 2400 Grad", "1720 bis 1980 Euro")
    const range = /^\s*(?:-|–|bis)\s*(\d{3,5})(\s+\S+)?/.exec(after);
    if (range && (+range[1] > 2100 || (range[2] && COUNT_AFTER.test(range[2])))) return null;
    if (/(?:unter|davon|sind es|waren es)\s+$/i.test(before)) return null;
    // a number directly before a noun counts things ("2000 Menschen"), unless a temporal preposition leads in ("bis 2011 Dozent")
    if (/^ \p{Lu}\p{Ll}/u.test(after) && !/^\s+(?:Jahr|Uhr)/u.test(after) && (QUANTITY_BEFORE.test(before) || !TEMPORAL_BEFORE.test(before))) return null;
    if (/^\s*(?:Uhr|h\b)/.test(after)) return null;
    return {value: m.groups!.year};
  }
};

/** "den achtziger Jahren", "der 80er Jahre", "die 1990er-Jahre" → 198, 199. */
export const decade: DateRule = {
  id: "de.dates.decade",
  type: "DATE",
  cue: ["jahre"],
  anchor: rx(`(?:${DECADE_WORD}|\\d0er)(?:\\s+|-)Jahre`, "iu"),
  pattern: rx(`${B}(?:(?:Anfang|Mitte|Ende|Beginn)\\s+)?(?:(?:de[nmrs]|die)\\s+)?(?:(?<word>${DECADE_WORD})|(?<full>1\\d|20)?(?<dd>\\d)0er)(?:\\s+|-)Jahre[n]?${E}`),
  resolve(m) {
    const g = m.groups!;
    const digit = g.word ? decadeWords[g.word.toLowerCase()] : +g.dd;
    const century = g.full ?? (g.word || digit >= 2 ? "19" : "20");
    return {value: `${century}${digit}`};
  }
};

/** "dem 20. Jahrhundert", "des vorigen Jahrhunderts", "der ersten Hälfte des 15. Jahrhunderts". */
export const century: DateRule = {
  id: "de.dates.century",
  type: "DATE",
  cue: ["jahrhundert"],
  pattern: rx(`${B}(?:(?:Anfang|Mitte|Ende|Beginn)\\s+)?(?:(?:de[mnrs]|das|die)\\s+)?(?:(?:ersten|zweiten)\\s+Hälfte\\s+des\\s+)?(?:(?<n>\\d{1,2})\\.|(?<ord>${ORDINAL_WORD})|(?<rel>${SHIFT}))\\s+Jahrhunderts?${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    if (g.rel) {
      if (!ctx.ref) return unresolved(ctx);
      return {value: String(Math.floor(ctx.ref.y / 100) + shiftOf(g.rel)).padStart(2, "0"), note: `relative to ${ctx.refNote}`};
    }
    const n = g.n ? +g.n : ordinalWords[g.ord.toLowerCase().replace(/(e|en|es|er|em)$/, "")];
    if (!n || n > 21) return null;
    return {value: String(n - 1).padStart(2, "0")};
  }
};

/** "im Herbst", "diesem Sommer", "der Sommermonate", "vergangenen Winter". */
export const season: DateRule = {
  id: "de.dates.season",
  type: "DATE",
  cue: Object.keys(seasons),
  pattern: rx(`${B}(?:(?<rel>${SHIFT})\\s+(?:\\p{Ll}+e[nmrs]?\\s+)?)?(?<season>${SEASON})(?:monate|monaten|monat)?${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const code = seasons[g.season.toLowerCase()];
    if (!ctx.ref) return {...unresolved(ctx), note: `year not stated; ${ctx.missingRef}`};
    return {value: `${ctx.ref.y + shiftOf(g.rel)}-${code}`, note: `year from ${ctx.refNote}`};
  }
};

/** "im dritten Quartal 2009", "das erste Halbjahr", "der zweiten Jahreshälfte". */
export const quarter: DateRule = {
  id: "de.dates.quarter",
  type: "DATE",
  cue: ["quartal", "trimester", "vierteljahr", "halbjahr", "jahreshälfte"],
  pattern: rx(`${B}(?:(?:de[mnrs]|das|die)\\s+)?(?<ord>erst|zweit|dritt|viert|letzt)(?:e|en|er|es|em)\\s+(?<unit>Quartal|Trimester|Vierteljahr|Halbjahr|Jahreshälfte)(?:s|es)?(?:\\s+(?<year>\\d{4})(?!\\d)|\\s+(?:des\\s+)?(?<rel>${SHIFT})\\s+Jahres)?${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const half = /halbjahr|hälfte/i.test(g.unit);
    const n = g.ord.toLowerCase() === "letzt" ? (half ? 2 : 4) : ordinalWords[g.ord.toLowerCase()];
    if (n > (half ? 2 : 4)) return null;
    const code = `${half ? "H" : "Q"}${n}`;
    if (g.year) return {value: `${g.year}-${code}`};
    if (!ctx.ref) return {...unresolved(ctx), note: `year not stated; ${ctx.missingRef}`};
    return {value: `${ctx.ref.y + shiftOf(g.rel)}-${code}`, note: `year from ${ctx.refNote}`};
  }
};
