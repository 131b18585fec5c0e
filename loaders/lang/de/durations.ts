/** German words of a stated duration of an event (loaders/events/facts.ts), as data. */

/** Durations stated about an event: "über eine Stunde", "etwa anderthalb Stunden". */
export const durationNumbers: Record<string, number> = {
  ein: 1, eine: 1, einer: 1, einen: 1, anderthalb: 1.5, eineinhalb: 1.5, zwei: 2, zweieinhalb: 2.5, drei: 3, vier: 4, fünf: 5, sechs: 6, zehn: 10, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, neunzig: 90
};

/** Qualifiers before a duration and what they mean: "approx" counts as the value itself. */
export const durationQualifiers: Record<string, "more" | "almost" | "approx"> = {
  über: "more", "mehr als": "more", gut: "more", "länger als": "more",
  fast: "almost", knapp: "almost", beinahe: "almost",
  etwa: "approx", rund: "approx", ungefähr: "approx", circa: "approx", ca: "approx"
};
