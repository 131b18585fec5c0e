/**
 * Quotation marks used in German text: each opening mark with the closing
 * marks that end it. Plain data; the scanner in loaders/quotes/marks.ts reads it.
 * „…“ (German), »…« (German guillemets), «…» (Swiss), “…” (English-style),
 * "…" (straight), and the single forms ‚…‘, ›…‹, ‹…›, ‘…’ used inside them.
 */
export const quoteMarkPairs: Readonly<Record<string, string>> = {
  "„": "“”\"",
  "»": "«",
  "«": "»",
  "“": "”\"",
  "\"": "\"",
  "‚": "‘’'",
  "›": "‹",
  "‹": "›",
  "‘": "’"
};

/** Single marks: only nested inside a double-mark quote, never a quote of their own. */
export const singleQuoteMarks = "‚‘’›‹";
