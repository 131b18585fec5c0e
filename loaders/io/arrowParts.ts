import {closeSync, fstatSync, openSync, readSync} from "node:fs";
import {join} from "node:path";
import type {Vector} from "apache-arrow";
import {arrow} from "./arrowLib.js";
import {boolVector, type ColumnKind, columnKind, emptyKind, joinKinds, numberBuffers, numberVector, utf8Buffers, utf8Vector} from "./arrowRows.js";
import {type FileSpan, fileBatches} from "./fileSpans.js";
import {packageVersion} from "./packageVersion.js";
import {partName, pruneParts} from "./partFiles.js";
import {writeByRename} from "./writeByRename.js";

/** The kinds a stream's columns can have (rowsToArrow's Int32, Float64, Bool and Utf8). */
type BatchKind = "int" | "float" | "bool" | "string";

/** The end-of-stream marker of an Arrow IPC stream: a continuation word and a zero length. */
const EOS = new Uint8Array([255, 255, 255, 255, 0, 0, 0, 0]);

/** The most bytes a part's header line takes (its name, length, kinds and size as JSON). */
const HEAD_MAX = 4096;

/** A batch of the stream: its rows, its id when it is kept, and its message once read or encoded. */
interface Batch extends FileSpan {
  /** The file name of its part (partName), when there is a cache and the span has an id. */
  name?: string;
  /** The kinds of its own values (undefined: all null), from its part or its rows. */
  kinds?: (ColumnKind | undefined)[];
  /** Its kept part: its header line (as read, to check it is the same file when the message is read), where the message starts, its size and the stream kinds it was encoded in. */
  part?: {head: Buffer; at: number; bytes: number; schema: string};
  message?: Uint8Array;
}

/**
 * The Arrow IPC stream of a per-article table made of one record batch per
 * input file (fileBatches in fileSpans.ts: a file of two or more articles, or
 * a run of one-article files), so that a re-run concatenates the batches it
 * kept instead of building every column again: a file's span with an id keeps
 * its batch's message (metadata and body, which hold no offsets outside the
 * message) in `<dir>/<table>-<hash>.arrow`, under the column types of the
 * stream it was made for. Without `dir` (no cache) every batch is encoded,
 * giving the same bytes. The column types are rowsToArrow's (Int32, Float64,
 * Bool, Utf8) inferred over all the table's values (each batch's kinds kept in
 * its part's header), so a float in an added file re-encodes every batch once.
 * Tables with a NaN or a column of mixed kinds are left to rowsToArrow
 * (undefined), as are tables whose rows do not line up with the files (no spans).
 */
export class ArrowParts {
  private readonly version = `apache-arrow@${packageVersion("apache-arrow")} parts@2`;

  /** @param dir where the batches are kept (the cache); undefined: none kept, every batch encoded */
  constructor(private readonly dir?: string) {}

  /** The table's Arrow IPC stream of one batch per file, or undefined when rowsToArrow must build it. */
  tableIpc(rows: readonly object[], columns: readonly string[], table: string, spans: readonly FileSpan[]): {bytes: Uint8Array; nan: false} | undefined {
    if (!rows.length) return undefined;
    const batches: Batch[] = fileBatches(spans);
    const used = new Set<string>();
    // the kinds of every batch (a kept one's from its header), then the stream's
    for (const batch of batches) {
      if (this.dir && batch.id) {
        batch.name = partName(table, batch.id, this.version, ".arrow");
        used.add(batch.name);
        this.readHead(batch, columns.length);
      }
      if (!batch.kinds) {
        const kinds = batchKinds(rows, columns, batch);
        if (!kinds) return undefined;
        batch.kinds = kinds;
      }
    }
    const kinds: BatchKind[] = [];
    for (let c = 0; c < columns.length; c++) {
      let kind: ColumnKind | undefined;
      for (const batch of batches) kind = joinKinds(kind, batch.kinds![c]);
      kind ??= emptyKind(columns[c]);
      if (kind === "mixed") return undefined;
      kinds.push(kind);
    }
    const schema = kinds.join(",");
    let size = 0;
    for (const batch of batches) {
      if (batch.part?.schema !== schema) {
        batch.message = batchMessage(rows.slice(batch.start, batch.start + batch.length), columns, kinds);
        if (batch.name) this.write(batch.name, batch, schema);
      }
      size += batch.message ? batch.message.byteLength : batch.part!.bytes;
    }
    const head = schemaMessage(columns, kinds);
    const bytes = new Uint8Array(head.byteLength + size + EOS.byteLength);
    bytes.set(head);
    let at = head.byteLength;
    for (const batch of batches) {
      if (batch.message) bytes.set(batch.message, at);
      else if (!this.readMessage(batch, bytes, at)) return undefined;
      at += batch.message ? batch.message.byteLength : batch.part!.bytes;
    }
    bytes.set(EOS, at);
    if (this.dir) pruneParts(this.dir, table, ".arrow", used);
    return {bytes, nan: false};
  }

