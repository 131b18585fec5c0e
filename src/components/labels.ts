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

/**
 * A left margin that holds the longest label (cut to `maxChars`) and, left of it, the axis label
 * (`axisLabel` px), but never less than `least` nor more than `share` of the width; and how many
 * characters of a label fit in it (at least 8). The people chart's names and the heatmap's topics use it.
 */
export function labelMargin(labels: Iterable<string>, width: number, {maxChars, least, share = 0.45, axisLabel = 34}: {maxChars: number; least: number; share?: number; axisLabel?: number}): {margin: number; chars: number} {
  const wanted = Math.max(least, Math.ceil(longestLabel(labels, maxChars) * CHAR_WIDTH) + axisLabel);
  const margin = Math.max(least, Math.min(wanted, Math.floor(width * share)));
  return {margin, chars: Math.max(8, Math.floor((margin - axisLabel) / CHAR_WIDTH))};
}

/** `s` cut to `max` characters with an ellipsis, not after a space. */
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * A label on up to `lines` lines of at most `chars` characters, broken between words (a word longer
 * than a line is cut); what does not fit ends in an ellipsis (tips show it whole). Plot draws each line of a tick label.
 */
export function wrapLabel(s: string, chars: number, lines = 2): string {
  if (s.length <= chars) return s;
  const out: string[] = [];
  let line = "";
  const words = s.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = line ? `${line} ${word}` : word;
    if (next.length <= chars) {
      line = next;
      continue;
    }
    if (line) out.push(cut(line, chars));
    line = word;
    if (out.length === lines - 1) {
      // the last line: the rest, cut
      line = words.slice(i).join(" ");
      break;
    }
  }
  out.push(cut(line, chars));
  return out.slice(0, lines).join("\n");
}
