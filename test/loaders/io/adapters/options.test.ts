import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {adapterOptions} from "../../../../loaders/io/adapters/options.js";

const dir = mkdtempSync(join(tmpdir(), "pressespiegel-options-"));

describe("adapterOptions", () => {
  test("a mapping file and flags give the same options; flags win", () => {
    const file = join(dir, "gnad.yaml");
    writeFileSync(file, "columns: [label, text]\ndelimiter: ';'\nquote: \"'\"\nlabel: label\n");
    const fromFlags = adapterOptions({columns: "label,text", delimiter: ";", quote: "'", "label-column": "label"});
    // the same options, and the mapping file named as where the column names come from
    const {source, ...fromFile} = adapterOptions({mapping: file});
    expect(fromFile).toEqual(fromFlags);
    expect(source).toBe(`mapping file ${file}`);
    expect(fromFlags).toEqual({columns: ["label", "text"], delimiter: ";", quote: "'", mapping: {label: "label"}});
    expect(adapterOptions({mapping: file, delimiter: "tab"}).delimiter).toBe("\t");
    expect(adapterOptions({"text-column": "body", "title-column": "headline"}).mapping).toEqual({text: "body", title: "headline"});
  });

  const bad: [string, Record<string, string>, string | undefined, RegExp][] = [
    ["two-character delimiter", {delimiter: ";;"}, undefined, /--delimiter must be one character/],
    ["two-character quote", {quote: "''"}, undefined, /--quote must be one character/],
    ["unknown key in the mapping file", {}, "texte: body\n", /unknown key "texte"/],
    ["mapping file that is a list", {}, "- a\n", /expected key: value pairs/]
  ];
  test.each(bad)("%s is refused", (_name, flags, mapping, message) => {
    const file = join(dir, "bad.yaml");
    if (mapping) writeFileSync(file, mapping);
    expect(() => adapterOptions({...flags, ...(mapping ? {mapping: file} : {})})).toThrow(message);
  });
});
