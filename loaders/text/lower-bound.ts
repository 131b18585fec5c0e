/**
 * Binary search over a sorted range: the first index in [0, length) whose item
 * is not before the sought position, or `length` when every item is before it.
 * `before(i)` must be true for a prefix of the indices and false after it.
 */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
