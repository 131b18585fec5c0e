import {describe, expect, test} from "vitest";
import {decode} from "../../../loaders/ingest/decode.js";
import {splitFrontMatter} from "../../../loaders/ingest/frontmatter.js";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decode", () => {
  test.each<[string, Uint8Array, string]>([
    ["UTF-8", utf8("Grüße\r\naus Köln"), "Grüße\naus Köln"],
    ["UTF-8 with BOM", bytes(0xef, 0xbb, 0xbf, ...utf8("Straße")), "Straße"],
    ["Windows-1252", bytes(0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x84, 0x61, 0x93), "Grüße „a“"],
    ["old Mac line ends", utf8("a\rb"), "a\nb"],
    ["UTF-16 with BOM", bytes(0xff, 0xfe, 0x41, 0, 0xe4, 0), "Aä"]
  ])("%s", (_, input, expected) => {
    expect(decode(input).text).toBe(expected);
  });

  test.each<[string, Uint8Array, RegExp]>([
    ["empty", bytes(), /empty/],
    ["whitespace only", utf8(" \n\t \n"), /empty/],
    ["binary", bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d), /binary/],
    ["C1 control bytes", bytes(0x41, 0x81, 0x8d, 0x41), /cannot be decoded/]
  ])("rejects %s", (_, input, reason) => {
    expect(() => decode(input)).toThrow(reason);
  });
});

describe("splitFrontMatter", () => {
  test("reads known keys and removes the block from the text", () => {
    const {text, meta} = splitFrontMatter("---\noutlet: Die Zeit\npublished: 2025-02-13\n---\nText.");
    expect(meta).toEqual({outlet: "Die Zeit", published: "2025-02-13"});
    expect(text).toBe("Text.");
  });
  test.each<[string, RegExp]>([
    ["---\noutlet: X\nText ohne Ende", /no closing/],
    ["---\noutlet: [unclosed\n---\nText", /broken front matter/],
    ["---\n- a\n- b\n---\nText", /key: value/],
    ["---\npublished: gestern\n---\nText", /YYYY-MM-DD/],
    // the place is a line of the file (front matter starts on line 2), with no dangling colon
    ["---\noutlet: X\npublished: [2026-11-18\ntitle: Y\n---\nText", /^broken front matter \(line 4, column 1\): Flow sequence .*\]$/]
  ])("rejects %j", (input, reason) => {
    expect(() => splitFrontMatter(input)).toThrow(reason);
  });
  test("text without front matter is unchanged", () => {
    expect(splitFrontMatter("--- nicht am Anfang\nText").text).toBe("--- nicht am Anfang\nText");
  });
});
