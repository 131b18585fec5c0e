import {createHash} from "node:crypto";
import {readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {csvFormatBody} from "d3-dsv";
import type {ArticleTables} from "../types.js";
import type {ArticleFragments} from "./keysFingerprint.js";
import {packageVersion} from "./packageVersion.js";
import {ReusedBuffer} from "./reusedBuffer.js";
import {writeByRename} from "./writeByRename.js";

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
 * names it and gives its length in bytes (a damaged part is formatted again). When a
 * table is written, its parts this run did not use are removed.
 */
export class CsvParts {
  /** d3-dsv's version, and the parts' form (the length in their first line is in UTF-8 bytes). */
  private readonly version = `d3-dsv@${packageVersion("d3-dsv")} bytes`;
  private readonly reader = new ReusedBuffer();

  constructor(private readonly dir: string) {}

  /**
   * The CSV body of `rows` (csvFormatBody's bytes) as pieces to write in turn
   * (UTF-8 bytes of a part, valid only until the next piece is taken, or text),
   * or undefined when the rows do not line up with the articles' rows in
   * `fragments` (then the caller formats them all). `groups` tells the input
   * file of each article (equal for articles of one file). Parts are passed on
   * as the bytes read, never decoded into one string of the whole table.
   */
  pieces(rows: readonly object[], columns: readonly string[], table: keyof ArticleTables, fragments: ArticleFragments, groups: readonly string[]): Iterable<string | Uint8Array> | undefined {
    let total = 0;
    for (const t of fragments.tables) total += ((t?.[table] ?? []) as readonly object[]).length;
    if (total !== rows.length || groups.length !== fragments.tables.length) return undefined;
    return this.walk(rows, columns, table, fragments, groups);
  }

  private *walk(rows: readonly object[], columns: readonly string[], table: keyof ArticleTables, {keys, tables}: ArticleFragments, groups: readonly string[]): Generator<string | Uint8Array> {
    const own = (a: number) => (tables[a]?.[table] ?? []) as readonly object[];
    const used = new Set<string>();
    let first = true;
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
        if (!first) yield "\n";
        first = false;
        yield same && b - a > 1 ? this.part(slice, columns, table, keys.slice(a, b) as string[], used) : csvFormatBody(slice() as any[], columns as string[]);
      }
      i += n;
      a = b;
    }
    this.prune(table, used);
  }

  /** The lines of one file's rows: the bytes of its part (in the reused buffer), else formatted and kept. */
  private part(rows: () => object[], columns: readonly string[], table: string, keys: readonly string[], used: Set<string>): string | Uint8Array {
    const hash = createHash("sha1").update(`${table}\0${columns.join(",")}\0${this.version}\0${keys.join("\0")}`).digest("hex").slice(0, 24);
    const name = `${table}-${hash}.csv`;
    used.add(name);
    const path = join(this.dir, name);
    try {
      const stored = this.reader.read(path);
      const head = stored.indexOf(10);
      const [label, length] = Buffer.from(stored.buffer, stored.byteOffset, Math.max(head, 0)).toString("latin1").split(" ");
      if (head > 0 && label === name && Number(length) === stored.byteLength - head - 1) return stored.subarray(head + 1);
    } catch {
      // no part yet
    }
    const text = csvFormatBody(rows() as any[], columns as string[]);
    try {
      writeByRename(path, `${name} ${Buffer.byteLength(text)}\n${text}`);
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
