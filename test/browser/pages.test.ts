import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import config from "../../observablehq.config.js";
import {hasChromium, launch} from "../helpers/browser.js";
import {buildReport} from "../helpers/build.js";
import {serveStatic} from "../helpers/serve.js";

const paths = config.pages.map((p) => p.path);
const required = Boolean(process.env.CI);

describe.skipIf(!hasChromium() && !required)("report pages in headless Chromium", () => {
  let browser: Browser;
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    buildReport();
    // served from a sub-path, as a static host would
    const served = await serveStatic("dist", "/report/");
    url = served.url;
    close = () => served.server.close();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    close?.();
  });

  test.each(paths)("%s renders without errors or outside requests", async (path) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} ${r.failure()?.errorText}`));
    page.on("request", (r) => !r.url().startsWith(url.replace(/\/report\/$/, "")) && !r.url().startsWith("data:") && problems.push(`third-party request: ${r.url()}`));
    page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(url + path.replace(/^\//, ""), {waitUntil: "networkidle"});
    await page.waitForFunction(() => document.querySelectorAll("#observablehq-main svg").length > 0, null, {timeout: 15_000});
    const errors = await page.locator(".observablehq--error").allTextContents();
    expect(errors, "cells that failed").toEqual([]);
    expect(await page.locator("svg").count(), "charts").toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
