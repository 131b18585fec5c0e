import {describe, expect, test} from "vitest";
import {InputError} from "../../../loaders/ingest/decode.js";
import {normaliseKey, parseSources} from "../../../loaders/ingest/sources.js";

describe("normaliseKey", () => {
  test.each<[string, string]>([
    ["a.txt", "a.txt"],
    ["./a.txt", "a.txt"],
    ["blatt/a.txt", "blatt/a.txt"],
    ["blatt\\a.txt", "blatt/a.txt"],
    ["./blatt//a.txt", "blatt/a.txt"]
  ])("%j → %j", (key, expected) => expect(normaliseKey(key)).toBe(expected));
});

describe("parseSources", () => {
  test("entries by normalised key, plain names and relative paths alike", () => {
    const {entries, warnings} = parseSources("a.txt:\n  outlet: Abendblatt\n./blatt/b.txt:\n  published: 2026-03-20\n  language: de\n");
    expect(Object.fromEntries(entries)).toEqual({"a.txt": {outlet: "Abendblatt"}, "blatt/b.txt": {published: "2026-03-20", language: "de"}});
    expect(warnings).toEqual([]);
  });

  test.each<[string, string, Record<string, object>, string[]]>([
    ["an unknown key", "a.txt:\n  outlet: Abendblatt\n  publishd: 2026-03-12\n", {"a.txt": {outlet: "Abendblatt"}}, ['entry "a.txt": unknown key "publishd" (known: outlet, title, published, url, language); ignored']],
    ["a German date", "a.txt:\n  published: 18.3.26\n", {"a.txt": {published: "2026-03-18"}}, []],
    ["a date that cannot be read", "a.txt:\n  published: Mitte März\n  outlet: X\n", {"a.txt": {outlet: "X"}}, ['entry "a.txt": published must be YYYY-MM-DD, D.M.YY or DD.MM.YYYY, got "Mitte März"']],
    ["an entry that is no mapping", "a.txt: Abendblatt\nb.txt:\n  outlet: X\n", {"b.txt": {outlet: "X"}}, ['entry "a.txt" is not a mapping of key: value pairs; ignored']],
    ["an empty file", "# nur ein Kommentar\n", {}, []]
  ])("%s", (_, text, entries, warnings) => {
    const parsed = parseSources(text);
    expect(Object.fromEntries(parsed.entries)).toEqual(entries);
    expect(parsed.warnings).toEqual(warnings);
  });

  test.each<[string, string, string]>([
    // one indentation typo: line and column of the file, the whole reason, the line's text, no dangling colon
    ["a bad indentation", "a.txt:\n  outlet: X\n published: 2026-03-12\n", 'not valid YAML (line 3, column 1, at " published: 2026-03-12"): All mapping items must start at the same column'],
    ["a key without a value", "a.txt:\n  outlet: X\nb.txt\n", 'not valid YAML (line 3, column 1, at "b.txt"): Implicit map keys need to be followed by map values'],
    ["a repeated entry", "a.txt:\n  outlet: X\na.txt:\n  outlet: Y\n", 'not valid YAML (line 3, column 1, at "a.txt:"): Map keys must be unique'],
    // an unclosed bracket: the line that opens it, and where YAML noticed it
    ["an unclosed bracket", "a.txt:\n  published: [2026-03-12\nb.txt:\n  outlet: Y\n", 'not valid YAML (line 2, at "  published: [2026-03-12"; noticed at line 3, column 1): Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ["a list", "- a.txt\n- b.txt\n", 'not a mapping of file names to metadata (expected "name.txt:" lines with indented key: value pairs)']
  ])("rejects %s", (_, text, message) => {
    expect(() => parseSources(text)).toThrow(new InputError(message));
  });
});
