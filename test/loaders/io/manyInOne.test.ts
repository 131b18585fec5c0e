import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import {runExtract} from "../../../loaders/io/runSync.js";

const dir = mkdtempSync(join(tmpdir(), "pressespiegel-many-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** A made-up press-database export (CRLF, as Windows tools write it) and a made-up JSON array. */
const EXPORT = [
  "Dokument 1 von 2", "", "Talbote", "", "3. April 2028 Montag", "", "Fähre fällt aus", "", "Länge: 40 Wörter", "",
  "Die Fähre über den See fällt bis Freitag aus, teilte die Reederei am Montag mit.", "", "Ende des Dokuments", "",
  "Dokument 2 von 2", "", "Seezeitung", "", "5. April 2028 Mittwoch", "", "Fähre fährt wieder", "", "Länge: 35 Wörter", "",
  "Die Fähre fährt wieder, sagte ein Sprecher der Reederei am Mittwoch.", "", "Ende des Dokuments", ""
].join("\r\n");
const JSON_ARRAY = JSON.stringify([{title: "Neue Brücke", outlet: "Talbote", published: "2028-04-06", text: "Der Kreistag hat am Donnerstag eine neue Brücke beschlossen."}]);

describe("many articles in one file: a press-database export and a JSON array", () => {
  test("each document and object is an article with its outlet and date, also when replayed from the cache", () => {
    const input = join(dir, "in");
    mkdirSync(input, {recursive: true});
    writeFileSync(join(input, "export.txt"), EXPORT);
    writeFileSync(join(input, "agentur.json"), JSON_ARRAY);
    writeFileSync(join(input, "liste.json"), JSON.stringify({count: 2}));
    const cacheDir = join(dir, "cache");
    for (const run of ["first", "replayed"]) {
      const result = runExtract({paths: [input], data: "data", cacheDir});
      const ingest = result.tables.ingest.map((r) => [r.file.slice(input.length + 1), r.status]);
      expect(ingest, run).toEqual([["agentur.json#1", "ok"], ["export.txt#1", "ok"], ["export.txt#2", "ok"], ["liste.json", "rejected"]]);
      expect(result.tables.ingest[3].reason, run).toMatch(/holds a JSON object \(keys: count\), not an array of articles/);
      expect(result.tables.articles.map((a) => [a.outlet, a.published, a.title]), run).toEqual([
        ["Talbote", "2028-04-06", "Neue Brücke"],
        ["Talbote", "2028-04-03", "Fähre fällt aus"],
        ["Seezeitung", "2028-04-05", "Fähre fährt wieder"]
      ]);
    }
  });
});
