/**
 * CPU profile of one per-article extractor over 10kGNAD (../shared/corpora/10kgnad/test.csv):
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile-extractor.ts topics
 * Prepares every article and runs the extractors before the named one (their rows are its input),
 * then runs the named one alone three times and prints its CPU seconds. Open the .cpuprofile in
 * Chrome's DevTools or speedscope. Skips cleanly when the corpus is absent.
 */
import {join} from "node:path";
import {articleExtractors} from "../../loaders/extractors.js";
import {loadConfig} from "../../loaders/io/config.js";
import {extractArticle, prepareArticle} from "../../loaders/pipeline.js";
import {corpusPath} from "../corpora.js";
import {readGnad} from "./corpus.js";

const name = process.argv[2];
const index = articleExtractors.findIndex((e) => e.name === name);
if (index < 0) {
  console.error(`unknown extractor: ${name} (one of ${articleExtractors.map((e) => e.name).join(", ")})`);
  process.exit(2);
}
const corpus = corpusPath("10kgnad");
if (!corpus) {
  console.log("profile-extractor: skipped (10kgnad corpus not found)");
  process.exit(0);
}
const config = loadConfig(join(import.meta.dirname, "..", "..", "data"));
const inputs = readGnad(join(corpus, "test.csv")).map((raw) => {
  const article = prepareArticle(raw, config);
  const tables = extractArticle(article, config, []);
  for (const extractor of articleExtractors.slice(0, index)) Object.assign(tables, extractor.run(article, config, tables));
  return {article, tables};
});
for (let round = 0; round < 3; round++) {
  const cpu = process.cpuUsage();
  for (const {article, tables} of inputs) articleExtractors[index].run(article, config, tables);
  const used = process.cpuUsage(cpu);
  console.log(`${name}: ${((used.user + used.system) / 1e6).toFixed(3)} CPU s over ${inputs.length} articles`);
}
