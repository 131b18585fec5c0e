import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative, resolve} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {runExtract} from "../../../loaders/io/runSync.js";

const dir = mkdtempSync(join(tmpdir(), "pressespiegel-collector-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const article = (n: number) => `Meldung ${n}\n\nBerlin – Am ${n}. März sprach die Ministerin Jana Roth mit Vertretern der Stadt. Das Treffen dauerte ${n} Stunden.`;

describe("Collector: the input file of each article (the groups csvParts keeps per file)", () => {
  test.each<[string, [name: string, content: string][], string[][]]>([
    // two text files whose names differ only after a "#": two files, two groups
    ["text files with '#' in the name", [["bericht#1.txt", article(1)], ["bericht#2.txt", article(2)]], [["bericht#1.txt"], ["bericht#2.txt"]]],
    // a folder with "#" in its name
    ["a folder with '#' in its name", [["ausgabe#3/a.txt", article(3)], ["ausgabe#3/b.txt", article(4)]], [["ausgabe#3/a.txt"], ["ausgabe#3/b.txt"]]],
    // the rows of one CSV file whose ids hold "/" and "#": one file, one group
    ["CSV rows with '/' and '#' in their ids", [["tabelle#x.csv", `id,text\n2024/07#a,"${article(5)}"\n2024/08#b,"${article(6)}"\n`]], [["tabelle#x.csv#2024/07#a", "tabelle#x.csv#2024/08#b"]]]
  ])("%s", (name, files, expected) => {
    const input = join(dir, name.replace(/\W+/g, "-"));
    for (const [file, content] of files) {
      const path = join(input, file);
      mkdirSync(dirname(path), {recursive: true});
      writeFileSync(path, content);
    }
    const result = runExtract({paths: [input], data: "data", cacheDir: join(input, ".cache"), adapters: {mapping: {id: "id"}}});
    expect(result.rejected).toBe(0);
    const groups = result.fragments!.groups!;
    const names = result.tables.articles.map((a) => relative(input, resolve(a.file)));
    const byGroup = new Map<string, string[]>();
    names.forEach((file, i) => byGroup.set(groups[i], [...(byGroup.get(groups[i]) ?? []), file]));
    expect([...byGroup.values()]).toEqual(expected);
  });
});
