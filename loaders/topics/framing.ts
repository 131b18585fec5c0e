import type {CorpusStep} from "../pipeline.js";
import type {FramingRow} from "../types.js";

/** Sums per-article framing rows into one row per source, concept and term. */
export function mergeFraming(rows: readonly FramingRow[]): FramingRow[] {
  const merged = new Map<string, FramingRow>();
  for (const row of rows) {
    const key = `${row.source}\u0000${row.rule}\u0000${row.term}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, {...row});
    else {
      seen.count += row.count;
      seen.article_ids += ` ${row.article_ids}`;
      seen.evidence += ` ${row.evidence}`;
    }
  }
  return [...merged.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.source.localeCompare(b.source) || b.count - a.count || a.term.localeCompare(b.term));
}

/** Corpus step: framing.csv by source. */
export const framingStep: CorpusStep = {
  name: "framing",
  run(tables) {
    return {framing: mergeFraming(tables.framing)};
  }
};
