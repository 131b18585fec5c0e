import {durationNumbers, durationQualifiers} from "../lang/de/durations.js";

const NUMBER = Object.keys(durationNumbers).join("|");
const QUALIFIER = Object.keys(durationQualifiers).sort((a, b) => b.length - a.length).join("|");
const DURATION = new RegExp(`(?<![\\p{L}\\d])(?:(${QUALIFIER})\\.?\\s+)?(\\d+(?:[.,]\\d+)?|${NUMBER})\\s+(stunden?|minuten?)(?!\\p{L})`, "giu");

/** A fact stated about an event, with the span that states it. */
export interface Fact {
  name: string;
  /** Normalised value, comparable across outlets ("90 min", "über 60 min", "fast 90 min"). */
  value: string;
  start: number;
  end: number;
}

/**
 * Durations stated in a sentence, normalised to minutes so that "anderthalb
 * Stunden" and "eineinhalb Stunden" agree, while "über eine Stunde" and
 * "fast anderthalb Stunden" stay distinct versions. "etwa"/"rund" count as the value.
 */
export function durationFacts(text: string, start: number, end: number): Fact[] {
  const facts: Fact[] = [];
  const sentence = text.slice(start, end);
  DURATION.lastIndex = 0;
  for (let m; (m = DURATION.exec(sentence)); ) {
    const [surface, qualifier, amount, unit] = m;
    const n = durationNumbers[amount.toLowerCase()] ?? Number(amount.replace(",", "."));
    if (!Number.isFinite(n) || n <= 0) continue;
    const minutes = Math.round(/^stunde/i.test(unit) ? n * 60 : n);
    const kind = qualifier ? durationQualifiers[qualifier.toLowerCase()] : undefined;
    const value = kind === "more" ? `über ${minutes} min` : kind === "almost" ? `fast ${minutes} min` : `${minutes} min`;
    facts.push({name: "duration", value, start: start + m.index, end: start + m.index + surface.length});
  }
  return facts;
}
