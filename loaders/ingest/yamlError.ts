import {yamlLib} from "../io/lazy.js";
import {escapeRegExp} from "../text/escape-regexp.js";

/** Lines read when looking for where an unclosed bracket or quote opened (front matter and sources.yaml are short). */
const MAX_SEARCH_LINES = 500;

/** The text of a line, cut for a message. */
function shown(line: string): string {
  const text = line.replace(/\s+$/, "");
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * The first line at which the text read so far stops being YAML: the line an unclosed bracket or quotation mark
 * opens on ("published: [2026-03-12"), which YAML itself notices only where the next line starts. -1 when every
 * prefix up to the reported line parses (or the text is too long to search).
 */
function firstFailingLine(lines: string[], reported: number): number {
  const last = Math.min(reported, lines.length, MAX_SEARCH_LINES);
  for (let n = 1; n <= last; n++) {
    try {
      yamlLib().parse(lines.slice(0, n).join("\n"));
    } catch {
      return n;
    }
  }
  return -1;
}

/** The message for YAML that could not be parsed: `what` ("not valid YAML"), where it failed in `text` (see yamlErrorPlace) and why. */
export function yamlErrorMessage(what: string, error: unknown, text: string, firstLine = 1): string {
  return `${what}${yamlErrorPlace(error, text, firstLine)}: ${yamlErrorReason(error)}`;
}

/**
 * Where a YAML error lies, as " (line N, column C, at "…")" with the text of that line; lines are counted from
 * `firstLine` (2 for front matter after its opening ---). When the text stops being YAML on an earlier line (an
 * unclosed bracket or quote), that line is named instead, with where YAML noticed it.
 */
export function yamlErrorPlace(error: unknown, text: string, firstLine = 1): string {
  const lines = text.split("\n");
  const at = (n: number) => (lines[n - 1]?.trim() ? `, at "${shown(lines[n - 1])}"` : "");
  const line = (n: number) => n + firstLine - 1;
  const pos = (error as {linePos?: {line: number; col: number}[]}).linePos?.[0];
  if (!pos) {
    const aliased = aliasLine(error, lines);
    return aliased > 0 ? ` (line ${line(aliased)}${at(aliased)})` : "";
  }
  const opened = firstFailingLine(lines, pos.line);
  if (opened > 0 && opened < pos.line) return ` (line ${line(opened)}${at(opened)}; noticed at line ${line(pos.line)}, column ${pos.col})`;
  return ` (line ${line(pos.line)}, column ${pos.col}${at(pos.line)})`;
}

/**
 * The YAML error's reason: its first line without the place (given by yamlErrorPlace) and the trailing colon;
 * for an alias that names no anchor ("- *zoll", meant as a pattern), how to write the value instead.
 */
export function yamlErrorReason(error: unknown): string {
  const reason = String((error as Error).message ?? error).split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
  const alias = unresolvedAlias(error);
  return alias === undefined ? reason : `${reason}; a value that starts with * is read as a YAML alias: put it in quotes, "*${alias}"`;
}

/** The name of the alias an "Unresolved alias" error (the yaml package's, raised with no place) is about. */
function unresolvedAlias(error: unknown): string | undefined {
  return /^Unresolved alias\b[^:]*\): (\S+)$/.exec(String((error as Error).message ?? ""))?.[1];
}

/** The first line that writes the unresolved alias (`*name` after a space, dash, comma, bracket or colon), or -1. */
function aliasLine(error: unknown, lines: string[]): number {
  const alias = unresolvedAlias(error);
  if (alias === undefined) return -1;
  const escaped = escapeRegExp(alias);
  const written = new RegExp(`(?:^|[\\s,\\[{:-])\\*${escaped}(?![^\\s,\\]}])`);
  return lines.findIndex((l) => written.test(l)) + 1 || -1;
}
