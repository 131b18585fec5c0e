/**
 * Live tickers: entries headed by a clock time on a line of its own ("23:48 Uhr"), newest first (or oldest first).
 * Rule `de.dates.ticker-order` (loaders/dates/ticker.ts): in a run of such stamps without a day, the clock going the
 * wrong way for the run's order (a later time below an earlier one in a newest-first list: 03:12, then 23:48) crosses
 * midnight, so that entry and those after it belong to the day before (newest first) or after (oldest first); the
 * stamp nearest the publication (the first of a newest-first list, the last of an oldest-first one) keeps its day.
 */
export const tickerOrder = {
  id: "de.dates.ticker-order",
  /** A sentence that is a time stamp and nothing else ("09:15 Uhr", "9.15 Uhr", "09:15"). */
  stamp: /^\s*(?<h>[01]?\d|2[0-3])[:.](?<min>[0-5]\d)(?:\s*Uhr)?\s*[|:–-]?\s*$/u,
  /** Stamps a run needs before its order is read (fewer say nothing about the order). */
  minStamps: 3
} as const;
