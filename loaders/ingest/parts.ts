import type {Part, PartLabel} from "../types.js";
import type {PartPrefixRule, PartRule} from "../lang/de/parts.js";
import {isSpace} from "../text/chars.js";

/** The rule of a short line in the header that is neither title nor body ("Wiener Morgenblatt, 14.01.2026"). */
export const HEADER_LABEL_RULE = "parts.header-label";

/** The rule of a line that a format marks as an image's caption or alt text (a Markdown image alone on its line, an HTML <figcaption>). */
export const IMAGE_CAPTION_RULE = "parts.image-caption";

/** A span of the text that its format marks as an image's caption or alt text; sorted by start, not overlapping. */
export interface Caption {
  start: number;
  end: number;
}

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
 * A teaser (standfirst) between the title and the byline or date line: one paragraph of prose of at most this many
 * words ("Nach drei Runden ohne Einigung … Bis Ende März gilt Friedenspflicht."). A longer paragraph is the body.
 */
const TEASER_WORDS = 70;

/**
 * Labels every non-empty line of an article as title, body, faq, comments or
 * boilerplate, using `rules` in order plus three structural rules:
 * the first headline-like line is the title (after a `beforeTitle` label such as "Pressemitteilung", the next
 * headline-like line, `parts.headline-after-label`; a headline-like line after it is the subtitle), an exact repeat of an earlier line is
 * boilerplate, and short label-like lines in the header zone are boilerplate.
 * The header zone (where the header-only rules apply: byline, date line, caption) ends at the first prose line of the
 * body, with one exception: the normal layout of a news page, title, a teaser paragraph, then the byline or date
 * line (and a photo caption). A first prose paragraph of at most TEASER_WORDS words keeps the zone open for the
 * lines right after it, as long as each of them matches a header rule (a byline, a date line, a caption, a photo
 * credit); only the title and short labels (a kicker) may stand before a teaser. The first line after the teaser that matches none ends the zone and is the body, and only then does the
 * dateline of the body ("Potsdam (dpa) – …") open it.
 * Lines that `captions` covers (spans a format marks as an image's caption or alt text: a Markdown image alone on its
 * line, an HTML <figcaption>) are boilerplate (`parts.image-caption`) unless a rule labels them (a photo credit).
 * Adjacent lines with the same label and rule are merged into one part.
 * A first line that is the title the metadata gives (a feed item's <title>, front matter) is the title
 * whatever its shape (`parts.given-title`: "Name: „Ein Zitat“" reads as prose, not as a headline).
 * Then the first of `prefixes` that matches at the start of the body is split
 * off as a part of its own (a dateline before the first sentence; after a teaser, at the start of the body after the header lines).
 */
