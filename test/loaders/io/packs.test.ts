import {appendFileSync, mkdtempSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PackStore} from "../../../loaders/io/packs.js";

const key = (n: number) => n.toString(16).padStart(40, "0");

describe("PackStore", () => {
  test("entries survive reopening, with byte offsets right for non-ASCII text", () => {
    const dir = mkdtempSync(join(tmpdir(), "pressespiegel-packs-"));
    const a = new PackStore(dir, "pack-a.jsonl");
    const values = ["„Wir verhandeln“, sagte Putin.", "Grüße aus Köln 😀", "x".repeat(3_000_000)];
    values.forEach((v, i) => a.put(key(i), JSON.stringify(v)));
    expect(JSON.parse(a.get(key(1))!)).toBe(values[1]); // readable before it is flushed
    a.close();
    const b = new PackStore(dir, "pack-b.jsonl");
    values.forEach((v, i) => expect(JSON.parse(b.get(key(i))!)).toBe(v));
    expect(b.get(key(99))).toBeUndefined();
    b.close();
  });

  test("damaged and truncated lines are skipped; compaction keeps only what is asked", () => {
    const dir = mkdtempSync(join(tmpdir(), "pressespiegel-packs-"));
    const a = new PackStore(dir, "pack-a.jsonl");
    for (let i = 0; i < 5; i++) a.put(key(i), JSON.stringify({i}));
    a.close();
    appendFileSync(join(dir, "pack-a.jsonl"), "kurz\n" + key(7) + "\t{\"i\":7}\n" + key(8) + "\t{\"i\":"); // short line, good line, unfinished line
    const b = new PackStore(dir, "pack-b.jsonl");
    expect(b.size).toBe(6);
    expect(JSON.parse(b.get(key(7))!)).toEqual({i: 7});
    expect(b.has(key(8))).toBe(false);
    b.compact([key(1), key(7)], "pack-c.jsonl");
    expect(readdirSync(dir)).toEqual(["pack-c.jsonl"]);
    const c = new PackStore(dir, "pack-d.jsonl");
    expect(c.size).toBe(2);
    expect(JSON.parse(c.get(key(1))!)).toEqual({i: 1});
  });
});