  /**
   * Reads the header of a batch's kept part (its kinds), unless there is none or it is damaged. The file is
   * closed again: a table of many kept batches holds no file open while the others are read or encoded.
   */
  private readHead(batch: Batch, width: number): void {
    let fd: number;
    try {
      fd = openSync(join(this.dir!, batch.name!), "r");
    } catch {
      return;
    }
    try {
      const head = Buffer.alloc(HEAD_MAX);
      const got = readSync(fd, head, 0, HEAD_MAX, 0);
      const line = head.subarray(0, got).indexOf(10);
      let parsed: {name?: string; length?: number; kinds?: (ColumnKind | null)[]; schema?: string; bytes?: number} | undefined;
      try {
        parsed = line > 0 ? JSON.parse(head.toString("utf8", 0, line)) : undefined;
      } catch {
        parsed = undefined;
      }
      const ok = parsed && parsed.name === batch.name && parsed.length === batch.length && parsed.kinds?.length === width && typeof parsed.schema === "string" && parsed.bytes === fstatSync(fd).size - line - 1;
      if (!ok) return;
      batch.kinds = parsed!.kinds!.map((k) => k ?? undefined);
      batch.part = {head: Buffer.from(head.subarray(0, line + 1)), at: line + 1, bytes: parsed!.bytes!, schema: parsed!.schema!};
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Reads a kept batch's message into `into` at `offset`; false when its part is gone, or is no longer the file
   * whose header was read (another run replaced it) or is shorter.
   */
  private readMessage(batch: Batch, into: Uint8Array, offset: number): boolean {
    const {head, at, bytes} = batch.part!;
    let fd: number;
    try {
      fd = openSync(join(this.dir!, batch.name!), "r");
    } catch {
      return false;
    }
    try {
      if (fstatSync(fd).size !== at + bytes) return false;
      const now = Buffer.alloc(at);
      return readAll(fd, now, 0, at, 0) && now.equals(head) && readAll(fd, into, offset, bytes, at);
    } finally {
      closeSync(fd);
    }
  }

  private write(name: string, batch: Batch, schema: string): void {
    const head = Buffer.from(`${JSON.stringify({name, length: batch.length, kinds: batch.kinds!.map((k) => k ?? null), schema, bytes: batch.message!.byteLength})}\n`);
    try {
      writeByRename(join(this.dir!, name), Buffer.concat([head, batch.message!]));
    } catch (error) {
      process.emitWarning(`Arrow part ${join(this.dir!, name)} could not be kept: ${(error as Error).message}`);
    }
  }
}

/** Reads `length` bytes at `position` of `fd` into `into` at `offset`; false when the file is shorter. */
function readAll(fd: number, into: Uint8Array, offset: number, length: number, position: number): boolean {
  for (let done = 0; done < length; ) {
    const n = readSync(fd, into, offset + done, length - done, position + done);
    if (n <= 0) return false;
    done += n;
  }
  return true;
}

/** The kinds of one batch's columns, or undefined for a NaN or mixed kinds. */
function batchKinds(rows: readonly object[], columns: readonly string[], {start, length}: FileSpan): (ColumnKind | undefined)[] | undefined {
  const seen = {nan: false};
  const kinds: (ColumnKind | undefined)[] = [];
  for (const name of columns) {
    const values: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) values[i] = (rows[start + i] as Record<string, unknown>)[name];
    const kind = columnKind(values, seen);
    if (seen.nan || kind === "mixed") return undefined;
    kinds.push(kind);
  }
  return kinds;
}

/** An Arrow table of `rows` with the columns in the given kinds. */
function kindTable(rows: readonly object[], columns: readonly string[], kinds: readonly BatchKind[]) {
  const vectors: Record<string, Vector> = {};
  columns.forEach((name, c) => {
    const values = rows.map((row) => (row as Record<string, unknown>)[name]);
    vectors[name] =
      kinds[c] === "string" ? utf8Vector(utf8Buffers(values))
      : kinds[c] === "bool" ? boolVector(values)
      : numberVector(numberBuffers(values as number[], kinds[c] === "int"), kinds[c] === "int" ? new arrow.Int32() : new arrow.Float64());
  });
  return new arrow.Table(vectors);
}

/** The length of the first message of an IPC stream (continuation, metadata length, metadata; a schema has no body). */
function firstMessageLength(stream: Uint8Array): number {
  return 8 + new DataView(stream.buffer, stream.byteOffset, stream.byteLength).getInt32(4, true);
}

/** The schema message of a stream with these columns and kinds. */
function schemaMessage(columns: readonly string[], kinds: readonly BatchKind[]): Uint8Array {
  const stream = arrow.tableToIPC(kindTable([], columns, kinds), "stream");
  return stream.subarray(0, firstMessageLength(stream));
}

/** The record batch message of `rows` in the given kinds: the stream of their table less its schema and end marker. */
function batchMessage(rows: readonly object[], columns: readonly string[], kinds: readonly BatchKind[]): Uint8Array {
  const stream = arrow.tableToIPC(kindTable(rows, columns, kinds), "stream");
  return stream.subarray(firstMessageLength(stream), stream.byteLength - EOS.byteLength);
}
