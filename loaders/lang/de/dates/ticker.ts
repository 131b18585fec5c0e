/**
 * Live tickers: entries headed by a clock time on a line of its own ("23:48 Uhr"), newest first (or oldest first).
 * Rule `de.dates.ticker-order` (loaders/dates/ticker.ts): in a run of such stamps without a day, the majority of small
 * steps tells the order, and the clock jumping the wrong way by more than `crossing` minutes (a later time below an
 * earlier one in a newest-first list: 03:12, then 23:48) crosses midnight; a small wrong step is an entry out of order.
 * The stamp nearest the publication (the first of a newest-first list, the last of an oldest-first one) keeps its day;
 * the stamps on the far side of a crossing belong to the day before (those after it in a newest-first list, those
 * before it in an oldest-first one).
 */
export const tickerOrder = {
  id: "de.dates.ticker-order",
  /** A sentence that is a time stamp and nothing else ("09:15 Uhr", "9.15 Uhr", "09:15"). */
  stamp: /^\s*(?<h>[01]?\d|2[0-3])[:.](?<min>[0-5]\d)(?:\s*Uhr)?\s*[|:–-]?\s*$/u,
  /** Stamps a run needs before its order is read (fewer say nothing about the order). */
  minStamps: 3,
  /** Minutes a wrong-way step must jump to cross midnight (12 hours: 00:10 → 23:30 does, 15:20 → 15:45 does not). */
  crossing: 12 * 60
} as const;
