/** A string written so that a regular expression matches it literally ("z.B." → "z\.B\."). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
