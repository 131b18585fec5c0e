import {createHash} from "node:crypto";
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvFormatBody} from "d3-dsv";
import type {ArticleTables} from "../types.js";
import type {ArticleFragments} from "./keysFingerprint.js";
import {packageVersion} from "./packageVersion.js";

/**
 * The CSV body of a per-article table, put together from cached parts: one
 * part per input file of two or more articles (a CSV, TSV or JSONL file),
 * holding the CSV lines of its articles' rows as extracted. d3-dsv's body is
 * the rows' lines joined by "\n", so the parts joined by "\n" are the bytes
 * csvFormatBody gives for all rows. A part is used only when every row of its
 * articles is the very row the extractors made (the same object, in the same
 * place: corpus steps copy the rows they change, see keysFingerprint.ts), and
 * it is named by a hash of the articles' cache keys (which fix their rows),
 * the table, its columns and the d3-dsv version. So a re-run after adding one
 * article formats the new article's lines, not those of 10,000 cached ones.
 *
 * Parts live in `<dir>/<table>-<hash>.csv`, each beginning with a line that
 * names it and gives its length (a damaged part is formatted again). When a
 * table is written, its parts this run did not use are removed.
 */
export class CsvParts {
  private readonly version = `d3-dsv@${packageVersion("d3-dsv")}`;

  constructor(private readonly dir: string) {}

  /**
   * The CSV body of `rows` (csvFormatBody's bytes), or undefined when the
   * rows do not line up with the articles' rows in `fragments` (then the
   * caller formats them all). `groups` tells the input file of each article (equal for articles of one file).
   */
  body(rows: readonly object[], columns: readonly string[], table: keyof ArticleTables, fragments: ArticleFragments, groups: readonly string[]): string | undefined {
    const {keys, tables} = fragments;
    const own = (a: number) => (tables[a]?.[table] ?? []) as readonly object[];
    let total = 0;
    for (let a = 0; a < tables.length; a++) total += own(a).length;
    if (total !== rows.length || groups.length !== tables.length) return undefined;
    const used = new Set<string>();
    const texts: string[] = [];
    let i = 0; // the first row of the current group
    for (let a = 0; a < tables.length; ) {
      let b = a + 1;
      while (b < tables.length && groups[b] === groups[a]) b++;
      let n = 0;
      let same = true;
      for (let k = a; k < b; k++) {
        const mine = own(k);
        // after the first row that differs the file is formatted anew: its other rows need no comparing
        for (let r = 0; same && r < mine.length; r++) if (rows[i + n + r] !== mine[r]) same = false;
        n += mine.length;
        if (keys[k] === undefined) same = false;
      }
      if (n) {
        const start = i;
        const slice = () => rows.slice(start, start + n) as object[];
        texts.push(same && b - a > 1 ? this.part(slice, columns, table, keys.slice(a, b) as string[], used) : csvFormatBody(slice() as any[], columns as string[]));
      }
      i += n;
      a = b;
    }
    this.prune(table, used);
    return texts.join("\n");
  }

  /** The lines of one file's rows: read from its part, else formatted and kept. */
  private part(rows: () => object[], columns: readonly string[], table: string, keys: readonly string[], used: Set<string>): string {
    const hash = createHash("sha1").update(`${table}\0${columns.join(",")}\0${this.version}\0${keys.join("\0")}`).digest("hex").slice(0, 24);
    const name = `${table}-${hash}.csv`;
    used.add(name);
    const path = join(this.dir, name);
    try {
      const stored = readFileSync(path, "utf8");
      const head = stored.indexOf("\n");
      const [label, length] = stored.slice(0, head).split(" ");
      if (label === name && Number(length) === stored.length - head - 1) return stored.slice(head + 1);
    } catch {
      // no part yet
    }
    const text = csvFormatBody(rows() as any[], columns as string[]);
    try {
      mkdirSync(this.dir, {recursive: true});
      writeFileSync(`${path}.${process.pid}.tmp`, `${name} ${text.length}\n${text}`);
      renameSync(`${path}.${process.pid}.tmp`, path);
    } catch (error) {
      process.emitWarning(`CSV part ${path} could not be kept: ${(error as Error).message}`);
    }
    return text;
  }

  /** Removes the table's parts not used by this run (of files no longer read, or changed). */
  private prune(table: string, used: ReadonlySet<string>): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) if (name.startsWith(`${table}-`) && name.endsWith(".csv") && !used.has(name)) rmSync(join(this.dir, name), {force: true});
  }
}
