import {readFileSync} from "node:fs";
import {join} from "node:path";
import {arrow} from "./arrowLib.js";
import {type ColumnBuffers, type ColumnKind, columnKind, emptyKind, joinKinds, numberBuffers, numberVector, utf8Buffers, utf8Vector} from "./arrowRows.js";
import type {FileSpan} from "./fileSpans.js";
import {packageVersion} from "./packageVersion.js";
import {partName, pruneParts} from "./partFiles.js";
import {writeByRename} from "./writeByRename.js";

/** A column of one file's rows: its kind (undefined: all null) and, unless all null, its buffers in that kind. */
interface PieceColumn {
  kind?: "int" | "float" | "string";
  buffers?: ColumnBuffers;
}

/** Bytes of the sections are aligned to this in a part file (so typed arrays can view them). */
const ALIGN = 8;

/**
 * The Arrow stream of a per-article table put together from cached column
 * buffers per input file, as CsvParts does for its CSV: a file's span
 * (fileSpans.ts) with an id keeps each column's buffers (UTF-8 bytes and
 * offsets, Int32 or Float64 values, validity bits) in `<dir>/<table>-<hash>.arrow`;
 * a re-run reads them and only encodes the spans without a part (the added
 * article). The columns' types are those rowsToArrow infers from all values
 * (a kind per span, joined as columnKind joins values), and the buffers are
 * joined into the ones rowsToArrow builds, so the stream has the same bytes
 * (test/loaders/io/arrowParts.test.ts). Tables with a NaN, a boolean or a
 * column of mixed kinds are left to rowsToArrow (undefined).
 */
export class ArrowParts {
  private readonly version = `apache-arrow@${packageVersion("apache-arrow")} parts@1`;

  constructor(private readonly dir: string) {}

  /** The table's Arrow IPC stream from its spans' parts, or undefined when rowsToArrow must build it. */
  tableIpc(rows: readonly object[], columns: readonly string[], table: string, spans: readonly FileSpan[]): {bytes: Uint8Array; nan: boolean} | undefined {
    if (!rows.length) return undefined;
    const used = new Set<string>();
    const pieces: PieceColumn[][] = [];
    for (const span of spans) {
      const name = span.id && partName(table, span.id, this.version, ".arrow");
      if (name) used.add(name);
      let piece = name ? this.read(name, span.length, columns.length) : undefined;
      if (!piece) {
        piece = encode(rows.slice(span.start, span.start + span.length), columns);
        if (!piece) return undefined;
        if (name) this.write(name, span.length, piece);
      }
      pieces.push(piece);
    }
    pruneParts(this.dir, table, ".arrow", used);
    const vectors: Record<string, ReturnType<typeof utf8Vector>> = {};
    for (let c = 0; c < columns.length; c++) {
      let kind: ColumnKind | undefined;
      for (const piece of pieces) kind = joinKinds(kind, piece[c].kind);
      kind ??= emptyKind(columns[c]);
      if (kind === "mixed" || kind === "bool") return undefined;
      const joined = joinColumn(pieces.map((p) => p[c]), spans, kind);
      if (!joined) return undefined;
      vectors[columns[c]] = kind === "string" ? utf8Vector(joined) : numberVector(joined, kind === "int" ? new arrow.Int32() : new arrow.Float64());
    }
    return {bytes: arrow.tableToIPC(new arrow.Table(vectors), "stream"), nan: false};
  }

