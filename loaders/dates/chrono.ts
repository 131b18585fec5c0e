/**
 * chrono-node's German parser as a fallback, with its known misreadings
 * filtered out: two-letter weekday abbreviations inside words ("so", "fr" in
 * "frühere"), "jetzt" as a date, and years read as clock times ("von 2014").
 */
import type {ParsedResult} from "chrono-node";
// the German locale alone: the package's index loads all its locales (about 0.3 s more start-up)
import * as de from "chrono-node/de";
import type {DateContext, DateValue} from "./rule.js";
import {formatDay} from "./timex.js";
import {chronoLeadingPrepositions} from "../lang/de/dates/patterns.js";

/** A span chrono-node found, resolved later against the context of its place in the text. */
export interface ChronoCandidate {
  index: number;
  text: string;
  resolve(ctx: DateContext): DateValue | null;
}

/** Fixed reference for finding spans; values are recomputed against the real reference. */
const PROBE = new Date(Date.UTC(2001, 0, 10, 12));
const LEADING_PREPOSITION = new RegExp(`^(?:${chronoLeadingPrepositions.join("|")})\\s+`, "i");

/** What chrono-node alone finds in a sentence, as it reports it (for measuring chrono by itself). */
export function chronoRaw(sentence: string, reference: Date): {index: number; text: string; value: string; type: "DATE" | "TIME"}[] {
  return de.parse(sentence, reference).map((r) => ({index: r.index, text: r.text, ...valueOf(r)}));
}

/** chrono-node's spans in a sentence after the filters, with leading prepositions trimmed. */
export function chronoCandidates(sentence: string): ChronoCandidate[] {
  const out: ChronoCandidate[] = [];
  for (const r of de.parse(sentence, PROBE)) {
    if (!plausible(r, sentence)) continue;
    let {index, text} = r;
    const lead = LEADING_PREPOSITION.exec(text);
    if (lead) {
      index += lead[0].length;
      text = text.slice(lead[0].length);
    }
    text = text.replace(/[\s,]+$/, "");
    if (!text) continue;
    const hasYear = r.start.isCertain("year");
    out.push({
      index, text,
      resolve(ctx) {
        if (!ctx.ref && !hasYear) return {value: "", note: ctx.missingRef};
        const reference = ctx.ref ? new Date(Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d, 12)) : PROBE;
        const again = de.parse(text, reference, {forwardDate: ctx.tense === "future"})[0];
        if (!again) return null;
        return {...valueOf(again), note: `chrono-node${ctx.ref ? `, relative to ${ctx.refNote}` : ""}`};
      }
    });
  }
  return out;
}

function plausible(r: ParsedResult, sentence: string): boolean {
  const text = r.text.replace(/^[\s,.;:]+|[\s,.;:]+$/g, "");
  if (text.length <= 3) return false;
  if (/^(?:jetzt|so|fr|sa|mo|di|mi|do)$/i.test(text)) return false;
  // measured on KRAUTS: chrono's casual readings ("Nacht", "Morgen", "Abend", "letzten Tage") were
  // never right where our rules had nothing; keep only results that name a calendar date
  if (!/\d|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember/i.test(text)) return false;
  // inside a longer word ("frühere" → "fr")
  if (/\p{L}/u.test(sentence[r.index - 1] ?? "") || /\p{L}/u.test(sentence[r.index + r.text.length] ?? "")) return false;
  // a year read as a time of day ("von 2014")
  if (r.start.isCertain("hour") && !/uhr|:\d\d|\d[.:]\d\d/i.test(text)) return false;
  return true;
}

function valueOf(r: ParsedResult): {value: string; type: "DATE" | "TIME"} {
  const c = r.start;
  const day = formatDay({y: c.get("year")!, m: c.get("month")!, d: c.get("day")!});
  const hour = c.isCertain("hour") ? `T${String(c.get("hour")).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}` : "";
  if (c.isCertain("day") || c.isCertain("weekday")) return {value: day + hour, type: hour ? "TIME" : "DATE"};
  if (hour) return {value: hour, type: "TIME"};
  if (c.isCertain("month")) return {value: day.slice(0, 7), type: "DATE"};
  if (c.isCertain("year")) return {value: day.slice(0, 4), type: "DATE"};
  return {value: day, type: "DATE"};
}
