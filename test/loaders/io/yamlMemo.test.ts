import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {parseYaml} from "../../../loaders/config.js";
import {isPlainJson, memoYaml} from "../../../loaders/io/yamlMemo.js";

const dir = mkdtempSync(join(tmpdir(), "yaml-memo-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("memoYaml: data/ files parsed once per text", () => {
  test.each([
    ["a list of mappings", "- id: a\n  name: Anna Berg\n  aliases: [Berg]\n  roles:\n    - {role: Ministerin, from: 2021-12-08}\n"],
    ["numbers, booleans, nulls, empty", "a: 1\nb: 2.5\nc: true\nd: ~\ne: []\nf: {}\ng: ''\n"],
    ["an empty file", ""]
  ])("%s: the memo gives what parseYaml gives, parsed and read back", (name, text) => {
    const memo = join(dir, `m-${name.length}`);
    expect(memoYaml(memo)(text, "x.yaml")).toEqual(parseYaml(text, "x.yaml"));
    expect(readdirSync(memo)).toHaveLength(1);
    expect(memoYaml(memo)(text, "x.yaml")).toEqual(parseYaml(text, "x.yaml"));
  });

  test("the memo file is what is read back (a later run does not parse)", () => {
    const memo = join(dir, "read");
    memoYaml(memo)("a: 1\n", "x.yaml");
    const [name] = readdirSync(memo);
    writeFileSync(join(memo, name), JSON.stringify({a: 2}));
    expect(memoYaml(memo)("a: 1\n", "x.yaml")).toEqual({a: 2});
  });

  test("values JSON would not give back are not kept; a damaged memo is parsed again; bad YAML names the file", () => {
    const memo = join(dir, "odd");
    expect(memoYaml(memo)("a: .nan\n", "x.yaml")).toEqual({a: NaN});
    expect(existsSync(memo)).toBe(false);
    memoYaml(memo)("b: 1\n", "x.yaml");
    writeFileSync(join(memo, readdirSync(memo)[0]), "{");
    expect(memoYaml(memo)("b: 1\n", "x.yaml")).toEqual({b: 1});
    expect(() => memoYaml(memo)("a: [\n", "data/people.yaml")).toThrow("data/people.yaml");
  });

  test.each<[unknown, boolean]>([
    [{a: [1, "x", null, true, {b: 2.5}]}, true],
    [NaN, false],
    [-0, false],
    [new Date(0), false],
    [{a: undefined}, false],
    [JSON.parse('{"__proto__": 1}'), false],
    [new Map(), false]
  ])("isPlainJson(%o) is %s", (value, plain) => expect(isPlainJson(value)).toBe(plain));

  test("a value that holds itself is parsed, not kept", () => {
    const text = "a: &x [1, *x]\n";
    const memo = join(dir, "loop");
    const value = memoYaml(memo)(text, "loop.yaml") as {a: unknown[]};
    expect(value.a[1]).toBe(value.a);
    expect(existsSync(memo) ? readdirSync(memo) : []).toHaveLength(0);
    expect(isPlainJson({b: [2], c: [2]})).toBe(true);
  });
});
