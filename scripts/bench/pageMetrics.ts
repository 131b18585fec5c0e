/**
 * Page figures for the report (issue 5, "Performance"): bytes of data a page
 * loads (responses under /_file/) and the time from navigation to its first
 * chart (an <svg> in the main column). Shared by the browser test (seeds) and
 * scripts/bench/pages.ts (the 1,028-article corpus).
 */
import {mkdirSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import type {Page} from "playwright-core";

/** One page's figures. */
export interface PageFigures {
  path: string;
  dataBytes: number;
  firstChartMs: number | null;
}

/** Records, before navigation, when the first chart appears (window.__firstChart, ms since navigation start). */
export async function watchFirstChart(page: Page): Promise<void> {
  // a string, not a function: tsx would wrap named functions in a helper the page does not have
  await page.addInitScript(`{
    const observer = new MutationObserver(() => {
      if (!document.querySelector("#observablehq-main svg")) return;
      window.__firstChart = performance.now();
      observer.disconnect();
    });
    observer.observe(document, {childList: true, subtree: true});
  }`);
}

/** Sums the body sizes of the data files (/_file/) a page fetches; await the total after the page settles. */
export function countDataBytes(page: Page): () => Promise<number> {
  let total = 0;
  const pending: Promise<void>[] = [];
  page.on("response", (r) => {
    if (!new URL(r.url()).pathname.includes("/_file/")) return;
    pending.push(r.body().then((b) => void (total += b.length), () => undefined));
  });
  return async () => {
    await Promise.all(pending);
    return total;
  };
}

/** Time of the first chart recorded by watchFirstChart, or null when none appeared. */
export async function firstChartMs(page: Page): Promise<number | null> {
  const t = await page.evaluate(() => (window as any).__firstChart as number | undefined);
  return t === undefined ? null : Math.round(t);
}

/** Prints the figures next to the goals and writes them as JSON (read by the method page). */
export function reportFigures(file: string | null, corpus: string, goals: {dataBytes: number; firstChartMs: number}, pages: PageFigures[]): void {
  console.log(`\npages on ${corpus} (goals: data < ${goals.dataBytes / 1e6} MB, first chart < ${goals.firstChartMs} ms)`);
  for (const p of pages) {
    const ok = p.dataBytes < goals.dataBytes && p.firstChartMs !== null && p.firstChartMs < goals.firstChartMs;
    console.log(`  ${p.path.padEnd(14)} data ${(p.dataBytes / 1e3).toFixed(1).padStart(8)} kB   first chart ${String(p.firstChartMs ?? "none").padStart(6)} ms   ${ok ? "ok" : "MISSED"}`);
  }
  if (!file) return;
  mkdirSync(dirname(file), {recursive: true});
  writeFileSync(file, JSON.stringify({run: new Date().toISOString(), corpus, goals, pages}, null, 2) + "\n");
}
