import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it, vi} from "vitest";
import {cachedDerived, type DerivedCache} from "../../../loaders/io/derived-cache.js";

/** A cache of a number written as text; `built` counts the builds. */
function numberCache(path: string): DerivedCache<number> & {built: number} {
  const cache = {
    path,
    built: 0,
    decode: (bytes: Buffer) => (/^\d+$/.test(bytes.toString()) ? Number(bytes.toString()) : undefined),
    build: () => {
      cache.built++;
      return 42;
    },
    encode: (value: number) => String(value),
    what: "number cache",
    source: "the test"
  };
  return cache;
}

describe("cachedDerived", () => {
  const cases: [string, string | undefined, number, number][] = [
    // [case, file content before (undefined: no file), value, builds]
    ["no file: built and written", undefined, 42, 1],
    ["a file in its layout: read, not built", "7", 7, 0],
    ["a file not in its layout: built again", "junk", 42, 1],
    ["an empty file: built again", "", 42, 1]
  ];
  it.each(cases)("%s", (_, before, value, builds) => {
    const path = join(mkdtempSync(join(tmpdir(), "derived-")), "sub", "n.cache");
    if (before !== undefined) {
      cachedDerived({...numberCache(path), build: () => 0}); // makes the folder
      writeFileSync(path, before);
    }
    const cache = numberCache(path);
    expect(cachedDerived(cache)).toBe(value);
    expect(cache.built).toBe(builds);
    expect(readFileSync(path, "utf8")).toBe(String(value));
  });

  it("warns, naming the cache and its source, when the file cannot be written", () => {
    const dir = mkdtempSync(join(tmpdir(), "derived-"));
    writeFileSync(join(dir, "file"), "");
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    try {
      // a path below a plain file cannot be made
      expect(cachedDerived(numberCache(join(dir, "file", "n.cache")))).toBe(42);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/^number cache not written \(.+\); it is read from the test each time$/u);
    } finally {
      warn.mockRestore();
    }
  });
});
