/** Cuts a long axis label to `max` characters with an ellipsis (tips show it whole). */
export function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
