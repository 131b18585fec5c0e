import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {EXTRACTOR_VERSION} from "../extractors.js";
import type {ArticleTables} from "../types.js";
import type {Unit} from "./units.js";

/** What the cache keeps per input: the article id (for duplicate detection) and its rows. */
export interface CachedArticle {
  article_id: string;
  tables: ArticleTables;
}

const LOADERS = join(import.meta.dirname, "..");

/**
 * The part of every cache key that is the same for a whole run: the extractor
 * version (EXTRACTOR_VERSION), every file of the data folder (registers,
 * lexicons) and the source of loaders/ (rules and lexicons kept as code), so
 * editing any of them re-runs the extraction.
 */
export function runKey(dataDir: string): string {
  const hash = createHash("sha1").update(`${EXTRACTOR_VERSION}\0`);
  hashTree(hash, dataDir, dataDir);
  hashTree(hash, LOADERS, LOADERS);
  return hash.digest("hex");
}

function hashTree(hash: ReturnType<typeof createHash>, root: string, dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith(".") || entry === "node_modules") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) hashTree(hash, root, path);
    else hash.update(`${relative(root, path)}\0`).update(readFileSync(path)).update("\0");
  }
}

/**
 * A per-article cache in a folder (by default `<out>/.cache/`): one JSON file
 * per input, keyed by the run key and the input's content, name and given
 * metadata. Entries of other run keys are removed by `prune()`. Writes are
 * atomic (write, then rename), so parallel processes can share a folder.
 */
export class ArticleCache {
  readonly dir: string;
  hits = 0;
  misses = 0;

  constructor(readonly root: string, readonly run: string) {
    this.dir = join(root, "articles", run.slice(0, 16));
  }

  /** The key of one unit; undefined for units that are problems already. */
  key(unit: Unit): string | undefined {
    if ("problem" in unit) return undefined;
    const hash = createHash("sha1").update(`${this.run}\0${unit.file}\0`);
    if ("bytes" in unit) hash.update(JSON.stringify(unit.given)).update("\0").update(unit.bytes);
    else hash.update(JSON.stringify([unit.raw.given, unit.raw.givenSource ?? {}])).update("\0").update(unit.raw.text);
    return hash.digest("hex");
  }

  get(key: string): CachedArticle | undefined {
    const path = this.path(key);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      this.misses++;
      return undefined;
    }
    try {
      const value = JSON.parse(text) as CachedArticle;
      this.hits++;
      return value;
    } catch {
      this.misses++; // a damaged entry is recomputed
      return undefined;
    }
  }

  put(key: string, value: CachedArticle): void {
    const path = this.path(key);
    mkdirSync(join(path, ".."), {recursive: true});
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, path);
  }

  /** Removes the entries of other run keys (older extractor versions or data). */
  prune(): void {
    const articles = join(this.root, "articles");
    if (!existsSync(articles)) return;
    const current = this.run.slice(0, 16);
    for (const entry of readdirSync(articles)) if (entry !== current) rmSync(join(articles, entry), {recursive: true, force: true});
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }
}