  /** A kept part, or undefined when there is none or it is damaged. */
  private read(name: string, length: number, width: number): PieceColumn[] | undefined {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(this.dir, name));
    } catch {
      return undefined;
    }
    if (bytes.byteOffset % ALIGN) bytes = bytes.slice();
    const line = bytes.indexOf(10);
    if (line < 0) return undefined;
    let head: {name?: string; length?: number; columns?: {kind?: PieceColumn["kind"]; nulls: number; sizes: number[]}[]; bytes?: number};
    try {
      head = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, line).toString("utf8"));
    } catch {
      return undefined;
    }
    let at = align(line + 1);
    if (head.name !== name || head.length !== length || head.bytes !== bytes.byteLength - at || head.columns?.length !== width) return undefined;
    const view = (size: number) => {
      const part = bytes.subarray(at, at + size);
      at = align(at + size);
      return part;
    };
    return head.columns.map(({kind, nulls, sizes}) => {
      if (!kind) return {};
      const valid = view(sizes[0]);
      const raw = view(sizes[1]);
      const offsets = kind === "string" ? view(sizes[2]) : undefined;
      const data = kind === "string" ? raw : kind === "int" ? new Int32Array(raw.buffer, raw.byteOffset, raw.byteLength >> 2) : new Float64Array(raw.buffer, raw.byteOffset, raw.byteLength >> 3);
      return {kind, buffers: {length, nulls, valid, data, offsets: offsets && new Int32Array(offsets.buffer, offsets.byteOffset, offsets.byteLength >> 2)}};
    });
  }

  private write(name: string, length: number, piece: PieceColumn[]): void {
    const sections: Uint8Array[] = [];
    const columns = piece.map(({kind, buffers}) => {
      if (!kind || !buffers) return {nulls: length, sizes: []};
      const parts = [buffers.valid, buffers.data, ...(buffers.offsets ? [buffers.offsets] : [])].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
      sections.push(...parts);
      return {kind, nulls: buffers.nulls, sizes: parts.map((p) => p.byteLength)};
    });
    let size = 0;
    for (const s of sections) size = align(size) + s.byteLength;
    const head = Buffer.from(`${JSON.stringify({name, length, columns, bytes: align(size)})}\n`);
    const out = new Uint8Array(align(head.byteLength) + align(size));
    out.set(head);
    let at = align(head.byteLength);
    for (const s of sections) {
      out.set(s, at);
      at = align(at + s.byteLength);
    }
    try {
      writeByRename(join(this.dir, name), out);
    } catch (error) {
      process.emitWarning(`Arrow part ${join(this.dir, name)} could not be kept: ${(error as Error).message}`);
    }
  }
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

/** One span's columns encoded in their own kinds, or undefined for a NaN, a boolean or mixed kinds. */
function encode(rows: readonly object[], columns: readonly string[]): PieceColumn[] | undefined {
  const seen = {nan: false};
  const piece: PieceColumn[] = [];
  for (const name of columns) {
    const values = rows.map((row) => (row as Record<string, unknown>)[name]);
    const kind = columnKind(values, seen);
    if (seen.nan || kind === "mixed" || kind === "bool") return undefined;
    piece.push(!kind ? {} : {kind, buffers: kind === "string" ? utf8Buffers(values) : numberBuffers(values as number[], kind === "int")});
  }
  return piece;
}

/** The spans' buffers of one column joined, in `kind` (an int span read as float; an all-null span as nulls), or undefined. */
function joinColumn(columns: readonly PieceColumn[], spans: readonly FileSpan[], kind: "int" | "float" | "string"): ColumnBuffers | undefined {
  let length = 0;
  let nulls = 0;
  let bytes = 0;
  for (let s = 0; s < columns.length; s++) {
    const {kind: own, buffers} = columns[s];
    if (own && own !== kind && !(own === "int" && kind === "float")) return undefined;
    length += spans[s].length;
    nulls += buffers ? buffers.nulls : spans[s].length;
    if (own === "string") bytes += buffers!.data.byteLength;
  }
  const valid = new Uint8Array((length + 7) >> 3);
  const data = kind === "string" ? new Uint8Array(bytes) : kind === "int" ? new Int32Array(length) : new Float64Array(length);
  const offsets = kind === "string" ? new Int32Array(length + 1) : undefined;
  let row = 0;
  let byte = 0;
  for (let s = 0; s < columns.length; s++) {
    const n = spans[s].length;
    const buffers = columns[s].buffers;
    if (!buffers) {
      if (offsets) offsets.fill(byte, row + 1, row + n + 1);
      row += n;
      continue;
    }
    if (nulls) setBits(valid, row, buffers.valid, n);
    if (offsets) {
      const own = buffers.offsets!;
      for (let i = 1; i <= n; i++) offsets[row + i] = byte + own[i];
      (data as Uint8Array).set(buffers.data as Uint8Array, byte);
      byte += buffers.data.byteLength;
    } else if (data instanceof Float64Array && buffers.data instanceof Int32Array) {
      for (let i = 0; i < n; i++) data[row + i] = buffers.data[i];
    } else data.set(buffers.data as any, row);
    row += n;
  }
  return {length, nulls, valid, data, offsets};
}

/** Copies `n` bits of `from` (from bit 0) into `to` from bit `at`. */
function setBits(to: Uint8Array, at: number, from: Uint8Array, n: number): void {
  if ((at & 7) === 0) {
    to.set(from.subarray(0, (n + 7) >> 3), at >> 3);
    return;
  }
  for (let i = 0; i < n; i++) if (from[i >> 3] & (1 << (i & 7))) to[(at + i) >> 3] |= 1 << ((at + i) & 7);
}
