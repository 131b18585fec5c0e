import type {Part, PartLabel} from "../types.js";
import type {PartPrefixRule, PartRule} from "../lang/de/parts.js";
import {isSpace} from "../text/chars.js";

/** The rule of a short line in the header that is neither title nor body ("Wiener Morgenblatt, 14.01.2026"). */
export const HEADER_LABEL_RULE = "parts.header-label";

/** Lines that count as the header zone, where bylines, datelines and categories sit. */
const HEADER_LINES = 12;

export interface Line {
  start: number;
  end: number;
  /** Trimmed content. */
  text: string;
}

/** Non-empty lines of the text with their spans (trimmed). */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({start: s, end: e, text: text.slice(s, e)});
    start = end + 1;
  }
  return out;
}

/** Prose: ends like a sentence and has several words. */
function isProse(line: string): boolean {
  return /[.!?“”"«»)]$/.test(line) && words(line, 6) >= 6;
}

function isHeadlineLike(line: string): boolean {
  return !/[.:;,]$/.test(line) && words(line, 26) <= 25;
}

/** `line.split(/\s+/).length`, counted up to `limit` only (no array is built). */
export function words(line: string, limit: number): number {
  let count = 1;
  for (let i = 0; i < line.length && count < limit; i++) {
    if (isSpace(line.charCodeAt(i))) {
      count++;
      while (i + 1 < line.length && isSpace(line.charCodeAt(i + 1))) i++;
    }
  }
  return count;
}

/**
 * Labels every non-empty line of an article as title, body, faq, comments or
 * boilerplate, using `rules` in order plus three structural rules:
 * the first headline-like line is the title (and a headline-like line after it the subtitle), an exact repeat of an earlier line is
 * boilerplate, and short label-like lines in the header zone are boilerplate.
 * Adjacent lines with the same label and rule are merged into one part.
 * A first line that is the title the metadata gives (a feed item's <title>, front matter) is the title
 * whatever its shape (`parts.given-title`: "Name: „Ein Zitat“" reads as prose, not as a headline).
 * Then the first of `prefixes` that matches at the start of the body is split
 * off as a part of its own (a dateline before the first sentence).
 */
export function classifyParts(text: string, rules: readonly PartRule[], prefixes: readonly PartPrefixRule[] = [], givenTitle = ""): Part[] {
  const all = lines(text);
  const labels: {label: PartLabel; rule: string}[] = [];
  const seen = new Set<string>();
  let region: {label: PartLabel; rule: string; scope: string} | null = null;
  let proseSeen = false;
  for (let i = 0; i < all.length; i++) {
    const line = all[i].text;
    const inHeader = i < HEADER_LINES && !proseSeen;
    const rule = rules.find((r) => (!r.headerOnly || inHeader) && r.pattern.test(line));
    let assigned: {label: PartLabel; rule: string};
    if (region?.scope === "tail") {
      assigned = region;
    } else if (i === 0 && all.length > 1 && givenTitle && line === givenTitle.trim()) {
      assigned = {label: "title", rule: "parts.given-title"};
    } else if (rule) {
      assigned = {label: rule.label, rule: rule.id};
      region = rule.scope === "line" ? null : {label: rule.label, rule: rule.id, scope: rule.scope};
    } else if (region?.scope === "section") {
      assigned = region;
    } else if (region?.scope === "links" && isHeadlineLike(line) && !isProse(line)) {
      assigned = region;
    } else if (seen.has(line) && line.length >= 3) {
      assigned = {label: "boilerplate", rule: "parts.repeated-line"};
    } else if (i === 0 && all.length > 1 && isHeadlineLike(line) && !isProse(line)) {
      assigned = {label: "title", rule: "parts.first-headline"};
    } else if (inHeader && labels[i - 1]?.label === "title" && isHeadlineLike(line) && !isProse(line) && words(line, 4) >= 4) {
      assigned = {label: "title", rule: "parts.subtitle"};
    } else if (inHeader && words(line, 4) <= 3 && !/[.!?]$/.test(line)) {
      assigned = {label: "boilerplate", rule: HEADER_LABEL_RULE};
    } else {
      region = null;
      assigned = {label: "body", rule: "parts.body"};
    }
    if (assigned.label === "body" && isProse(line)) proseSeen = true;
    seen.add(line);
    labels.push(assigned);
  }
  const parts: Part[] = [];
  for (let i = 0; i < all.length; i++) {
    const last = parts[parts.length - 1];
    const {label, rule} = labels[i];
    if (last && last.label === label && last.rule === rule) last.end = all[i].end;
    else parts.push({label, rule, start: all[i].start, end: all[i].end});
  }
  return splitPrefix(text, parts, prefixes);
}

/** Longest span a prefix rule looks at. */
const PREFIX_WINDOW = 200;

/** Splits the first prefix that matches at the start of the first body part off it, as a part of its own. */
function splitPrefix(text: string, parts: Part[], prefixes: readonly PartPrefixRule[]): Part[] {
  const at = parts.findIndex((p) => p.label === "body");
  if (at < 0 || !prefixes.length) return parts;
  const body = parts[at];
  const head = text.slice(body.start, Math.min(body.end, body.start + PREFIX_WINDOW));
  for (const prefix of prefixes) {
    const match = prefix.pattern.exec(head);
    if (!match || match.index !== 0) continue;
    const rest = body.start + match[0].length;
    if (rest >= body.end) return parts;
    const own: Part = {label: prefix.label, rule: prefix.id, start: body.start, end: body.start + match[0].trimEnd().length};
    return [...parts.slice(0, at), own, {...body, start: rest}, ...parts.slice(at + 1)];
  }
  return parts;
}
