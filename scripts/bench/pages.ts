/**
 * Page figures on the 1,028-article 10kGNAD corpus (issue 5, Performance):
 * builds the report from it, opens every page in headless Chromium and
 * records the bytes of data each page loads and the time to its first chart.
 * Goals: under 3 MB and under 2 s per page. Run by hand (not part of npm test):
 *
 *   npx tsx scripts/bench/pages.ts
 *
 * Writes eval/pages-10kgnad.json (shown on the method page). The corpus's
 * `label;text` CSV is written out as one text file per article in a temporary
 * folder (the corpus stays outside the project), which the build reads through
 * PRESSESPIEGEL_INPUT. The build is copied to .cache/bench-dist; run
 * `npm run build` afterwards to get the seeds' report back in dist/.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import config from "../../observablehq.config.js";
import {launch} from "../../test/helpers/browser.js";
import {buildReport} from "../../test/helpers/build.js";
import {serveStatic} from "../../test/helpers/serve.js";
import {corpusPath} from "../corpora.js";
import {countDataBytes, firstChartMs, reportFigures, watchFirstChart, type PageFigures} from "./pageMetrics.js";

const GOALS = {dataBytes: 3_000_000, firstChartMs: 2_000};
const OUT = ".cache/bench-dist";

/** 10kGNAD rows: `label;text`, the text quoted with ' (doubled inside) only when it holds ; or '. */
export function parseGnadLine(line: string): {label: string; text: string} | undefined {
  const cut = line.indexOf(";");
  if (cut < 0) return undefined;
  let text = line.slice(cut + 1);
  if (text.startsWith("'") && text.endsWith("'") && text.length > 1) text = text.slice(1, -1).replaceAll("''", "'");
  return {label: line.slice(0, cut), text};
}

const corpus = corpusPath("10kgnad");
if (!corpus) {
  console.log("10kgnad corpus not found (set PRESSESPIEGEL_CORPORA): skipped");
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "pressespiegel-10kgnad-"));
const lines = readFileSync(join(corpus, "test.csv"), "utf8").split(/\r?\n/).filter(Boolean);
lines.forEach((line, i) => {
  const row = parseGnadLine(line);
  if (row) writeFileSync(join(dir, `${String(i).padStart(4, "0")}_${row.label}.txt`), `${row.text}\n`);
});
console.log(`10kgnad: ${lines.length} articles written to ${dir}`);

const started = performance.now();
try {
  buildReport({PRESSESPIEGEL_INPUT: dir}, OUT);
} finally {
  rmSync(dir, {recursive: true, force: true});
}
console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);

const {server, url} = await serveStatic(OUT, "/report/");
const browser = await launch();
const figures: PageFigures[] = [];
try {
  for (const {path} of config.pages) {
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
reportFigures("eval/pages-10kgnad.json", "10kGNAD test split (1,028 articles)", GOALS, figures);