export function classifyParts(text: string, rules: readonly PartRule[], prefixes: readonly PartPrefixRule[] = [], givenTitle = "", captions: readonly Caption[] = []): Part[] {
  const all = lines(text);
  const labels: {label: PartLabel; rule: string}[] = [];
  const seen = new Set<string>();
  let region: {label: PartLabel; rule: string; scope: string} | null = null;
  let proseSeen = false;
  /** Index of the teaser line while the header zone stays open after it; -1 when there is none. */
  let teaser = -1;
  /** Start of the first body line after a teaser and its header lines: where the body's dateline may stand. */
  let opening = -1;
  let caption = 0;
  // labels that may stand before the title (a press release's "Pressemitteilung"): the title is the next headline-like line
  const beforeTitle = new Set(rules.filter((r) => r.beforeTitle).map((r) => r.id));
  /** Ids of the rules that matched an earlier line (a rule's `onlyAfter`). */
  const matched = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    const line = all[i].text;
    const inHeader = i < HEADER_LINES && !proseSeen;
    const rule = rules.find((r) => (!r.headerOnly || inHeader) && (!r.onlyAfter || r.onlyAfter.some((id) => matched.has(id))) && r.pattern.test(line));
    while (caption < captions.length && captions[caption].end <= all[i].start) caption++;
    const isCaption = caption < captions.length && captions[caption].start <= all[i].start && all[i].end <= captions[caption].end;
    let assigned: {label: PartLabel; rule: string};
    if (region?.scope === "tail") {
      assigned = region;
    } else if (i === 0 && all.length > 1 && givenTitle && line === givenTitle.trim()) {
      assigned = {label: "title", rule: "parts.given-title"};
    } else if (rule) {
      assigned = {label: rule.label, rule: rule.id};
      matched.add(rule.id);
      region = rule.scope === "line" ? null : {label: rule.label, rule: rule.id, scope: rule.scope};
    } else if (isCaption) {
      assigned = {label: "boilerplate", rule: IMAGE_CAPTION_RULE};
    } else if (region?.scope === "section") {
      assigned = region;
    } else if (region?.scope === "links" && isHeadlineLike(line) && !isProse(line)) {
      assigned = region;
    } else if (seen.has(line) && line.length >= 3) {
      assigned = {label: "boilerplate", rule: "parts.repeated-line"};
    } else if (teaser >= 0) {
      // after a teaser only a header rule's line continues the header zone
      assigned = {label: "body", rule: "parts.body"};
    } else if (i === 0 && all.length > 1 && isHeadlineLike(line) && !isProse(line)) {
      assigned = {label: "title", rule: "parts.first-headline"};
    } else if (i > 0 && i < all.length - 1 && labels.every((l) => beforeTitle.has(l.rule)) && isHeadlineLike(line) && !/[.!?]$/.test(line)) {
      // after a genre label a headline may end with a quotation ("Verband X: „Ein Zitat“"), which reads as prose
      assigned = {label: "title", rule: "parts.headline-after-label"};
    } else if (inHeader && labels[i - 1]?.label === "title" && isHeadlineLike(line) && !isProse(line) && words(line, 4) >= 4) {
      assigned = {label: "title", rule: "parts.subtitle"};
    } else if (inHeader && words(line, 4) <= 3 && !/[.!?]$/.test(line)) {
      assigned = {label: "boilerplate", rule: HEADER_LABEL_RULE};
    } else {
      region = null;
      assigned = {label: "body", rule: "parts.body"};
    }
    if (assigned.label === "body") {
      if (teaser >= 0) {
        // the line after the teaser's header lines, or the body right after the teaser: the header zone ends here
        opening = all[i].start;
        [teaser, proseSeen] = [-1, true];
      } else if (isProse(line)) {
        // the first prose paragraph right after the title (and the header's labels, a kicker) may be a teaser; after a byline or date line it is the body
        if (inHeader && i > 0 && labels.every((l) => l.label === "title" || l.rule === HEADER_LABEL_RULE || beforeTitle.has(l.rule)) && words(line, TEASER_WORDS + 1) <= TEASER_WORDS) teaser = i;
        else proseSeen = true;
      }
    }
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
  return splitPrefix(text, parts, prefixes, opening);
}

/** Longest span a prefix rule looks at. */
const PREFIX_WINDOW = 200;

/**
 * Splits the first prefix that matches at the start of the first body part off it, as a part of its own;
 * when none does there and a teaser came first, the first that matches at `opening`, the start of the body
 * after the teaser (and its header lines), which may lie inside the teaser's body part.
 */
function splitPrefix(text: string, parts: Part[], prefixes: readonly PartPrefixRule[], opening = -1): Part[] {
  const first = parts.findIndex((p) => p.label === "body");
  if (first < 0 || !prefixes.length) return parts;
  const later = opening > parts[first].start ? parts.findIndex((p) => p.label === "body" && p.start <= opening && opening < p.end) : -1;
  for (const [at, start] of later >= 0 ? [[first, parts[first].start], [later, opening]] : [[first, parts[first].start]]) {
    const body = parts[at];
    const head = text.slice(start, Math.min(body.end, start + PREFIX_WINDOW));
    for (const prefix of prefixes) {
      const match = prefix.pattern.exec(head);
      if (!match || match.index !== 0) continue;
      const rest = start + match[0].length;
      if (rest >= body.end) return parts;
      const own: Part = {label: prefix.label, rule: prefix.id, start, end: start + match[0].trimEnd().length};
      const before: Part[] = start > body.start ? [{...body, end: text.slice(body.start, start).trimEnd().length + body.start}] : [];
      return [...parts.slice(0, at), ...before, own, {...body, start: rest}, ...parts.slice(at + 1)];
    }
  }
  return parts;
}
