import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {ADAPTERS, AdapterError, type AdapterItem} from "../../../../loaders/io/adapters/index.js";

const dir = mkdtempSync(join(tmpdir(), "pressespiegel-json-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** Reads made-up JSON text through the `.json` adapter: items as {file, title?, text?, problem?}, or the file's error. */
function read(json: string, mapping = {}): unknown {
  const path = join(dir, "a.json");
  writeFileSync(path, json);
  try {
    return [...ADAPTERS[".json"](path, "a.json", {mapping})].map((item: AdapterItem) =>
      "raw" in item ? {file: item.file, ...item.raw.given, text: item.raw.text, ...(item.warnings ? {warnings: item.warnings} : {})} : item
    );
  } catch (error) {
    return {error: (error as Error).message, adapterError: error instanceof AdapterError};
  }
}

const TWO = [
  {title: "Neue Radwege", outlet: "Nordkurier", published: "2028-06-14", text: "Der Rat hat drei Radwege beschlossen."},
  {title: "Händler skeptisch", outlet: "Südkurier", published: "16.06.2028", text: "Die Händler fürchten um Parkplätze."}
];
const READ = [
  {file: "a.json#1", title: "Neue Radwege", outlet: "Nordkurier", published: "2028-06-14", text: "Der Rat hat drei Radwege beschlossen."},
  {file: "a.json#2", title: "Händler skeptisch", outlet: "Südkurier", published: "2028-06-16", text: "Die Händler fürchten um Parkplätze."}
];

describe(".json adapter", () => {
  test.each<[string, string, unknown]>([
    ["an array of article objects", JSON.stringify(TWO, null, 2), READ],
    ["an object with an articles array", JSON.stringify({exported: "2028-06-20", articles: TWO}), READ],
    ["an object whose one array under another key holds objects", JSON.stringify({exported: "2028-06-20", treffer: TWO}), READ],
    ["CRLF pretty-printed", JSON.stringify(TWO, null, 2).replace(/\n/g, "\r\n"), READ],
    ["a bad element is rejected alone", JSON.stringify([TWO[0], 7]), [READ[0], {file: "a.json#2", problem: "item 2 of the JSON array is not an object"}]],
    ["an object with no text key", JSON.stringify([{titel: "x"}]), [{file: "a.json#1", problem: "item 1: no text column: name one with --text-column, or \"text:\" in a mapping file (--mapping; PRESSESPIEGEL_MAPPING for the report) (columns: titel)"}]]
  ])("%s", (_, json, expected) => expect(read(json)).toEqual(expected));

  test("the mapping names the keys", () => {
    expect(read(JSON.stringify([{volltext: "Der Rat tagte.", kopf: "Ratssitzung"}]), {text: "volltext", title: "kopf"})).toEqual([{file: "a.json#1", title: "Ratssitzung", text: "Der Rat tagte."}]);
  });

  test.each<[string, string, RegExp]>([
    ["an object without an array", JSON.stringify({title: "x", text: "y"}), /holds a JSON object \(keys: title, text\), not an array of articles/],
    ["an object whose one array is a list of words", JSON.stringify({name: "Zollstreit", tags: ["Zoll", "Handel"]}), /holds a JSON object \(keys: name, tags\), not an array of articles/],
    ["an object whose one array is empty", JSON.stringify({name: "Zollstreit", tags: []}), /holds a JSON object \(keys: name, tags\), not an array of articles/],
    ["an object whose one array mixes objects and words", JSON.stringify({name: "x", list: [{text: "a"}, "b"]}), /holds a JSON object \(keys: name, list\), not an array of articles/],
    ["a string", JSON.stringify("Text"), /holds a JSON string, not an array of articles/],
    ["broken JSON", "[{\"text\": \"a\"", /not valid JSON/]
  ])("%s is rejected with the reason", (_, json, reason) => {
    const out = read(json) as {error: string; adapterError: boolean};
    expect(out.adapterError).toBe(true);
    expect(out.error).toMatch(reason);
  });
});
