/**
 * Throughput of the person-mention finder against chrono-node's German date
 * parser on the same text (10kGNAD articles, one span per line), in CPU time.
 * Run: npx tsx scripts/bench/people.ts
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import * as chrono from "chrono-node";
import {parseConfig} from "../../loaders/config.js";
import {useDictionaries} from "../../loaders/io/dictionaries.js";
import {personLexicon} from "../../loaders/people/lexicon.js";
import {findMentions} from "../../loaders/people/mentions.js";
import {corpusPath} from "../corpora.js";

const dir = corpusPath("10kgnad");
if (!dir) {
  console.log("people bench: skipped (10kgnad corpus not found)");
  process.exit(0);
}
const text = readFileSync(join(dir, "test.csv"), "utf8");
useDictionaries();
const config = parseConfig({"people.yaml": readFileSync(join(import.meta.dirname, "..", "..", "data", "people.yaml"), "utf8")});
const lexicon = personLexicon(config.people);
const spans: {start: number; end: number}[] = [];
for (let start = 0, i = text.indexOf("\n"); start < text.length; start = i + 1, i = text.indexOf("\n", start)) {
  if (i < 0) i = text.length;
  spans.push({start, end: i});
}

function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

const mb = text.length / 1e6;
findMentions(text.slice(0, 200_000), [{start: 0, end: 200_000}], lexicon); // warm-up
let mentions = 0;
const people = cpuSeconds(() => {
  mentions = findMentions(text, spans, lexicon).length;
});
const sample = text.slice(0, 1_000_000);
const dates = cpuSeconds(() => chrono.de.parse(sample, new Date(2025, 1, 13)));
console.log(`people mentions: ${(mb / people).toFixed(1)} MB/s (${mentions} mentions in ${mb.toFixed(2)} MB)`);
console.log(`chrono-node de:  ${(sample.length / 1e6 / dates).toFixed(1)} MB/s (same corpus, first 1 MB)`);
