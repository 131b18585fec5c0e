import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {expect, it} from "vitest";

/** What the shared cases need to know of one derived cache file (loaders/io/derived-cache.ts). */
export interface DerivedCacheFile<T> {
  /** The file's default path, and the pattern its name must match (package version, size, format, extension). */
  path: string;
  name: RegExp;
  /** Reads the file at a path, building and writing it when it is missing or unreadable. */
  read: (path: string) => T;
  /** Whether what was built holds a word it must hold. */
  holds: (built: T) => boolean;
  /** Contents that are not a cache of this kind (an empty file, another layout): the file is built again. */
  stale: string;
}

/** The cases every derived cache file shares: its name, writing on first use, reading back, and rebuilding a stale file. */
export function derivedCacheCases<T>(file: DerivedCacheFile<T>): void {
  it("is named after the package's version, size and format", () => {
    expect(file.path).toMatch(file.name);
  });

  it("writes the file on first use, reads it back, and builds a stale one again", () => {
    const path = join(mkdtempSync(join(tmpdir(), "derived-")), "sub", "file");
    const built = file.read(path);
    expect(existsSync(path)).toBe(true);
    expect(file.holds(built)).toBe(true);
    expect(file.read(path)).toEqual(built);
    writeFileSync(path, file.stale);
    expect(file.read(path)).toEqual(built);
    expect(readFileSync(path, "utf8")).not.toBe(file.stale);
  });
}
