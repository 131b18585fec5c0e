import {join} from "node:path";
import {csvFormatBody} from "d3-dsv";
import type {ArticleTables} from "../types.js";
import {type FileSpan, fileSpans} from "./fileSpans.js";
import type {ArticleFragments} from "./keysFingerprint.js";
import {packageVersion} from "./packageVersion.js";
import {ReusedBuffer} from "./reusedBuffer.js";
import {partName, pruneParts} from "./partFiles.js";
import {writeByRename} from "./writeByRename.js";

/**
 * The CSV body of a per-article table, put together from cached parts: one
 * part per input file of two or more articles (a CSV, TSV or JSONL file),
 * holding the CSV lines of its articles' rows. d3-dsv's body is the rows'
 * lines joined by "\n", so the parts joined by "\n" are the bytes
 * csvFormatBody gives for all rows. A part is named by its file's span id
 * (fileSpans.ts: the articles' cache keys, which fix their rows as extracted,
 * and the cells the corpus steps rewrote, so a file whose person ids came out
 * as last time keeps its part), the d3-dsv version and the part's form. So a
 * re-run after adding one article formats the new article's lines, not those
 * of 10,000 cached ones, even when the people step ran again.
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
   * `fragments` (then the caller formats them all). `spans`, when the caller
   * has them, are fileSpans' of the same rows. Parts are passed on as the
   * bytes read, never decoded into one string of the whole table.
   */
  pieces(rows: readonly object[], columns: readonly string[], table: keyof ArticleTables, fragments: ArticleFragments, spans: readonly FileSpan[] | undefined = fileSpans(rows, columns, table, fragments)): Iterable<string | Uint8Array> | undefined {
    return spans && this.walk(rows, columns, table, spans);
  }

  private *walk(rows: readonly object[], columns: readonly string[], table: keyof ArticleTables, spans: readonly FileSpan[]): Generator<string | Uint8Array> {
    const used = new Set<string>();
    let first = true;
    for (const {start, length, id} of spans) {
      const slice = () => rows.slice(start, start + length) as object[];
      if (!first) yield "\n";
      first = false;
      yield id ? this.part(slice, columns, table, id, used) : csvFormatBody(slice() as any[], columns as string[]);
    }
    pruneParts(this.dir, table, ".csv", used);
  }

  /** The lines of one file's rows: the bytes of its part (in the reused buffer), else formatted and kept. */
  private part(rows: () => object[], columns: readonly string[], table: string, id: string, used: Set<string>): string | Uint8Array {
    const name = partName(table, id, this.version, ".csv");
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
}
