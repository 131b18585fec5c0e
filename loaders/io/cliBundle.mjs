/**
 * The extract command from one prebuilt bundle instead of tsx. Under tsx a
 * run starts two Node processes (tsx's own and the one with its hooks) and
 * compiles some 75 modules through the hooks: about 0.25 s of wall and CPU
 * time, a tenth of a re-run that adds one article to 10,000. esbuild bundles
 * `cliMain.ts` and the loaders/ modules it imports (packages stay imports,
 * dynamic imports become chunks loaded when needed) into
 * `node_modules/.cache/pressespiegel/cli-<key>/`, or when node_modules cannot
 * be written into a folder of the checkout in the user's cache folder
 * (`$XDG_CACHE_HOME` or `~/.cache`, then the temporary folder):
 * `<cache>/pressespiegel/cli-<checkout>/cli-<key>/`, beside a link to the
 * checkout's node_modules. That folder is made with mode 0700 and used only
 * when this user owns it and nobody else may write it (else another local
 * user could plant code in it): otherwise the launcher runs the sources under
 * tsx with a warning. The key hashes every file of loaders/, tsconfig.json,
 * package.json, esbuild's version and the checkout's path, so an edit makes
 * a new bundle (built in about 0.2 s by the first run after it). The key is
 * hashed again after a build: an edit that landed while esbuild read the
 * sources drops that build and makes one under the new key, so no key's
 * bundle holds other sources than those it names. Plain JavaScript, so it
 * runs without tsx.
 *
 * `import.meta.url` and `import.meta.dirname` are set to cliMain.ts's own in
 * the bundle (every module that reads them lives in loaders/io/), so paths
 * found from them (worker threads, data files, the extractors' bundle) are
 * those of the sources. When the bundle cannot be built or loaded, or with
 * PRESSESPIEGEL_NO_BUNDLE=1, `loadCliMain` registers tsx and imports the
 * sources instead. A run that loads a bundle writes a marker `.pid-<pid>` into
 * it, removed when the process exits; a run still going from a bundle (after
 * an edit) imports its chunks lazily, so a build removes other bundles only
 * when none of their markers names a live process and they were unused for
 * an hour (markers of a run that was killed are ignored).
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, dirname, join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {ensurePrivateFolder, liveMarker, markInUse, pidAlive, userCacheHome, writable} from "./bundleFolders.mjs";
import {treeDigestKept} from "./treeHash.mjs";

const IO = dirname(fileURLToPath(import.meta.url));
const ROOT = join(IO, "..", "..");
/** Bumped when the way the bundle is built changes. */
const FORMAT = "cli-bundle@2";
/** Other bundles unused for this long, with no marker of a live run, are removed when a bundle is built. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * The bundle's key for the checkout at `root`: a hash of the build format,
 * the path, esbuild's version, tsconfig.json, package.json and every file of
 * loaders/ (names and bytes; the digest is kept for the run's key, see
 * treeHash.mjs).
 * @param {string} root the checkout (the folder holding loaders/)
 * @returns {string} 16 hex digits
 */
export function bundleKey(root) {
  const hash = createHash("sha1").update(`${FORMAT}\0${root}\0${esbuildVersion(root)}\0`);
  for (const file of ["tsconfig.json", "package.json"]) hash.update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : "-").update("\0");
  hash.update(treeDigestKept(join(root, "loaders")));
  return hash.digest("hex").slice(0, 16);
}

function esbuildVersion(root) {
  try {
    return JSON.parse(readFileSync(join(root, "node_modules", "esbuild", "package.json"), "utf8")).version;
  } catch {
    return "none";
  }
}

/**
 * The folder holding the bundles of the checkout at `root`: its
 * node_modules/.cache/pressespiegel/, or when that cannot be written
 * (`canWrite`), a folder of the checkout under `<cacheHome>/pressespiegel/`
 * (the user's cache folder), or under `<tmp>/pressespiegel-<uid>/` when that
 * cannot be written either. A fallback folder is used only after
 * {@link ensurePrivateFolder}.
 * @param {string} root
 * @param {{tmp?: string, cacheHome?: string, canWrite?: (dir: string) => boolean}} [options]
 * @returns {{base: string, fallback: boolean}}
 */
