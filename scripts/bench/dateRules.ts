/**
 * Time spent per date rule (pattern scans only) and in the other stages of
 * findDates, on the 10kGNAD texts. Usage: npx tsx scripts/bench/dateRules.ts
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import * as chrono from "chrono-node";
import {german} from "../../loaders/dates/extractor.js";
import {splitSentences} from "../../loaders/text/sentences.js";
import {corpusPath} from "../corpora.js";

const root = corpusPath("10kgnad");
if (!root) {
  console.log("date rules bench: skipped (corpus 10kgnad not found)");
  process.exit(0);
}
const texts = readFileSync(join(root, "test.csv"), "utf8").split("\n").filter(Boolean).map((line) => line.slice(line.indexOf(";") + 1).replace(/^'|'$/g, ""));
const sentences = texts.flatMap((t) => splitSentences(t).map((s) => t.slice(s.start, s.end)));
const time = (run: () => void): number => {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
};
const rows: [string, number][] = [];
rows.push(["chrono.de.parse per sentence", time(() => {
  for (const s of sentences) chrono.de.parse(s);
})]);
rows.push(["pastTense+futureTense", time(() => {
  for (const s of sentences) german.pastTense.test(s), german.futureTense.test(s);
})]);
for (const rule of german.rules) {
  rows.push([`${rule.id} (pattern on every sentence)`, time(() => {
    for (const s of sentences) {
      rule.pattern.lastIndex = 0;
      while (rule.pattern.exec(s)) if (rule.pattern.lastIndex === 0) break;
    }
  })]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [label, ms] of rows) console.log(`${label.padEnd(50)} ${ms.toFixed(1)} ms`);
