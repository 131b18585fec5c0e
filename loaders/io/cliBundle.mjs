/**
 * The extract command from one prebuilt bundle instead of tsx. Under tsx a
 * run starts two Node processes (tsx's own and the one with its hooks) and
 * compiles some 75 modules through the hooks: about 0.25 s of wall and CPU
 * time, a tenth of a re-run that adds one article to 10,000. esbuild bundles
 * `cliMain.ts` and the loaders/ modules it imports (packages stay imports,
 * dynamic imports become chunks loaded when needed) into
 * `node_modules/.cache/pressespiegel/cli-<key>/`, where the key hashes every
 * file of loaders/, tsconfig.json, package.json, esbuild's version and the
 * checkout's path, so an edit makes a new bundle (built in about 0.2 s by the
 * first run after it). Plain JavaScript, so it runs without tsx.
 *
 * `import.meta.url` and `import.meta.dirname` are set to cliMain.ts's own in
 * the bundle (every module that reads them lives in loaders/io/), so paths
 * found from them (worker threads, data files, the extractors' bundle) are
 * those of the sources. When the bundle cannot be built or loaded, or with
 * PRESSESPIEGEL_NO_BUNDLE=1, `loadCliMain` registers tsx and imports the
 * sources instead.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";

const IO = dirname(fileURLToPath(import.meta.url));
const ROOT = join(IO, "..", "..");
/** Bumped when the way the bundle is built changes. */
const FORMAT = "cli-bundle@1";

/**
 * The bundle's key for the checkout at `root`: a hash of the build format,
 * the path, esbuild's version, tsconfig.json, package.json and every file of
 * loaders/ (names and bytes).
 * @param {string} root the checkout (the folder holding loaders/)
 * @returns {string} 16 hex digits
 */
export function bundleKey(root) {
  const hash = createHash("sha1").update(`${FORMAT}\0${root}\0${esbuildVersion(root)}\0`);
  for (const file of ["tsconfig.json", "package.json"]) hash.update(existsSync(join(root, file)) ? readFileSync(join(root, file)) : "-").update("\0");
  hashTree(hash, join(root, "loaders"), join(root, "loaders"));
  return hash.digest("hex").slice(0, 16);
}

function hashTree(hash, base, dir) {
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith(".") || entry === "node_modules") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) hashTree(hash, base, path);
    else hash.update(`${relative(base, path)}\0`).update(readFileSync(path)).update("\0");
  }
}

function esbuildVersion(root) {
  try {
    return JSON.parse(readFileSync(join(root, "node_modules", "esbuild", "package.json"), "utf8")).version;
  } catch {
    return "none";
  }
}

/**
 * `main` of cliMain.ts from the bundle of the checkout at `root`, built
 * first when missing (older bundles are then removed); undefined, with a
 * warning, when it cannot be built or loaded.
 * @param {string} [root] the checkout (default: the one holding this file)
 * @returns {Promise<((options?: {loadedFrom?: string}) => Promise<number>) | undefined>}
 */
export async function bundledMain(root = ROOT) {
  try {
    const dir = join(root, "node_modules", ".cache", "pressespiegel", `cli-${bundleKey(root)}`);
    if (!existsSync(join(dir, "cliMain.js"))) await build(root, dir);
    return (await import(pathToFileURL(join(dir, "cliMain.js")).href)).main;
  } catch (error) {
    process.emitWarning(`the extract command's bundle could not be used (${error.message.split("\n")[0]}); running its sources under tsx`);
    return undefined;
  }
}

async function build(root, dir) {
  const esbuild = await import("esbuild");
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
  mkdirSync(dirname(dir), {recursive: true});
  // bundles of other sources are stale (another process may be building its own meanwhile: only finished ones go)
  for (const old of readdirSync(dirname(dir))) if (/^cli-[0-9a-f]+$/.test(old) && join(dirname(dir), old) !== dir) rmSync(join(dirname(dir), old), {recursive: true, force: true});
  try {
    renameSync(tmp, dir);
  } catch (error) {
    rmSync(tmp, {recursive: true, force: true});
    if (!existsSync(join(dir, "cliMain.js"))) throw error; // else another process finished the same bundle first
  }
}

/**
 * `main` of the extract command: from the bundle, or from the sources under
 * tsx when the bundle cannot be used or PRESSESPIEGEL_NO_BUNDLE=1.
 * @returns {Promise<{main: (options?: {loadedFrom?: string}) => Promise<number>, loadedFrom: string}>}
 */
export async function loadCliMain() {
  const main = process.env.PRESSESPIEGEL_NO_BUNDLE === "1" ? undefined : await bundledMain();
  if (main) return {main, loadedFrom: "bundle"};
  const {register} = await import("tsx/esm/api");
  register();
  return {main: (await import("./cliMain.ts")).main, loadedFrom: "tsx"};
}
