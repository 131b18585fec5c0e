/**
 * Speed of date extraction against chrono-node's German parser alone, on the
 * 10kGNAD texts (../shared/corpora/10kgnad). Both get the same article texts;
 * ours includes sentence splitting, the pre-filter, the rules, the chrono
 * fallback and quote anchoring. Usage: npx tsx scripts/bench/dates.ts
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import * as chrono from "chrono-node";
import {german} from "../../loaders/dates/extractor.js";
import {findDates} from "../../loaders/dates/find.js";
import {splitSentences} from "../../loaders/text/sentences.js";
import {corpusPath} from "../corpora.js";

const root = corpusPath("10kgnad");
if (!root) {
  console.log("dates bench: skipped (corpus 10kgnad not found)");
  process.exit(0);
}
const texts = readFileSync(join(root, "test.csv"), "utf8").split("\n").filter(Boolean).map((line) => line.slice(line.indexOf(";") + 1).replace(/^'|'$/g, ""));
const megabytes = Buffer.byteLength(texts.join("\n")) / 1e6;
const reference = new Date(Date.UTC(2016, 4, 1, 12));

/**
 * Runs every system `rounds` times (BENCH_ROUNDS, default 3), interleaved, and reports each one's best
 * round. Rounds are timed by the process's CPU time, not the wall clock, so that other work on a busy
 * machine does not count.
 */
function bench(systems: [string, (text: string) => number][], rounds = Number(process.env.BENCH_ROUNDS ?? 3)): void {
  const best = new Map<string, {seconds: number; found: number}>();
  for (const [, run] of systems) run(texts[0]);
  for (let round = 0; round < rounds; round++) {
    for (const [label, run] of systems) {
      const started = process.cpuUsage();
      let found = 0;
      for (const text of texts) found += run(text);
      const used = process.cpuUsage(started);
      const seconds = (used.user + used.system) / 1e6;
      if (!best.has(label) || best.get(label)!.seconds > seconds) best.set(label, {seconds, found});
    }
  }
  for (const [label] of systems) {
    const {seconds, found} = best.get(label)!;
    console.log(`${label.padEnd(40)} ${(megabytes / seconds).toFixed(2)} MB/s  (best of ${rounds}: ${seconds.toFixed(2)} s CPU, ${found} expressions)`);
  }
}

console.log(`${texts.length} texts, ${megabytes.toFixed(2)} MB`);
const sentences = new Map(texts.map((text) => [text, splitSentences(text)]));
bench([
  ["chrono.de.parse (whole text)", (text) => chrono.de.parse(text, reference).length],
  ["sentence splitting only", (text) => splitSentences(text).length],
  ["ours, sentences given (as in extract)", (text) => findDates(text, sentences.get(text)!, german, {published: "2016-05-01"}).length],
  ["ours including sentence splitting", (text) => findDates(text, splitSentences(text), german, {published: "2016-05-01"}).length],
  ["ours without the chrono fallback", (text) => findDates(text, sentences.get(text)!, german, {published: "2016-05-01", chrono: false}).length]
]);
