import {appendFileSync, existsSync, mkdtempSync, readdirSync, truncateSync, writeFileSync} from "node:fs";
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

describe("a large pack's index kept beside it", () => {
  /** A pack of a bit more than a megabyte (a full run's), scanned once by a reader. */
  function bigPack() {
    const dir = mkdtempSync(join(tmpdir(), "pressespiegel-packs-"));
    const a = new PackStore(dir, "pack-a.jsonl");
    for (let i = 0; i < 40; i++) a.put(key(i), JSON.stringify({i, text: "ä".repeat(20_000)}));
    a.close();
    const b = new PackStore(dir, "pack-b.jsonl");
    expect(b.size).toBe(40);
    b.close();
    return {dir, pack: join(dir, "pack-a.jsonl")};
  }
  const cases: [name: string, change: (pack: string) => void, expected: number[]][] = [
    ["unchanged: the index gives every entry", () => {}, [...Array(40).keys()]],
    ["lines appended since (another process still writing): they are scanned on from the index's end", (pack) => appendFileSync(pack, key(50) + '\t{"i":50}\n' + key(51) + '\t{"i":'), [...Array(40).keys(), 50]],
    ["the pack cut short: the index is not used", (pack) => truncateSync(pack, 100_000), [0, 1]],
    ["a damaged index: the pack is scanned", (pack) => writeFileSync(`${pack}.idx`, "{"), [...Array(40).keys()]]
  ];
  test.each(cases)("%s", (_, change, expected) => {
    const {dir, pack} = bigPack();
    expect(existsSync(`${pack}.idx`)).toBe(true);
    change(pack);
    const c = new PackStore(dir, "pack-c.jsonl");
    expect(c.size).toBe(expected.length);
    for (const i of expected) expect(JSON.parse(c.get(key(i))!).i).toBe(i);
    c.close();
  });

  test("compaction removes the indexes of the packs it removes", () => {
    const {dir} = bigPack();
    const c = new PackStore(dir, "pack-c.jsonl");
    c.compact([key(1)], "pack-z.jsonl");
    expect(readdirSync(dir).filter((n) => n.endsWith(".idx"))).toEqual([]);
  });
});
