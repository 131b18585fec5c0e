/**
 * Plain text of a Markdown article: heading marks, block quotes, list markers,
 * rules, emphasis, inline code, links and images are reduced to their words, so
 * that "**Hamburg**" and "[Paul Lind](…)" read as they would in print. The
 * result is the article text that every offset points into (as for HTML).
 * Each pattern stops at the next delimiter of its kind, so the work stays
 * linear in the text, whatever the text holds (tested with 1 MB lines).
 */

import {MONTH} from "../lang/de/dates/patterns.js";

/** Block marks at the start of a line: up to three spaces, then quote marks, a heading, a list marker. */
const QUOTE_MARKS = /^ {0,3}(?:> ?)+/u;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/u;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/u;
const LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/u;
/** "14. Jänner 2026" or "3. März": a German date, which Markdown would read as an ordered list starting at 14. */
const DATE_START = new RegExp(`^ {0,3}\\d{1,2}\\.[ \\t]+${MONTH}(?![\\p{L}])`, "iu");
/** A thematic break or a setext heading's underline ("---", "***", "==="): no words. */
const RULE_LINE = /^ {0,3}(?:[-*_=][ \t]*){3,}$/u;

/** Inline marks, each ending at the first closing delimiter. */
const IMAGE_OR_LINK = /!?\[([^[\]\n]*)\](?:\([^()\n]*\)|\[[^[\]\n]*\])/gu;
/** An image that is a link ("[![alt](bild.jpg)](https://…)"): its alt text. */
const LINKED_IMAGE = /\[!\[([^[\]\n]*)\]\([^()\n]*\)\]\([^()\n]*\)/gu;
const LINK_DEFINITION = /^ {0,3}\[[^[\]\n]+\]:[ \t]+\S+.*$/u;
const CODE = /`([^`\n]*)`/gu;
const STRONG = /(\*\*|__)(?=\S)([^*_\n]+?)\1/gu;
const EMPHASIS_STAR = /(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]+)\*(?![\p{L}\p{N}*])/gu;
const EMPHASIS_UNDERSCORE = /(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]+)_(?![\p{L}\p{N}_])/gu;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|])/gu;
/** Escaped marks wait in the private-use area (U+E000 + their code) while the other marks are removed. */
const HIDDEN = /[\uE000-\uE07F]/gu;
const hide = (_: string, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
const show = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xe000);

/** The text of one line without its Markdown marks. */
function lineText(line: string): string {
  if (RULE_LINE.test(line) || LINK_DEFINITION.test(line)) return "";
  let s = line.replace(QUOTE_MARKS, "");
  if (HEADING.test(s)) s = s.replace(HEADING, "").replace(CLOSING_HASHES, "");
  else if (!DATE_START.test(s)) s = s.replace(LIST_MARKER, "");
  return s
    .replace(ESCAPE, hide)
    .replace(CODE, "$1")
    .replace(LINKED_IMAGE, "$1")
    .replace(IMAGE_OR_LINK, "$1")
    .replace(STRONG, "$2")
    .replace(EMPHASIS_STAR, "$1$2")
    .replace(EMPHASIS_UNDERSCORE, "$1$2")
    .replace(HIDDEN, show);
}

/** A line that holds images and nothing else ("![Die Delegationen in Genf](bild.jpg)"): a figure, its alt text a caption. */
const IMAGE_LINE = /^ {0,3}(?:> ?)*(?:\[?!\[[^[\]\n]*\]\([^()\n]*\)(?:\]\([^()\n]*\))?[ \t]*)+$/u;

/**
 * The words of a Markdown text, line by line (lines that held only marks become empty lines, runs of empty lines one,
 * the whole trimmed), and the spans in it of the alt text of images that stand alone on their line: a figure's words,
 * which describe a picture and report nothing (parts.ts labels them boilerplate as `parts.image-caption`). An image
 * inside a sentence stays a word of the sentence.
 */
export function markdownToArticle(markdown: string): {text: string; captions: {start: number; end: number}[]} {
  const source = markdown.split("\n");
  const reduced = source.map(lineText);
  const joined = reduced.join("\n");
  // runs of empty lines collapse to one and the text is trimmed: each run's end in `joined` with what was removed up to it
  const cuts: [number, number][] = [];
  let removed = 0;
  for (const m of joined.matchAll(/\n{3,}/g)) cuts.push([m.index + m[0].length, (removed += m[0].length - 2)]);
  const collapsed = joined.replace(/\n{3,}/g, "\n\n");
  const lead = collapsed.length - collapsed.trimStart().length;
  const text = collapsed.trim();
  const captions: {start: number; end: number}[] = [];
  let lineStart = 0;
  let cut = 0;
  for (let i = 0; i < source.length; lineStart += reduced[i].length + 1, i++) {
    const words = reduced[i].trim();
    if (!words || !IMAGE_LINE.test(source[i])) continue;
    while (cut < cuts.length && cuts[cut][0] <= lineStart) cut++;
    const start = lineStart + reduced[i].indexOf(words) - (cut ? cuts[cut - 1][1] : 0) - lead;
    captions.push({start, end: start + words.length});
  }
  return {text, captions};
}
