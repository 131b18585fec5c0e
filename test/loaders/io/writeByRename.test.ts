import {mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {writeByRename} from "../../../loaders/io/writeByRename.js";

describe("writeByRename", () => {
  test("creates the folder, writes text or bytes, replaces an older file and leaves no private file behind", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "pressespiegel-rename-")), "a", "b");
    const path = join(dir, "memo.json");
    writeByRename(path, "first");
    expect(readFileSync(path, "utf8")).toBe("first");
    writeByRename(path, new Uint8Array([0x7b, 0x7d]));
    expect(readFileSync(path, "utf8")).toBe("{}");
    expect(readdirSync(dir)).toEqual(["memo.json"]);
  });

  test("a folder that cannot be made is an error naming it", () => {
    const file = join(mkdtempSync(join(tmpdir(), "pressespiegel-rename-")), "plain");
    writeByRename(file, "x");
    expect(() => writeByRename(join(file, "below", "memo.json"), "y")).toThrow(/plain/);
  });
});
