/**
 * Searching a date rule's pattern faster: a pattern opening with a look-behind on a Unicode class is split into that
 * look-behind and the rest, the rest searched and the look-behind tested where it matches (same matches as the whole
 * pattern). `findDates` (find.ts) finds every rule's matches with `ruleMatches`.
 */
import type {DateRule} from "./rule.js";

/** A rule's pattern as its leading look-behind (sticky) and the rest (`SplitPattern`). */
interface SplitPattern {
  lookbehind: RegExp;
  rest: RegExp;
}

const splitPatterns = new WeakMap<DateRule, SplitPattern | null>();

/**
 * A pattern that opens with a look-behind on a Unicode class (`(?<![\p{L}\p{N}])…`, a word start) and has no
 * alternation at its top level, split into that look-behind and the rest: the rest is searched and the look-behind tested only where it
 * matches, which finds the same matches (a match of the whole at p is one of the rest at p where the look-behind
 * holds) at a third to a half of the cost, as irregexp cannot skip ahead by the rest's first characters past a
 * leading look-behind. Null for other patterns (a look-behind on digits, "(?<![\d.,])", costs
 * little; one holding a group would renumber the groups when removed). Made once per rule.
 */
export function splitPattern(rule: DateRule): SplitPattern | null {
  let split = splitPatterns.get(rule);
  if (split !== undefined) return split;
  split = null;
  const source = rule.pattern.source;
  const end = source.startsWith("(?<!") || source.startsWith("(?<=") ? groupEnd(source, 0) : -1;
  if (end > 0 && source.slice(4, end).includes("\\p{") && !source.slice(4, end).includes("(") && end + 1 < source.length && !hasTopLevelAlternation(source.slice(end + 1))) {
    const flags = rule.pattern.flags;
    split = {lookbehind: new RegExp(source.slice(0, end + 1), flags.replace("g", "") + "y"), rest: new RegExp(source.slice(end + 1), flags)};
  }
  splitPatterns.set(rule, split);
  return split;
}

/**
 * The next match of a rule's pattern in `str` from `re.lastIndex`, `re` being the pattern or, when it is split,
 * its rest: a match of the rest where the look-behind fails is passed over (the search goes on from the next code
 * point, as the whole pattern's would).
 */
function nextMatch(re: RegExp, split: SplitPattern | null, str: string): RegExpExecArray | null {
  for (let m = re.exec(str); m; m = re.exec(str)) {
    if (!split) return m;
    split.lookbehind.lastIndex = m.index;
    if (split.lookbehind.test(str)) return m;
    re.lastIndex = m.index + (isLead(str.charCodeAt(m.index)) && isTrail(str.charCodeAt(m.index + 1)) ? 2 : 1);
  }
  return null;
}

/** Every match of a rule's pattern in `str`, found as `findDates` finds them (split or not; empty matches skipped). */
export function ruleMatches(rule: DateRule, str: string): RegExpExecArray[] {
  const split = splitPattern(rule);
  const re = split ? split.rest : rule.pattern;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = nextMatch(re, split, str); m; m = nextMatch(re, split, str)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Index of the ")" closing the group opened at `open` in a regex source (escapes and classes skipped), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Whether a regex source has a "|" outside every group and class. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}
