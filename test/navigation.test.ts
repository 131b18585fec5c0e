import {normalizeConfig} from "@observablehq/framework/dist/config.js";
import {findLink} from "@observablehq/framework/dist/pager.js";
import {describe, expect, test} from "vitest";
import config, {pagePaths} from "../observablehq.config.js";

/** The report's configuration as Framework reads it, with its own sidebar and pager. */
const framework = normalizeConfig(config, process.cwd());
/** What the sidebar calls each page: its header names the home page, its entries the others. */
const sidebarNames = new Map<string, string[]>([["/index", [framework.home]]]);
for (const page of framework.pages) sidebarNames.set(page.path, [...(sidebarNames.get(page.path) ?? []), page.name]);

describe("navigation names", () => {
  test("the sidebar gives every page one name", () => {
    for (const [path, names] of sidebarNames) expect(new Set(names).size, `names of ${path}: ${names.join(", ")}`).toBe(1);
  });

  test.each(pagePaths)("the previous/next links of %s name pages as the sidebar does", (path) => {
    const link = findLink(path === "/" ? "/index" : path, framework);
    expect(link, `pager links of ${path}`).toBeDefined();
    for (const neighbour of [link!.prev, link!.next].filter((p) => p !== undefined)) {
      expect(sidebarNames.get(neighbour!.path), `sidebar names of ${neighbour!.path}`).toEqual([neighbour!.name]);
    }
  });

  test("pagePaths lists every page the pager walks, home first", () => {
    expect(pagePaths.map((p) => (p === "/" ? "/index" : p))).toEqual([...sidebarNames.keys()]);
  });
});
