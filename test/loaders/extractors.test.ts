import {describe, expect, test} from "vitest";
import {articleExtractors} from "../../loaders/extractors.js";
import {loadConfig} from "../../loaders/io/config.js";
import {extractArticle, prepareArticle} from "../../loaders/pipeline.js";
import type {ArticleTables} from "../../loaders/types.js";
import {ADVERSARIAL_CASES, adversarialLine, wholeBodySentence} from "../../scripts/bench/adversarialLines.js";

const config = loadConfig("data");

/** Every offset pair of every row ("start"/"end", "cue_start"/"cue_end", "speaker_start"/"speaker_end" …) lies inside the text. */
function expectSpansInside(tables: ArticleTables, length: number): void {
  for (const [name, rows] of Object.entries(tables)) {
    for (const row of rows as unknown as Record<string, unknown>[]) {
      for (const [key, start] of Object.entries(row)) {
        if (!/start$/i.test(key) || typeof start !== "number") continue;
        const end = row[key.replace(/start$/, "end").replace(/Start$/, "End")];
        if (typeof end !== "number") continue;
        expect.soft(start >= 0 && start <= end && end <= length, `${name}.${key} ${start}–${end} of ${length}`).toBe(true);
      }
    }
  }
}

/**
 * The 1 MB adversarial lines of the growth check (scripts/bench/adversarial.ts; timing is measured there,
 * not here): each runs through every per-article extractor without a crash (no stack overflow on a long
 * "um … zu" chain) and every span stays inside the text. Each line is handed over as one sentence, the
 * hardest case for the rules; two also go through the sentence splitter as one quotation ("split").
 */
describe("1 MB adversarial lines through every extractor", () => {
  const SPLIT = new Set(["quote marks", "um … zu chain"]);
  type Case = [string, {unit: string; head?: string}, boolean];
  const cases = Object.entries(ADVERSARIAL_CASES).flatMap(([name, c]): Case[] => [[`${name} (whole)`, c, true], ...(SPLIT.has(name) ? [[`${name} (split)`, c, false] as Case] : [])]);
  test.each<Case>(cases)("%s", async (_name, adversarial, whole) => {
    // let the worker answer the runner between these long synchronous runs (vitest's RPC times out otherwise)
    await new Promise((resolve) => setTimeout(resolve, 0));
    const text = adversarialLine(adversarial, 1_000_000, !whole);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const prepared = prepareArticle({file: "adversarial.txt", text, given: {}}, config);
    const article = whole ? wholeBodySentence(prepared) : prepared;
    const tables = extractArticle(article, config, articleExtractors);
    expect(tables.articles).toHaveLength(1);
    expectSpansInside(tables, text.length);
  }, 60_000);
});
