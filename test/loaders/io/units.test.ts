import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {runExtract} from "../../../loaders/io/runSync.js";
import {decode} from "../../../loaders/ingest/decode.js";
import {encodingWarnings, mixedReading} from "../../../loaders/io/units.js";

const dir = mkdtempSync(join(tmpdir(), "pressespiegel-units-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const utf8 = (s: string) => [...Buffer.from(s, "utf8")];

const BOM = [0xef, 0xbb, 0xbf];

describe("encodingWarnings", () => {
  test.each<[string, number[], string[]]>([
    ["UTF-8", utf8("Grüße aus Köln"), []],
    // the BOM is no UTF-8 text: decode reads what follows it as plain Windows-1252
    ["UTF-8 BOM, then Windows-1252 only", [...BOM, 0x47, 0x72, 0xfc, 0xdf, 0x65], []],
    ["UTF-8 BOM, then mixed", [...BOM, ...utf8("Grüße aus K"), 0xf6, ...utf8("ln")], ["mixed encoding: UTF-8 with 1 byte that is not UTF-8, read as Windows-1252 (check that character; save the file as UTF-8)"]],
    ["Windows-1252 only", [0x47, 0x72, 0xfc, 0xdf, 0x65], []],
    ["UTF-16 with BOM", [0xff, 0xfe, 0x41, 0, 0xe4, 0], []],
    ["mixed, one byte", [...utf8("Grüße aus K"), 0xf6, ...utf8("ln")], ["mixed encoding: UTF-8 with 1 byte that is not UTF-8, read as Windows-1252 (check that character; save the file as UTF-8)"]],
    ["mixed, three bytes", [0x84, ...utf8("schön"), 0x93, 0xfc], ["mixed encoding: UTF-8 with 3 bytes that are not UTF-8, read as Windows-1252 (check those characters; save the file as UTF-8)"]]
  ])("%s", (_, bytes, expected) => expect(encodingWarnings(new Uint8Array(bytes))).toEqual(expected));
});

/** What a decode gives, or the message it throws. */
function outcome<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    return (error as Error).message;
  }
}

describe("mixedReading: the one scan decode is handed reads as decode's own", () => {
  test.each<[string, number[]]>([
    ["UTF-8", utf8("Grüße aus Köln")],
    ["UTF-8 with BOM", [...BOM, ...utf8("Grüße")]],
    ["Windows-1252 only", [0x47, 0x72, 0xfc, 0xdf, 0x65]],
    ["UTF-8 BOM, then Windows-1252 only", [...BOM, 0x47, 0x72, 0xfc, 0xdf, 0x65]],
    ["mixed", [...utf8("Grüße aus K"), 0xf6, ...utf8("ln")]],
    ["UTF-8 BOM, then mixed", [...BOM, 0x84, ...utf8("schön"), 0x93, 0xfc]],
    ["mixed with a byte Windows-1252 lacks", [...utf8("schön"), 0x81]]
  ])("%s", (_, list) => {
    const bytes = new Uint8Array(list);
    expect(outcome(() => decode(bytes, mixedReading(bytes)))).toEqual(outcome(() => decode(bytes)));
  });
});

describe("warnings in ingest.csv", () => {
  test("a mixed-encoding file is read as UTF-8 where it is, its row names the repair, also when replayed from the cache", () => {
    const input = join(dir, "mixed");
    mkdirSync(input, {recursive: true});
    const text = Buffer.concat([Buffer.from("Meldung\n\nBerlin – Die Ministerin Jana Roth sagte „Wir sind bereit“, die Gespräche gingen weiter. Am Ende stand ein Kompromiss f", "utf8"), Buffer.from([0xfc]), Buffer.from("r alle.", "utf8")]);
    writeFileSync(join(input, "a.txt"), text);
    const cacheDir = join(dir, "cache");
    for (const run of ["first", "replayed"]) {
      const result = runExtract({paths: [input], data: "data", cacheDir});
      expect(result.tables.ingest.map((r) => [r.status, r.reason]), run).toEqual([["ok", "mixed encoding: UTF-8 with 1 byte that is not UTF-8, read as Windows-1252 (check that character; save the file as UTF-8)"]]);
      expect(result.cached, run).toBe(run === "first" ? 0 : 1);
    }
  });
});

describe("front matter keys in ingest.csv", () => {
  test("an unknown front-matter key is the row's warning, also when replayed from the cache", () => {
    const input = join(dir, "frontmatter");
    mkdirSync(input, {recursive: true});
    writeFileSync(join(input, "a.txt"), "---\noutlet: Stadtblatt\npublishd: 2026-03-12\n---\nBusse stehen still\n\nDie Fahrer streikten am Montag in der ganzen Stadt.");
    const cacheDir = join(dir, "cache-frontmatter");
    for (const run of ["first", "replayed"]) {
      const result = runExtract({paths: [input], data: "data", cacheDir});
      expect(result.tables.ingest.map((r) => [r.status, r.reason]), run).toEqual([["ok", 'front matter: unknown key "publishd" (known: outlet, title, published, url, language); ignored']]);
      expect(result.tables.articles[0].outlet, run).toBe("Stadtblatt");
    }
  });
});

