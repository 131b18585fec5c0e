import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {ReusedBuffer} from "../../../loaders/io/reusedBuffer.js";

const dir = mkdtempSync(join(tmpdir(), "reused-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("ReusedBuffer", () => {
  test("reads files of growing and shrinking sizes exactly", () => {
    const reader = new ReusedBuffer();
    for (const [name, size] of [["a", 10], ["b", 3], ["c", 100_000], ["d", 0], ["e", 7]] as const) {
      const content = Buffer.alloc(size, name);
      writeFileSync(join(dir, name), content);
      expect(Buffer.from(reader.read(join(dir, name))).equals(content)).toBe(true);
    }
  });

  test("a missing file throws", () => {
    expect(() => new ReusedBuffer().read(join(dir, "missing"))).toThrow();
  });
});
