/**
 * Page figures on the 1,028-article 10kGNAD corpus (issue 5, Performance):
 * builds the report from it, opens every page in headless Chromium and
 * records the bytes of data each page loads and the time to its first chart.
 * Goals: under 3 MB and under 2 s per page. Run by hand (not part of npm test):
 *
 *   npx tsx scripts/bench/pages.ts
 *
 * Writes eval/pages-10kgnad.json (shown on the method page). The corpus is read
 * in place through the CSV adapter (PRESSESPIEGEL_INPUT + PRESSESPIEGEL_MAPPING,
 * `label;text`, ' quotes), with the category label as the outlet, so the report
 * has nine sources. The build is copied to .cache/bench-dist; run
 * `npm run build` afterwards to get the seeds' report back in dist/.
 */
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pagePaths} from "../../observablehq.config.js";
import {launch} from "../../test/helpers/browser.js";
import {buildReport} from "../../test/helpers/build.js";
import {serveStatic} from "../serve.js";
import {corpusPath} from "../corpora.js";
import {countDataBytes, firstChartMs, reportFigures, watchFirstChart, type PageFigures} from "./pageMetrics.js";

const GOALS = {dataBytes: 3_000_000, firstChartMs: 2_000};
const OUT = ".cache/bench-dist";

const corpus = corpusPath("10kgnad");
if (!corpus) {
  console.log("10kgnad corpus not found (set PRESSESPIEGEL_CORPORA): skipped");
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "pressespiegel-10kgnad-"));
const mapping = join(dir, "mapping.yaml");
writeFileSync(mapping, `columns: [label, text]\ndelimiter: ";"\nquote: "'"\ntext: text\noutlet: label\nlabel: label\n`);

const started = performance.now();
try {
  await buildReport({PRESSESPIEGEL_INPUT: join(corpus, "test.csv"), PRESSESPIEGEL_MAPPING: mapping}, OUT);
} finally {
  rmSync(dir, {recursive: true, force: true});
}
console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);

const {server, url} = await serveStatic(OUT, "/report/");
const browser = await launch();
const figures: PageFigures[] = [];
try {
  for (const path of pagePaths) {
    const page = await browser.newPage();
    await watchFirstChart(page);
    const bytes = countDataBytes(page);
    await page.goto(url + path.replace(/^\//, ""), {waitUntil: "networkidle", timeout: 60_000});
    await page.waitForFunction(() => document.querySelector("#observablehq-main svg"), null, {timeout: 30_000}).catch(() => undefined);
    figures.push({path, dataBytes: await bytes(), firstChartMs: await firstChartMs(page)});
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
reportFigures("eval/pages-10kgnad.json", "10kGNAD test split (1,028 articles, CSV adapter, category as outlet)", GOALS, figures);
