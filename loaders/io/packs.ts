import {closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync} from "node:fs";
import {join} from "node:path";
import {writeByRename} from "./writeByRename.js";

/** Where one entry's JSON lies: which pack, byte offset, byte length. */
interface Location {
  pack: number;
  offset: number;
  length: number;
}

/** Keys are SHA-1 hex digests: 40 ASCII bytes, then a tab. */
const KEY_BYTES = 40;
const CHUNK = 1 << 20;

/**
 * Append-only pack files of `key<TAB>json` lines in one folder. Only the
 * location of each entry is held in memory, never its text: entries are read
 * from disk when asked for, so a cache of hundreds of megabytes costs a few
 * megabytes of memory. Each process appends to a pack of its own (safe to
 * share between processes); `compact(keep)` rewrites the kept entries into one
 * pack and removes the others.
 */
export class PackStore {
  private readonly packs: string[] = [];
  private readonly fds: (number | undefined)[] = [];
  private readonly index = new Map<string, Location>();
  private readonly own: number;
  private ownSize = 0;
  private flushed = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private scanned = false;

  /** Lists the packs of the folder; they are indexed only when an entry is first looked up. */
  constructor(readonly dir: string, ownName: string) {
    const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".jsonl")).sort() : [];
    for (const name of names) this.packs.push(join(dir, name));
    this.own = this.packs.push(join(dir, ownName)) - 1;
  }

  /** True once the existing packs have been indexed (by a look-up, `size` or `compact`). */
  get indexed(): boolean {
    return this.scanned;
  }

  get size(): number {
    return this.ensureIndex().size;
  }

  /** Number of pack files read or written. */
  get packCount(): number {
    return this.packs.length;
  }

  has(key: string): boolean {
    return this.ensureIndex().has(key);
  }

  /** The JSON text of an entry, read from its pack; undefined when absent or unreadable. */
  get(key: string): string | undefined {
    const at = this.ensureIndex().get(key);
    if (!at) return undefined;
    if (at.pack === this.own && at.offset + at.length > this.flushed) this.flush();
    try {
      const fd = (this.fds[at.pack] ??= openSync(this.packs[at.pack], "r"));
      const buffer = Buffer.allocUnsafe(at.length);
      readSync(fd, buffer, 0, at.length, at.offset);
      return buffer.toString("utf8");
    } catch {
      return undefined; // removed by another process's compaction meanwhile
    }
  }

  put(key: string, json: string): void {
    const line = Buffer.from(`${key}\t${json}\n`);
    const start = this.ownSize + this.pendingBytes;
    this.index.set(key, {pack: this.own, offset: start + KEY_BYTES + 1, length: line.length - KEY_BYTES - 2});
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes > CHUNK) this.flush();
  }

  /** Writes pending entries to this process's pack. */
  flush(): void {
    if (!this.pending.length) return;
    mkdirSync(this.dir, {recursive: true});
    const fd = openSync(this.packs[this.own], "a");
    try {
      writeSync(fd, Buffer.concat(this.pending));
    } finally {
      closeSync(fd);
    }
    this.ownSize += this.pendingBytes;
    this.flushed = this.ownSize;
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Rewrites the entries of `keep` into one new pack and removes every other pack. */
  compact(keep: Iterable<string>, name: string): void {
    this.ensureIndex();
    this.flush();
    const target = join(this.dir, name);
    const fd = openSync(`${target}.tmp`, "w");
    try {
      for (const key of keep) {
        const json = this.get(key);
        if (json !== undefined) writeSync(fd, `${key}\t${json}\n`);
      }
    } finally {
      closeSync(fd);
    }
    this.close();
    renameSync(`${target}.tmp`, target);
    for (const pack of this.packs) if (pack !== target) rmSync(pack, {force: true}), rmSync(indexPath(pack), {force: true});
  }

  /** Flushes and closes the files. */
  close(): void {
    this.flush();
    for (const fd of this.fds) if (fd !== undefined) closeSync(fd);
    this.fds.length = 0;
  }

  /** Indexes the packs that were there at construction; entries put since then keep precedence. */
  private ensureIndex(): Map<string, Location> {
    if (!this.scanned) {
      this.scanned = true;
      for (let pack = 0; pack < this.own; pack++) this.scan(pack);
    }
    return this.index;
  }

  /** Indexes one pack in 1 MB chunks: the key and location of every complete line. */
  private scan(pack: number): void {
    const path = this.packs[pack];
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch {
      return; // compacted away by another process meanwhile
    }
    // what an earlier scan of this pack found (packs only grow, so the lines up to its end are the same), then the rest
    const known = readIndex(path);
    const found: {keys: string[]; offsets: number[]; lengths: number[]} = {keys: [], offsets: [], lengths: []};
    const add = (k: string, offset: number, length: number) => {
      found.keys.push(k);
      found.offsets.push(offset);
      found.lengths.push(length);
      if (this.index.get(k)?.pack !== this.own) this.index.set(k, {pack, offset, length});
    };
    if (known) for (let e = 0; e < known.offsets.length; e++) add(known.keys.slice(e * KEY_BYTES, (e + 1) * KEY_BYTES), known.offsets[e], known.lengths[e]);
    const buffer = Buffer.allocUnsafe(CHUNK);
    let base = known?.end ?? 0;
    let lineStart = base;
    let key = "";
    try {
      for (let n; (n = readSync(fd, buffer, 0, CHUNK, base)) > 0; base += n) {
        let i = 0;
        while (i < n) {
          if (key.length < KEY_BYTES + 1) {
            const take = Math.min(KEY_BYTES + 1 - key.length, n - i);
            const broken = buffer.indexOf(10, i);
            if (broken >= 0 && broken < i + take) {
              // a line shorter than a key: damaged, skip it
              lineStart = base + broken + 1;
              key = "";
              i = broken + 1;
              continue;
            }
            key += buffer.toString("latin1", i, i + take);
            i += take;
            continue;
          }
          const nl = buffer.indexOf(10, i);
          if (nl < 0 || nl >= n) break;
          const end = base + nl;
          if (key[KEY_BYTES] === "\t") add(key.slice(0, KEY_BYTES), lineStart + KEY_BYTES + 1, end - lineStart - KEY_BYTES - 1);
          lineStart = end + 1;
          key = "";
          i = nl + 1;
        }
      }
    } finally {
      closeSync(fd);
    }
    // a large pack's index is kept beside it, so the next run reads it instead of the pack
    if (lineStart - (known?.end ?? 0) >= CHUNK) writeIndex(path, {end: lineStart, keys: found.keys.join(""), offsets: found.offsets, lengths: found.lengths});
  }
}

/** What a scan of a pack found up to `end` (where its last complete line ends): keys (40 characters each, joined) and locations. */
interface PackIndex {
  end: number;
  keys: string;
  offsets: number[];
  lengths: number[];
}

/** Where a pack's index is kept. */
function indexPath(pack: string): string {
  return `${pack}.idx`;
}

/** A pack's kept index, when it is whole and the pack still reaches its end (else the pack is scanned). */
function readIndex(pack: string): PackIndex | undefined {
  try {
    const index = JSON.parse(readFileSync(indexPath(pack), "utf8")) as PackIndex;
    const n = index.offsets.length;
    if (!Number.isInteger(index.end) || index.lengths.length !== n || index.keys.length !== n * KEY_BYTES || statSync(pack).size < index.end) return undefined;
    return index;
  } catch {
    return undefined;
  }
}

function writeIndex(pack: string, index: PackIndex): void {
  try {
    writeByRename(indexPath(pack), JSON.stringify(index));
  } catch {
    // a read-only cache folder: scanned again next time
  }
}