export function bundleBase(root, {tmp = tmpdir(), cacheHome = userCacheHome(), canWrite = writable} = {}) {
  const base = join(root, "node_modules", ".cache", "pressespiegel");
  if (canWrite(base)) return {base, fallback: false};
  const checkout = `cli-${createHash("sha1").update(root).digest("hex").slice(0, 12)}`;
  const cached = join(cacheHome, "pressespiegel", checkout);
  if (canWrite(cached)) return {base: cached, fallback: true};
  return {base: join(tmp, `pressespiegel-${process.getuid?.() ?? "user"}`, checkout), fallback: true};
}

/**
 * The names among `entries` (the bundle folder's) to remove when bundle
 * `current` is built: other bundles (and unfinished builds) last used more
 * than STALE_AFTER_MS before `now`, unless `live` (a marker of a live run in
 * the bundle, or the live process named in an unfinished build's name). A run
 * still going from a bundle keeps its chunks.
 * @param {readonly {name: string, mtimeMs: number, live?: boolean}[]} entries
 * @param {string} current the name of the bundle just built
 * @param {number} now ms since the epoch
 * @returns {string[]}
 */
export function staleBundles(entries, current, now) {
  return entries.filter(({name, mtimeMs, live}) => name !== current && !live && /^cli-[0-9a-f]+(\.\d+\.tmp)?$/.test(name) && now - mtimeMs > STALE_AFTER_MS).map(({name}) => name);
}

/**
 * `main` of cliMain.ts from the bundle of the checkout at `root`, built
 * first when missing (other bundles unused for an hour, with no marker of a
 * live run, are then removed), marked as in use by this process; with the
 * reason when it cannot be built or loaded (also when a fallback folder is
 * not private, see ensurePrivateFolder; `owner` injects its stat and uid,
 * `alive` the test of a marker's process).
 * @param {string} [root] the checkout (default: the one holding this file)
 * @param {{tmp?: string, cacheHome?: string, canWrite?: (dir: string) => boolean, importEsbuild?: () => Promise<any>, owner?: {stat?: (dir: string) => {uid: number, mode: number}, uid?: number}, alive?: (pid: number) => boolean}} [options]
 * @returns {Promise<{main: (options?: {loadedFrom?: string}) => Promise<number>} | {error: Error}>}
 */
export async function tryBundle(root = ROOT, {importEsbuild = () => import("esbuild"), owner = {}, alive = pidAlive, ...where} = {}) {
  try {
    const {base, fallback} = bundleBase(root, where);
    if (fallback) ensurePrivateFolder(base, owner);
    const dir = await builtBundle(root, base, fallback, importEsbuild, alive);
    markInUse(dir);
    return {main: (await import(pathToFileURL(join(dir, "cliMain.js")).href)).main};
  } catch (error) {
    return {error: error instanceof Error ? error : new Error(String(error))};
  }
}

/**
 * `main` of cliMain.ts from the bundle (see tryBundle); undefined, with a
 * warning, when it cannot be built or loaded.
 * @param {string} [root]
 * @param {Parameters<typeof tryBundle>[1]} [options]
 * @returns {Promise<((options?: {loadedFrom?: string}) => Promise<number>) | undefined>}
 */
export async function bundledMain(root = ROOT, options = {}) {
  const result = await tryBundle(root, options);
  if ("main" in result) return result.main;
  process.emitWarning(`the extract command's bundle could not be used (${firstLine(result.error)}); running its sources under tsx`);
  return undefined;
}

const firstLine = (error) => String(error?.message ?? error).split("\n")[0];

/** Marks a bundle as used now (its age decides when other builds may remove it). */
function touch(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // a bundle that cannot be marked is only removed sooner
  }
}

/** Whether bundle entry `name` of `base` is in use: a marker of a live run in it, or an unfinished build of a live process. */
function inUse(base, name, alive) {
  const build = /\.(\d+)\.tmp$/.exec(name);
  if (build) return alive(Number(build[1]));
  try {
    return liveMarker(readdirSync(join(base, name)), alive);
  } catch {
    return false; // not a folder, or removed meanwhile
  }
}

/** How often a build is tried again when loaders/ changed while it ran. */
const BUILD_TRIES = 3;

/**
 * The folder of the bundle of the sources as they are now, built when
 * missing. esbuild reads the sources after bundleKey hashed them: when an
 * edit lands in between (its key, hashed again after the build, differs), the
 * build is dropped and made again under the new key, so a key's bundle is
 * never built from other sources (a later edit back to them would run the
 * wrong code). Throws, naming loaders/, when the sources change during every try.
 */
