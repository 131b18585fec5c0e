import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, sep} from "node:path";
import {beforeAll, describe, expect, test, vi} from "vitest";
import {ensurePrivateFolder, liveMarker, userCacheHome, writable} from "../../../loaders/io/bundleFolders.mjs";
import {bundleBase, bundledMain, bundleKey, loadCliMain, STALE_AFTER_MS, staleBundles} from "../../../loaders/io/cliBundle.mjs";
import {keptTreeDigest, treeDigest, treeDigestKept} from "../../../loaders/io/treeHash.mjs";
import {spawnAsync} from "../../helpers/spawn.js";

/** A checkout with only a tiny cliMain.ts, whose main returns `code` and reports where it thinks it lives. */
function checkout(code: string): string {
  const root = mkdtempSync(join(tmpdir(), "pressespiegel-clibundle-"));
  mkdirSync(join(root, "loaders", "io"), {recursive: true});
  writeFileSync(join(root, "tsconfig.json"), "{}");
  writeFileSync(join(root, "loaders", "io", "helper.ts"), `export const seen = {dirname: import.meta.dirname, url: import.meta.url};\n`);
  writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `import {seen} from "./helper.js";\nexport const where = seen;\nexport async function main(): Promise<number> { return ${code}; }\n`);
  return root;
}

const bundles = (root: string) => readdirSync(join(root, "node_modules", ".cache", "pressespiegel")).filter((f) => f.startsWith("cli-"));

