import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {combineTables} from "../../loaders/combine.js";
import {corpusSteps} from "../../loaders/extractors.js";
import type {ArticleTables} from "../../loaders/types.js";
import {dataConfig, extractAll} from "./events/helpers.js";

/** The seeds, the call reports and an undated article whose quoted date the events step anchors. */
function perArticle(): ArticleTables[] {
  const seeds = readdirSync("seeds").filter((f) => f.endsWith(".txt")).map((file) => ({file, text: readFileSync(join("seeds", file), "utf8")}));
  const undated = {file: "undated.txt", given: {outlet: "Blog"}, text: "Moskau – Kremlsprecher Peskow äußerte sich zu dem Telefonat. „Präsident Putin hat gestern mit Trump telefoniert“, sagte Peskow."};
  return extractAll([...seeds, undated]);
}

describe("corpus steps", () => {
  // writeTables fingerprints the rows the steps pass on by their articles' cache keys (io/keysFingerprint.ts):
  // that needs every extracted row to keep its cells, so a step copies the rows it changes
  test("never change an extracted row in place", () => {
    const frozen = perArticle();
    for (const tables of frozen) for (const rows of Object.values(tables)) for (const row of rows as object[]) Object.freeze(row);
    const result = combineTables(frozen, [], dataConfig, corpusSteps); // a write to a frozen row throws (modules are strict)
    expect(result).toEqual(combineTables(perArticle(), [], dataConfig, corpusSteps));
    expect(result.statements.length).toBeGreaterThan(0);
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.dates.some((d) => d.note.startsWith("anchored to"))).toBe(true);
    const joined = combineTables(frozen, [], dataConfig, []);
    expect(result.mentions.some((m, i) => m !== joined.mentions[i])).toBe(true); // the people step did rewrite ids
  });
});
