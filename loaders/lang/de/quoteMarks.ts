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

/** Single marks: nested inside a double-mark quote, and a quote of their own only as `topLevelSingleQuotes` allows. */
export const singleQuoteMarks = "‚‘’›‹";

/**
 * Single marks that also open a quote of their own, with the one mark that closes it there: the low ‚ (never an apostrophe)
 * closed by ‘ ("sprach von ‚zähen, aber fairen‘ Gesprächen"); not ’ or ', which are apostrophes too ("Andreas’ Plan").
 */
export const topLevelSingleQuotes: Readonly<Record<string, string>> = {"‚": "‘"};
