import {describe, expect, test} from "vitest";
import {frontMatterWarnings} from "../../../loaders/ingest/frontmatter.js";

describe("frontMatterWarnings: unknown keys are named, as in sources.yaml", () => {
  test.each<[string, string, string[]]>([
    ["no front matter", "Titel\n\nText.", []],
    ["known keys only", "---\noutlet: Stadtblatt\npublished: 2026-03-12\n---\nText.", []],
    ["a misspelt key", "---\noutlet: Stadtblatt\npublishd: 2026-03-12\n---\nText.", ['front matter: unknown key "publishd" (known: outlet, title, published, url, language); ignored']],
    ["two unknown keys, CRLF and BOM", "\uFEFF---\r\nautor: X\r\nquelle: Y\r\n---\r\nText.", ['front matter: unknown key "autor" (known: outlet, title, published, url, language); ignored', 'front matter: unknown key "quelle" (known: outlet, title, published, url, language); ignored']],
    ["a bad date is rejected elsewhere, not warned", "---\npublished: bald\n---\nText.", []],
    ["broken YAML is rejected elsewhere, not warned", "---\noutlet: [a\n---\nText.", []],
    ["unclosed front matter", "---\noutlet: a\nText.", []]
  ])("%s", (_, text, expected) => expect(frontMatterWarnings(text)).toEqual(expected));
});
