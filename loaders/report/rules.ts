import type {Tables} from "../types.js";

/** How many rows each rule produced, per table. */
export interface RuleCount {
  table: string;
  rule: string;
  rows: number;
}

/** Counts rows per rule id in every table that has a `rule` column. */
export function ruleCounts(t: Tables): RuleCount[] {
  const out: RuleCount[] = [];
  for (const [table, rows] of Object.entries(t) as [string, object[]][]) {
    const counts = new Map<string, number>();
    for (const row of rows) if ("rule" in row) counts.set(String(row.rule), (counts.get(String(row.rule)) ?? 0) + 1);
    for (const [rule, n] of counts) out.push({table, rule, rows: n});
  }
  return out.sort((a, b) => a.table.localeCompare(b.table) || b.rows - a.rows);
}
