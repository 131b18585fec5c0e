/**
 * Hand-written gold for the seeds' chronology, from reading the five seed
 * texts: each event with its type, date and the seeds (by file prefix) that
 * report it. Not copied from extractor output.
 */
export interface GoldEvent {
  type: string;
  date: string;
  /** Seeds that report the event (file name prefixes). */
  seeds: string[];
  what: string;
}

export const goldEvents: GoldEvent[] = [
  {type: "call", date: "2025-02-12", seeds: ["000", "001", "002", "003", "004"], what: "Trump and Putin's phone call"},
  {type: "summit", date: "2018", seeds: ["000"], what: "the Helsinki summit (000's FAQ)"},
  {type: "visit", date: "2013", seeds: ["003"], what: "Obama's visit to Moscow for the G20 summit"},
  {type: "call", date: "2022-02", seeds: ["000"], what: "Putin's call with Biden before the invasion"},
  {type: "meeting", date: "2025-02-14", seeds: ["003"], what: "the Munich meeting on Friday, in Trump's post of 12 February"},
  {type: "release", date: "2025-02-11", seeds: ["004"], what: "Marc Fogel's release, 'gestrige' in Trump's post of 12 February"}
];

/** Facts on which outlets disagree, as the seeds state them. */
export const goldConflicts = [{type: "call", date: "2025-02-12", fact: "duration", versions: ["über 60 min", "90 min", "fast 90 min"]}];
