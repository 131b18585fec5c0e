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

function time(label: string, run: (text: string) => number): void {
  run(texts[0]);
  const started = performance.now();
  let found = 0;
  for (const text of texts) found += run(text);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(34)} ${(megabytes / seconds).toFixed(2)} MB/s  (${seconds.toFixed(2)} s, ${found} expressions)`);
}

console.log(`${texts.length} texts, ${megabytes.toFixed(2)} MB`);
time("chrono.de.parse (whole text)", (text) => chrono.de.parse(text, reference).length);
time("sentence splitting only", (text) => splitSentences(text).length);
time("ours (split + rules + chrono)", (text) => findDates(text, splitSentences(text), german, {published: "2016-05-01"}).length);
const sentences = new Map(texts.map((text) => [text, splitSentences(text)]));
time("ours, sentences given (as in extract)", (text) => findDates(text, sentences.get(text)!, german, {published: "2016-05-01"}).length);
time("ours without chrono fallback", (text) => findDates(text, splitSentences(text), german, {published: "2016-05-01", chrono: false}).length);