describe("articles that are not German", () => {
  test("are listed with a warning but not analysed, also when replayed from the cache", () => {
    const input = join(dir, "languages");
    mkdirSync(input, {recursive: true});
    writeFileSync(join(input, "en.txt"), "---\nlanguage: en\n---\nPort strike ends\n\n\"We are closer than last week,\" union leader Maria Olsen told reporters on Tuesday.");
    writeFileSync(join(input, "de.txt"), "---\nlanguage: de-AT\n---\nStreik beendet\n\n„Wir sind weiter als letzte Woche“, sagte Gewerkschaftschefin Maria Olsen am Dienstag.");
    const cacheDir = join(dir, "cache-languages");
    for (const run of ["first", "replayed"]) {
      const result = runExtract({paths: [input], data: "data", cacheDir});
      const byFile = new Map(result.tables.ingest.map((r) => [r.file.replace(/.*[\\/]/, ""), r]));
      expect(byFile.get("en.txt")?.reason, run).toBe('language "en" is not German: the article is listed (articles.csv, parts.csv) but not analysed');
      expect(byFile.get("de.txt")?.reason, run).toBe("");
      const en = byFile.get("en.txt")!.article_id, de = byFile.get("de.txt")!.article_id;
      expect(result.tables.articles.map((a) => a.article_id).sort(), run).toEqual([de, en].sort());
      expect(result.tables.parts.some((p) => p.article_id === en), run).toBe(true);
      for (const table of ["quotes", "mentions", "dates", "event_mentions"] as const) {
        expect((result.tables[table] as {article_id: string}[]).filter((r) => r.article_id === en), `${run}: ${table}`).toEqual([]);
      }
      expect(result.tables.quotes.filter((q) => q.article_id === de).length, run).toBe(1);
    }
  });
});

describe("the mapping file in an input folder", () => {
  test("is not an input when it is the run's mapping file (a row of its own), and a warning row otherwise", () => {
    const input = join(dir, "mapped");
    mkdirSync(input, {recursive: true});
    writeFileSync(join(input, "agentur.tsv"), "Medium\tArtikeltext\nStadtblatt\tDie Fahrer streikten am Montag in der ganzen Stadt.\n");
    writeFileSync(join(input, "mapping.yaml"), "text: Artikeltext\noutlet: Medium\n");
    const adapters = {mapping: {text: "Artikeltext", outlet: "Medium"}};
    const mapped = runExtract({paths: [input], data: "data", adapters, mappingFile: join(input, "mapping.yaml")});
    expect(mapped.tables.ingest.map((r) => [r.file.replace(/.*[\\/]/, ""), r.status])).toEqual([["mapping.yaml", "ok"], ["agentur.tsv#1", "ok"]]);
    // the mapping's row says which mapping was used; it is no input
    expect(mapped.tables.ingest[0].reason).toMatch(/^column mapping \(--mapping\) for the CSV, TSV, JSONL and JSON inputs in its folder and below$/);
    expect(mapped.tables.articles[0].outlet).toBe("Stadtblatt");
    const unmapped = runExtract({paths: [input], data: "data", adapters});
    // not read: an "ok" row with the warning (the run does not fail for it)
    const row = unmapped.tables.ingest.find((r) => r.file.endsWith("mapping.yaml"));
    expect([row?.status, row?.reason.startsWith("a mapping file that is not read")]).toEqual(["ok", true]);
  });
});

describe("sources.yaml entries for a feed and its items", () => {
  test("the file's entry applies to every item and an item's entry ('name.atom#2') to that one; both win over the feed's", () => {
    const input = join(dir, "feed-sources");
    mkdirSync(input, {recursive: true});
    const entry = (title: string, body: string) => `<entry><title>${title}</title><updated>2026-03-0${title.length % 9}T08:00:00Z</updated><content type="html">&lt;p&gt;${body}&lt;/p&gt;</content></entry>`;
    writeFileSync(join(input, "wirtschaft.atom"), `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Nordkurier – Wirtschaft</title>\n${entry("Hafen streikt", "Die Hafenarbeiter legten am Montag die Arbeit nieder.")}\n${entry("Einigung im Hafen", "Am Freitag einigten sich beide Seiten auf einen Tarifvertrag.")}\n</feed>`);
    writeFileSync(join(input, "sources.yaml"), "wirtschaft.atom:\n  outlet: Nordkurier\nwirtschaft.atom#2:\n  url: https://example.org/hafen-einigung\n");
    const result = runExtract({paths: [input], data: "data"});
    expect(result.tables.ingest.map((r) => [r.file.replace(/.*[\\/]/, ""), r.status, r.reason])).toEqual([["wirtschaft.atom#1", "ok", ""], ["wirtschaft.atom#2", "ok", ""]]);
    expect(result.tables.articles.map((a) => [a.outlet, a.outlet_source, a.title, a.url])).toEqual([
      ["Nordkurier", "given", "Hafen streikt", ""],
      ["Nordkurier", "given", "Einigung im Hafen", "https://example.org/hafen-einigung"]
    ]);
  });
});
