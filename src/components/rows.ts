/** Rows with the names of their columns, as d3's CSV parser returns them: kept when a table has no rows. */
export type Rows<T> = T[] & {columns: string[]};

/**
 * CSV rows with the named columns as numbers (or booleans), the rest kept as
 * strings: ids such as "1234e567…" must never turn into numbers, which
 * `{typed: true}` would do. The result keeps the file's `columns`, so
 * `aq.from(rows, rows.columns)` has them even when the file has no rows.
 */
export function typed<T = Record<string, any>>(rows: Record<string, string>[] & {columns?: string[]}, numbers: string[] = [], booleans: string[] = []): Rows<T> {
  const out = rows.map((row) => {
    const out: Record<string, unknown> = {...row};
    for (const c of numbers) out[c] = row[c] === "" || row[c] == null ? null : Number(row[c]);
    for (const c of booleans) out[c] = row[c] === "true";
    return out as T;
  }) as Rows<T>;
  out.columns = rows.columns ?? Object.keys(rows[0] ?? {});
  return out;
}

/** Splits a " | "-joined list cell into its items. */
export function list(cell: string | null | undefined): string[] {
  return (cell ?? "").split(/\s*\|\s*/).map((s) => s.trim()).filter(Boolean);
}

/** A link to the reader at one article (and a character offset). */
export function readerHref(articleId: string, start?: number | null): string {
  return `./reader#${encodeURIComponent(articleId)}${start != null ? `:${start}` : ""}`;
}
