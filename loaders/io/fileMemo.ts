import type {MemoUnit} from "./units.js";

/**
 * One input file's units as the file memo (`files.json`, see ArticleCache)
 * keeps them: in columns rather than one object per unit, since a re-run reads
 * and writes the memo of every unit (10,000 rows of a CSV corpus) and makes
 * the units only once, as replayed.
 */
export interface MemoEntry {
  /** Size and modification time of the file and its sources.yaml, and the adapter options. */
  stamp: string;
  /** Per unit: its cache key, or null for a problem. */
  keys: (string | null)[];
  /** Per unit: the bytes read. */
  bytes: number[];
  /** Per unit that is a problem: its reason, by position. */
  problems?: Record<string, string>;
  /** Per article read with warnings: the warnings, by position. */
  warnings?: Record<string, string[]>;
  /** The units' names: "#" when unit i is named `path#(i+1)` (adapter rows), "=" for one unit named `path`, else each. */
  files: string[] | "#" | "=";
}

/** A file's units in the memo's form. */
export function packEntry(path: string, stamp: string, units: readonly MemoUnit[]): MemoEntry {
  const names = units.map((u) => u.file);
  const files = names.every((f, i) => f === `${path}#${i + 1}`) ? "#" : names.length === 1 && names[0] === path ? "=" : names;
  const problems: Record<string, string> = {};
  const warnings: Record<string, string[]> = {};
  units.forEach((u, i) => {
    if ("problem" in u) problems[i] = u.problem;
    else if (u.warnings?.length) warnings[i] = u.warnings;
  });
  const entry: MemoEntry = {stamp, keys: units.map((u) => ("key" in u ? u.key : null)), bytes: units.map((u) => u.bytesRead), files};
  if (Object.keys(problems).length) entry.problems = problems;
  if (Object.keys(warnings).length) entry.warnings = warnings;
  return entry;
}

/** The name of a file's unit `i`. */
function unitName(path: string, entry: MemoEntry, i: number): string {
  return entry.files === "#" ? `${path}#${i + 1}` : entry.files === "=" ? path : entry.files[i];
}

/** The units of a memo entry as replayed: cached keys with their warnings, and problems as they were. */
export function replayedUnits(path: string, entry: MemoEntry): ({file: string; cachedKey: string; bytesRead: number; warnings?: string[]} | {file: string; problem: string; bytesRead: number})[] {
  return entry.keys.map((key, i) => {
    if (key === null) return {file: unitName(path, entry, i), problem: entry.problems?.[i] ?? "", bytesRead: entry.bytes[i]};
    const warnings = entry.warnings?.[i];
    return {file: unitName(path, entry, i), cachedKey: key, bytesRead: entry.bytes[i], ...(warnings ? {warnings} : {})};
  });
}

/** The cache keys of a file's units (problems have none). */
export function entryKeys(entry: MemoEntry): string[] {
  return entry.keys.filter((k): k is string => k !== null);
}

/** The memo from files.json's text; entries of another shape (an older memo) are left out, so their files are read again. */
export function parseFileMemo(text: string): Map<string, MemoEntry> {
  const out = new Map<string, MemoEntry>();
  for (const [path, e] of Object.entries(JSON.parse(text) as Record<string, Partial<MemoEntry>>)) {
    if (!e || typeof e.stamp !== "string" || !Array.isArray(e.keys) || !Array.isArray(e.bytes) || e.keys.length !== e.bytes.length) continue;
    if (!(e.files === "#" || e.files === "=" || (Array.isArray(e.files) && e.files.length === e.keys.length))) continue;
    if (e.files === "=" && e.keys.length !== 1) continue;
    if (e.keys.some((k, i) => k === null && typeof e.problems?.[i] !== "string")) continue;
    out.set(path, e as MemoEntry);
  }
  return out;
}
