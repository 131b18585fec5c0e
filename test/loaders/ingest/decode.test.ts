import {describe, expect, test} from "vitest";
import {decode, holdsUtf8Sequence, mixedEncoding, withoutBom} from "../../../loaders/ingest/decode.js";
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

  // UTF-8 text with some Latin-1/Windows-1252 bytes: the UTF-8 sequences stay UTF-8, only the other bytes are read as Windows-1252
  test.each<[string, Uint8Array, string, string, number]>([
    ["UTF-8 with one Latin-1 ü", bytes(...utf8("„Grüße“ aus K"), 0xf6, ...utf8("ln")), "„Grüße“ aus Köln", "utf-8+windows-1252", 1],
    ["UTF-8 with Windows-1252 quotes", bytes(0x84, ...utf8("schön"), 0x93), "„schön“", "utf-8+windows-1252", 2],
    ["a Latin-1 byte before a UTF-8 character", bytes(0xe4, ...utf8("ß")), "äß", "utf-8+windows-1252", 1],
    ["a cut-off UTF-8 sequence at the end", bytes(...utf8("Maß"), 0xc3), "MaßÃ", "utf-8+windows-1252", 1],
    ["BOM, then mixed", bytes(0xef, 0xbb, 0xbf, ...utf8("Straße "), 0xfc), "Straße ü", "utf-8+windows-1252", 1],
    // no UTF-8 sequence at all: plain Windows-1252, as before
    ["pure Windows-1252", bytes(0x84, 0x47, 0x72, 0xfc, 0xdf, 0x65, 0x93), "„Grüße“", "windows-1252", 0],
    ["pure UTF-8", utf8("Grüße"), "Grüße", "utf-8", 0]
  ])("%s", (_, input, text, encoding, repaired) => {
    expect(decode(input)).toEqual({text, encoding});
    // the count the warning names (mixedEncoding), and the same text when the caller hands that reading over
    const reading = mixedEncoding(withoutBom(input));
    expect(reading?.repaired ?? 0).toBe(repaired);
    if (encoding !== "utf-8") expect(decode(input, reading ?? null)).toEqual({text, encoding});
  });

  test.each<[string, Uint8Array, {text: string; repaired: number} | undefined]>([
    ["mixed", bytes(...utf8("ä"), 0xe4), {text: "ää", repaired: 1}],
    // overlong forms and surrogates are no UTF-8 sequences
    ["an overlong form", bytes(0xc0, 0xaf, ...utf8("ü")), {text: "À¯ü", repaired: 2}],
    ["an encoded surrogate", bytes(0xed, 0xa0, 0x80, ...utf8("ü")), {text: "í\u00a0€ü", repaired: 3}],
    ["Latin-1 only", bytes(0x4b, 0xf6, 0x6c, 0x6e), undefined],
    ["ASCII only", utf8("Koeln"), undefined]
  ])("mixedEncoding: %s", (_, input, expected) => {
    expect(mixedEncoding(input)).toEqual(expected);
    // the cheap yes/no answers as mixedEncoding does
    expect(holdsUtf8Sequence(input)).toBe(expected !== undefined);
  });

  test.each<[string, Uint8Array, RegExp]>([
    ["empty", bytes(), /empty/],
    ["whitespace only", utf8(" \n\t \n"), /empty/],
    ["binary", bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d), /binary/],
    ["C1 control bytes", bytes(0x41, 0x81, 0x8d, 0x41), /cannot be decoded/],
    ["C1 control bytes in UTF-8 text", bytes(...utf8("Grüße"), 0x81), /cannot be decoded/]
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
    ["---\npublished: gestern\n---\nText", /YYYY-MM-DD, D.M.YY or DD.MM.YYYY, got "gestern"/],
    // the place is a line of the file (front matter starts on line 2), with no dangling colon
    // an unclosed bracket or quote is named on its own line, with the line's text and where YAML noticed it
    ["---\noutlet: X\npublished: [2026-11-18\ntitle: Y\n---\nText", /^broken front matter \(line 3, at "published: \[2026-11-18"; noticed at line 4, column 1\): Flow sequence .*\]$/],
    ["---\ntitle: \"Streik im Hafen\noutlet: X\n---\nText", /^broken front matter \(line 2, at "title: "Streik im Hafen"; noticed at line 4, column 1\): Missing closing "quote$/],
    // an error on the line where it lies: that line
    ["---\noutlet: X\n  title: Y\n---\nText", /^broken front matter \(line 2, column 9, at "outlet: X"\): Nested mappings/]
  ])("rejects %j", (input, reason) => {
    expect(() => splitFrontMatter(input)).toThrow(reason);
  });
  test("a German date in front matter is read", () => {
    expect(splitFrontMatter("---\npublished: 18.3.26\n---\nText.").meta).toEqual({published: "2026-03-18"});
  });
  test("text without front matter is unchanged", () => {
    expect(splitFrontMatter("--- nicht am Anfang\nText").text).toBe("--- nicht am Anfang\nText");
  });
});