async function builtBundle(root, base, fallback, importEsbuild, alive) {
  for (let tries = 0; tries < BUILD_TRIES; tries++) {
    const key = bundleKey(root);
    const dir = join(base, `cli-${key}`);
    if (existsSync(join(dir, "cliMain.js"))) {
      touch(dir);
      return dir;
    }
    if (await build(root, dir, fallback, importEsbuild, alive, () => bundleKey(root) === key)) return dir;
  }
  throw new Error(`loaders/ changed while its bundle was built (${BUILD_TRIES} tries); edits still being written?`);
}

/**
 * Builds the bundle into `dir` through a private folder; false (nothing
 * kept) when `unchanged()` says the sources changed during the build.
 */
async function build(root, dir, fallback, importEsbuild, alive, unchanged) {
  const esbuild = await importEsbuild();
  const io = join(root, "loaders", "io");
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, {recursive: true, force: true});
  await esbuild.build({
    entryPoints: [join(io, "cliMain.ts")],
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    packages: "external",
    logLevel: "silent",
    define: {"import.meta.url": JSON.stringify(pathToFileURL(join(io, "cliMain.ts")).href), "import.meta.dirname": JSON.stringify(io)}
  });
  if (!unchanged()) {
    rmSync(tmp, {recursive: true, force: true});
    return false;
  }
  const base = dirname(dir);
  mkdirSync(base, {recursive: true});
  // outside the checkout, packages are found through a link to its node_modules
  if (fallback && !existsSync(join(base, "node_modules")) && existsSync(join(root, "node_modules"))) {
    try {
      symlinkSync(join(root, "node_modules"), join(base, "node_modules"), "dir");
    } catch (error) {
      if (!existsSync(join(base, "node_modules"))) throw error; // else another process made it first
    }
  }
  const now = Date.now();
  const entries = readdirSync(base).flatMap((name) => {
    try {
      return [{name, mtimeMs: statSync(join(base, name)).mtimeMs, live: /^cli-/.test(name) && inUse(base, name, alive)}];
    } catch {
      return []; // removed meanwhile
    }
  });
  for (const old of staleBundles(entries, basename(dir), now)) {
    if (join(base, old) !== tmp) rmSync(join(base, old), {recursive: true, force: true});
  }
  try {
    renameSync(tmp, dir);
  } catch (error) {
    rmSync(tmp, {recursive: true, force: true});
    if (!existsSync(join(dir, "cliMain.js"))) throw error; // else another process finished the same bundle first
  }
  return true;
}

/**
 * `main` of the extract command: from the bundle, or from the sources under
 * tsx when the bundle cannot be used or PRESSESPIEGEL_NO_BUNDLE=1. Throws,
 * naming both, when neither works (esbuild and tsx missing).
 * @param {{root?: string, env?: Record<string, string | undefined>, importEsbuild?: () => Promise<any>, importTsx?: () => Promise<any>, importSources?: () => Promise<any>}} [options]
 * @returns {Promise<{main: (options?: {loadedFrom?: string}) => Promise<number>, loadedFrom: string}>}
 */
export async function loadCliMain({root = ROOT, env = process.env, importEsbuild, importTsx = () => import("tsx/esm/api"), importSources = () => import("./cliMain.ts")} = {}) {
  const bundle = env.PRESSESPIEGEL_NO_BUNDLE === "1" ? {error: new Error("PRESSESPIEGEL_NO_BUNDLE=1")} : await tryBundle(root, importEsbuild ? {importEsbuild} : {});
  if ("main" in bundle) return {main: bundle.main, loadedFrom: "bundle"};
  let tsx;
  try {
    tsx = await importTsx();
  } catch (error) {
    throw new Error(`the extract command could not start: its bundle could not be used (${firstLine(bundle.error)}) and tsx, which runs its sources, could not be loaded (${firstLine(error)}); install esbuild or tsx (npm ci)`);
  }
  if (env.PRESSESPIEGEL_NO_BUNDLE !== "1") process.emitWarning(`the extract command's bundle could not be used (${firstLine(bundle.error)}); running its sources under tsx`);
  tsx.register();
  return {main: (await importSources()).main, loadedFrom: "tsx"};
}
