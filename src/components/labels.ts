/** Cuts a long axis label to `max` characters with an ellipsis (tips show it whole). */
export function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Pixels per character of Plot's 10 px sans-serif tick labels, taken generously (wide letters, capitals). */
export const CHAR_WIDTH = 6.5;

/** The length of the longest label once cut to `maxChars` (see shorten). */
export function longestLabel(labels: Iterable<string>, maxChars: number): number {
  let longest = 0;
  for (const label of labels) longest = Math.max(longest, Math.min(label.length, maxChars));
  return longest;
}

/**
 * The bottom margin that holds x tick labels rotated by `degrees` (cut to `maxChars`, see shorten)
 * and, under them, the axis label: the longest label's height once rotated, plus the tick and
 * padding (12 px) and a line for the axis label (22 px). Never less than `least`.
 */
export function rotatedLabelsMargin(labels: Iterable<string>, maxChars: number, degrees: number, least = 60): number {
  return Math.max(least, Math.ceil(longestLabel(labels, maxChars) * CHAR_WIDTH * Math.sin((Math.abs(degrees) * Math.PI) / 180) + 12 + 22));
}