describe("the extract command's bundle", () => {
  test("its key changes with any file of loaders/ and with tsconfig.json, not otherwise", () => {
    const root = checkout("7");
    const key = bundleKey(root);
    expect(bundleKey(root)).toBe(key);
    writeFileSync(join(root, "README.md"), "not part of the bundle");
    expect(bundleKey(root)).toBe(key);
    writeFileSync(join(root, "loaders", "io", "helper.ts"), readFileSync(join(root, "loaders", "io", "helper.ts"), "utf8") + "// edited\n");
    const edited = bundleKey(root);
    expect(edited).not.toBe(key);
    writeFileSync(join(root, "loaders", "rules.yaml"), "a: 1\n");
    expect(bundleKey(root)).not.toBe(edited);
    const withRules = bundleKey(root);
    writeFileSync(join(root, "tsconfig.json"), `{"compilerOptions": {}}`);
    expect(bundleKey(root)).not.toBe(withRules);
  });

  test("is built once per source, gives the sources' main and their paths, and an edit replaces it", async () => {
    const root = checkout("7");
    const main = await bundledMain(root);
    expect(await main!()).toBe(7);
    const [first] = bundles(root);
    expect(first).toBe(`cli-${bundleKey(root)}`);
    // import.meta in the bundle is cliMain.ts's own, so paths found from it are those of the sources
    const {where} = (await import(join(root, "node_modules", ".cache", "pressespiegel", first, "cliMain.js"))) as {where: {dirname: string; url: string}};
    expect(where.dirname).toBe(join(root, "loaders", "io"));
    expect(where.url).toMatch(/\/loaders\/io\/cliMain\.ts$/);
    writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `export async function main(): Promise<number> { return 8; }\n`);
    expect(await (await bundledMain(root))!()).toBe(8);
    const second = `cli-${bundleKey(root)}`;
    // the first bundle was used a moment ago (a run may still import its chunks): it stays
    expect(bundles(root).sort()).toEqual([first, second].sort());
    const base = join(root, "node_modules", ".cache", "pressespiegel");
    // this process loaded both: each holds its marker
    expect(readdirSync(join(base, first))).toContain(`.pid-${process.pid}`);
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    utimesSync(join(base, first), longAgo, longAgo);
    writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `export async function main(): Promise<number> { return 9; }\n`);
    // unused for over an hour but with the marker of a live run (this one): the first stays
    expect(await (await bundledMain(root, {alive: (pid) => pid === process.pid}))!()).toBe(9);
    const third = `cli-${bundleKey(root)}`;
    expect(bundles(root).sort()).toEqual([first, second, third].sort());
    utimesSync(join(base, first), longAgo, longAgo);
    writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `export async function main(): Promise<number> { return 10; }\n`);
    // the run that marked it has ended (no live marker) and it is unused for over an hour: the first goes; the second, used a moment ago, stays
    expect(await (await bundledMain(root, {alive: () => false}))!()).toBe(10);
    expect(bundles(root).sort()).toEqual([second, third, `cli-${bundleKey(root)}`].sort());
  });

  test.each([
    // [entries as [name, minutes since last use, live], bundles removed]
    [[["cli-aaaa", 600, true], ["cli-bbbb", 0, false]], []], // a live run's marker keeps it, however old
    [[["cli-aaaa", 600, false], ["cli-cccc", 600, true]], ["cli-aaaa"]],
    [[["cli-aaaa.123.tmp", 90, true]], []] // a build of a live process
  ] as [[string, number, boolean][], string[]][])("clean-up of %j (live) when cli-bbbb is built removes %j", (entries, removed) => {
    const now = 1_000_000_000_000;
    expect(staleBundles(entries.map(([name, minutes, live]) => ({name, mtimeMs: now - minutes * 60_000, live})), "cli-bbbb", now)).toEqual(removed);
  });

  test.each([
    // [a bundle folder's entries, live pids, whether it holds a live run's marker]
    [[".pid-100", "cliMain.js"], [100], true],
    [[".pid-100", ".pid-200"], [200], true],
    [[".pid-100", "cliMain.js"], [], false],
    [["cliMain.js", "pid-100", ".pid-x"], [100], false]
  ] as [string[], number[], boolean][])("liveMarker(%j) with live pids %j: %s", (names, live, expected) => {
    expect(liveMarker(names, (pid) => live.includes(pid))).toBe(expected);
  });

  test.each([
    // [entries as [name, minutes since last use], bundles removed]
    [[["cli-aaaa", 5], ["cli-bbbb", 0]], []],
    [[["cli-aaaa", 61], ["cli-bbbb", 0]], ["cli-aaaa"]],
    [[["cli-aaaa", 600], ["cli-cccc", 59], ["cli-bbbb", 0]], ["cli-aaaa"]],
    [[["cli-bbbb", 600]], []], // the current bundle, however old
    [[["cli-aaaa.123.tmp", 90], ["cli-dddd.77.tmp", 1]], ["cli-aaaa.123.tmp"]], // an unfinished build left behind
    [[["node_modules", 600], ["other", 600], ["cli-XYZ", 600]], []] // not ours
  ] as [[string, number][], string[]][])("clean-up of %j when cli-bbbb is built removes %j", (entries, removed) => {
    const now = 1_000_000_000_000;
    expect(staleBundles(entries.map(([name, minutes]) => ({name, mtimeMs: now - minutes * 60_000})), "cli-bbbb", now)).toEqual(removed);
  });

  test("when node_modules cannot be written, the bundle goes to a folder of the checkout in the temporary folder, same key, packages found", async () => {
    const root = checkout("7");
    mkdirSync(join(root, "node_modules", "tiny-package"), {recursive: true});
    writeFileSync(join(root, "node_modules", "tiny-package", "package.json"), `{"name": "tiny-package", "type": "module", "main": "index.js"}`);
    writeFileSync(join(root, "node_modules", "tiny-package", "index.js"), "export const five = 5;\n");
    writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `import {five} from "tiny-package";\nexport async function main(): Promise<number> { return five; }\n`);
    const tmp = mkdtempSync(join(tmpdir(), "pressespiegel-clibundle-tmp-"));
    const readOnly = {tmp, canWrite: () => false};
    const {base, fallback} = bundleBase(root, readOnly);
    expect(fallback).toBe(true);
    expect(base.startsWith(tmp)).toBe(true);
    expect(bundleBase(root, {tmp, canWrite: () => true})).toEqual({base: join(root, "node_modules", ".cache", "pressespiegel"), fallback: false});
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    try {
      expect(await (await bundledMain(root, readOnly))!()).toBe(5);
      expect(await (await bundledMain(root, readOnly))!()).toBe(5);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    expect(readdirSync(base).filter((f) => f.startsWith("cli-"))).toEqual([`cli-${bundleKey(root)}`]);
    expect(existsSync(join(root, "node_modules", ".cache"))).toBe(false);
  });

  test("the fallback goes to the user's cache folder, else to a folder of this user in the temporary folder", () => {
    const root = checkout("7");
    const cacheHome = mkdtempSync(join(tmpdir(), "pressespiegel-clibundle-cache-"));
    const tmp = mkdtempSync(join(tmpdir(), "pressespiegel-clibundle-tmp-"));
    const cached = bundleBase(root, {tmp, cacheHome, canWrite: (dir) => dir.startsWith(cacheHome)});
    expect(cached.fallback).toBe(true);
    expect(cached.base.startsWith(join(cacheHome, "pressespiegel") + sep)).toBe(true);
    const inTmp = bundleBase(root, {tmp, cacheHome, canWrite: () => false});
    expect(inTmp.base.startsWith(join(tmp, `pressespiegel-${process.getuid?.() ?? "user"}`) + sep)).toBe(true);
    expect(userCacheHome({XDG_CACHE_HOME: "/var/cache/someone"})).toBe("/var/cache/someone");
    expect(userCacheHome({XDG_CACHE_HOME: "relative"})).toMatch(/\.cache$/);
  });

  test.each([
    // [stat of the parent, stat of the folder, error or "" when the folder may be used]
    [{uid: 1000, mode: 0o40700}, {uid: 1000, mode: 0o40700}, ""],
    [{uid: 1000, mode: 0o40755}, {uid: 1000, mode: 0o40700}, ""],
    [{uid: 1000, mode: 0o40700}, {uid: 1001, mode: 0o40700}, "/base is owned by user 1001"],
    [{uid: 0, mode: 0o40700}, {uid: 1000, mode: 0o40700}, "/cache/pressespiegel is owned by user 0"],
    [{uid: 1000, mode: 0o40777}, {uid: 1000, mode: 0o40700}, "/cache/pressespiegel can be written by others (mode 777)"],
    [{uid: 1000, mode: 0o40700}, {uid: 1000, mode: 0o40770}, "/base can be written by others (mode 770)"]
  ] as [{uid: number; mode: number}, {uid: number; mode: number}, string][])("a fallback folder with parent %j and itself %j: %s", (parent, own, error) => {
    const base = "/cache/pressespiegel/base";
    const check = () => ensurePrivateFolder(base, {uid: 1000, mkdir: () => {}, stat: (dir) => (dir === base ? own : parent)});
    if (error) expect(check).toThrow(error);
    else expect(check).not.toThrow();
  });

  test("a fallback folder another user owns is not used: a warning, and the launcher runs the sources under tsx", async () => {
    const root = checkout("7");
    const cacheHome = mkdtempSync(join(tmpdir(), "pressespiegel-clibundle-cache-"));
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    try {
      const stranger = {stat: () => ({uid: 4242, mode: 0o40700}), uid: 1000};
      expect(await bundledMain(root, {cacheHome, canWrite: (dir: string) => dir.startsWith(cacheHome), owner: stranger})).toBeUndefined();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/bundle could not be used \(the bundle folder .* is owned by user 4242/);
    } finally {
      warn.mockRestore();
    }
    expect(readdirSync(join(cacheHome, "pressespiegel")).flatMap((d) => readdirSync(join(cacheHome, "pressespiegel", d)))).toEqual([]);
  });

  test("writable: a folder not made yet counts as its nearest existing parent", () => {
    const root = mkdtempSync(join(tmpdir(), "pressespiegel-clibundle-w-"));
    expect(writable(join(root, "not", "yet", "made"))).toBe(true);
  });

  test("without esbuild and tsx the launcher's error names both", async () => {
    const root = checkout("7");
    const missing = (name: string) => () => Promise.reject(new Error(`Cannot find package '${name}'`));
    const load = loadCliMain({root, env: {}, importEsbuild: missing("esbuild"), importTsx: missing("tsx")});
    await expect(load).rejects.toThrow(/bundle could not be used \(Cannot find package 'esbuild'\).*tsx.*\(Cannot find package 'tsx'\)/);
  });

  test("the run's key takes the launcher's digest of loaders/ (loaders/ is read once per run)", () => {
    const root = checkout("7");
    const dir = join(root, "loaders");
    const before = treeDigest(dir);
    expect(treeDigestKept(dir)).toBe(before);
    writeFileSync(join(dir, "io", "helper.ts"), "// edited after the launcher read it\n");
    expect(treeDigest(dir)).not.toBe(before); // read again
    expect(keptTreeDigest(dir)).toBe(before); // the launcher's, for the sources its bundle was built from
    expect(keptTreeDigest(join(root, "elsewhere"))).toBe(treeDigest(join(root, "elsewhere")));
  });

  test("only modules in loaders/io/ read import.meta (the bundle sets it to cliMain.ts's own)", () => {
    const outside = readdirSync("loaders", {recursive: true}).map(String).filter((f) => /\.ts$/.test(f) && !f.startsWith(`io${sep}`));
    expect(outside.length).toBeGreaterThan(50);
    expect(outside.filter((f) => readFileSync(join("loaders", f), "utf8").includes("import.meta"))).toEqual([]);
  });

  test("an edit of a subfolder, a new file or a same-size rewrite in the same second each give a new bundle that runs the edit", async () => {
    const root = checkout("7");
    mkdirSync(join(root, "loaders", "lang", "de"), {recursive: true});
    writeFileSync(join(root, "loaders", "lang", "de", "words.ts"), `export const n = 1;\n`);
    writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `import {n} from "../lang/de/words.js";\nexport async function main(): Promise<number> { return n; }\n`);
    expect(await (await bundledMain(root))!()).toBe(1);
    writeFileSync(join(root, "loaders", "lang", "de", "words.ts"), `export const n = 2;\n`); // same size, same second
    expect(await (await bundledMain(root))!()).toBe(2);
    writeFileSync(join(root, "loaders", "lang", "de", "more.ts"), `export const m = 3;\n`);
    writeFileSync(join(root, "loaders", "lang", "de", "words.ts"), `export {m as n} from "./more.js";\n`);
    expect(await (await bundledMain(root))!()).toBe(3);
    writeFileSync(join(root, "loaders", "lang", "de", "more.ts"), `export const m = 4;\n`);
    expect(await (await bundledMain(root))!()).toBe(4);
  });

  test("an edit made while the bundle is built is not kept under the key of the sources before it", async () => {
    const root = checkout("7");
    const esbuild = await import("esbuild");
    let edits = 1;
    // esbuild reads the sources after the launcher hashed them: the edit lands in between
    const importEsbuild = async () => ({
      build: async (options: object) => {
        if (edits-- > 0) writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `export async function main(): Promise<number> { return 8; }\n`);
        return esbuild.build(options);
      }
    });
    const before = bundleKey(root);
    expect(await (await bundledMain(root, {importEsbuild}))!()).toBe(8);
    // no bundle under the key of the sources that returned 7 holds the code that returns 8
    expect(bundles(root)).toEqual([`cli-${bundleKey(root)}`]);
    expect(bundles(root)).not.toContain(`cli-${before}`);
    // the run's key takes the digest of the sources the bundle was built from
    expect(keptTreeDigest(join(root, "loaders"))).toBe(treeDigest(join(root, "loaders")));
    writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `import {seen} from "./helper.js";\nexport const where = seen;\nexport async function main(): Promise<number> { return 7; }\n`);
    expect(bundleKey(root)).toBe(before);
    expect(await (await bundledMain(root))!()).toBe(7);
  });

  test("sources that keep changing while the bundle is built give no bundle and a warning naming it", async () => {
    const root = checkout("7");
    const esbuild = await import("esbuild");
    let n = 0;
    const importEsbuild = async () => ({
      build: async (options: object) => {
        writeFileSync(join(root, "loaders", "io", "cliMain.ts"), `export async function main(): Promise<number> { return ${++n}; }\n`);
        return esbuild.build(options);
      }
    });
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    try {
      expect(await bundledMain(root, {importEsbuild})).toBeUndefined();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/loaders\/ changed while its bundle was built/);
      expect(existsSync(join(root, "node_modules", ".cache", "pressespiegel")) ? bundles(root) : []).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });

  test("a source that does not build gives no bundle and a warning (the launcher then uses tsx)", async () => {
    const root = checkout("7 +");
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    try {
      expect(await bundledMain(root)).toBeUndefined();
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/bundle could not be used/);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("extract.mjs (npm run extract) writes what the sources under tsx write", () => {
  const files = (dir: string) => Object.fromEntries(readdirSync(dir).filter((n) => /\.(csv|parquet)$/.test(n)).sort().map((n) => [n, readFileSync(join(dir, n))]));
  const env = {...process.env, CI: "true"};
  let dir: string;
  let bundled: Awaited<ReturnType<typeof spawnAsync>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pressespiegel-extract-"));
    cpSync("seeds", join(dir, "in"), {recursive: true});
    const tsx = await spawnAsync(join("node_modules", ".bin", "tsx"), ["loaders/io/cli.ts", "--no-cache", "--out", join(dir, "tsx"), join(dir, "in")], env);
    expect(tsx.status, tsx.stderr).toBe(0);
    bundled = await spawnAsync(process.execPath, ["loaders/io/extract.mjs", "--timings", "--out", join(dir, "bundle"), join(dir, "in")], env);
    expect(bundled.status, bundled.stderr).toBe(0);
  }, 300_000);

  test("from the bundle, byte for byte, fresh and from its cache", async () => {
    expect(bundled.stderr).toMatch(/load modules \(bundle\)/);
    expect(files(join(dir, "bundle"))).toEqual(files(join(dir, "tsx")));
    writeFileSync(join(dir, "in", "added.txt"), "Wien – Die Ministerin sagte am 4. Mai: „Wir prüfen das.“ Der Bericht folgt.");
    const [again, reference] = await Promise.all([
      spawnAsync(process.execPath, ["loaders/io/extract.mjs", "--out", join(dir, "bundle"), join(dir, "in")], env),
      spawnAsync(join("node_modules", ".bin", "tsx"), ["loaders/io/cli.ts", "--no-cache", "--out", join(dir, "tsx"), join(dir, "in")], env)
    ]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/\(5 from the cache/);
    expect(files(join(dir, "bundle"))).toEqual(files(join(dir, "tsx")));
  }, 300_000);

  test("PRESSESPIEGEL_NO_BUNDLE=1 runs the sources under tsx", async () => {
    const run = await spawnAsync(process.execPath, ["loaders/io/extract.mjs", "--timings", "--no-cache", "--out", join(dir, "nobundle"), join(dir, "in")], {...env, PRESSESPIEGEL_NO_BUNDLE: "1"});
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/load modules \(tsx\)/);
    expect(existsSync(join(dir, "nobundle", "quotes.parquet"))).toBe(true);
  }, 300_000);
});
