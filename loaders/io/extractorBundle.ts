/**
 * The extractors loaded from one file. Imported module by module they are
 * some 170 files (the German rules, chrono-node), each resolved and compiled
 * through tsx's hooks: 0.3–0.45 s and about 0.75 s of CPU, paid by every
 * re-run that meets one new article. esbuild bundles them (loaders/ sources
 * and chrono-node; other packages stay imports) into
 * `node_modules/.cache/pressespiegel/extractors-<hash>.mjs`, which loads in
 * about 0.15 s; the hash is of the run key (the loaders/ source it was built
 * from) and the versions of esbuild and the packages bundled in, so an edit or
 * an upgrade makes a new file. Inside node_modules/, the bundle resolves
 * packages and their data files as loaders/ does.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync} from "node:fs";
import {dirname, join} from "node:path";
import {pathToFileURL} from "node:url";
import {packageVersion} from "./packageVersion.js";
import type {runJob} from "./process.js";
import {keptTreeDigest, treeDigest} from "./treeHash.mjs";

type RunJob = typeof runJob;

const ROOT = join(import.meta.dirname, "..", "..");
const DIR = join(ROOT, "node_modules", ".cache", "pressespiegel");
const ENTRY = join(import.meta.dirname, "extractorsEntry.ts");
/** Packages bundled in: pure ES modules that read no files of their own. */
const BUNDLED = new Set(["chrono-node"]);

/**
 * runJob from the bundle for the run key `key` (built when missing), or
 * undefined when it cannot be used (compiled loaders/, no esbuild, a failed
 * build): the caller then imports process.ts.
 */
export async function bundledRunJob(key: string, {entry = ENTRY, dir = DIR, beforeBuild}: BundleOptions = {}): Promise<RunJob | undefined> {
  if (!existsSync(entry)) return undefined; // loaders/ compiled to .js: nothing to gain
  const versions = ["esbuild", ...BUNDLED].map((name) => `${name}@${packageVersion(name)}`);
  const file = join(dir, `extractors-${createHash("sha1").update([key, ...versions].join("\0")).digest("hex").slice(0, 16)}.mjs`);
  try {
    if (!existsSync(file)) {
      const loaders = join(dirname(entry), "..");
      beforeBuild?.();
      await build(file, entry);
      // the key holds the digest of loaders/ taken when the run started (treeHash.mjs); an edit since then is in this build
      if (treeDigest(loaders) !== keptTreeDigest(loaders)) {
        rmSync(file, {force: true});
        throw new Error("loaders/ changed since the run started; not keeping a bundle of the edited sources under the run's key");
      }
    }
    return ((await import(pathToFileURL(file).href)) as {runJob: RunJob}).runJob;
  } catch (error) {
    process.emitWarning(`the extractors' bundle could not be used (${(error as Error).message}); loading their modules one by one`);
    return undefined;
  }
}

/** Where the bundle is built from and kept (tests use a copy); `beforeBuild` runs just before esbuild reads the sources. */
export interface BundleOptions {
  entry?: string;
  dir?: string;
  beforeBuild?: () => void;
}

async function build(file: string, entry: string): Promise<void> {
  const esbuild = await import("esbuild");
  const {dependencies = {}} = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {dependencies?: Record<string, string>};
  const external = Object.keys(dependencies).filter((name) => !BUNDLED.has(name)).flatMap((name) => [name, `${name}/*`]);
  mkdirSync(dirname(file), {recursive: true});
  const tmp = `${file}.${process.pid}.tmp`;
  await esbuild.build({entryPoints: [entry], outfile: tmp, bundle: true, format: "esm", platform: "node", external, logLevel: "silent"});
  // bundles of other sources are stale: keep only this one (another process may be writing its own meanwhile)
  for (const old of readdirSync(dirname(file))) if (/^extractors-[0-9a-f]+\.mjs$/.test(old) && join(dirname(file), old) !== file) rmSync(join(dirname(file), old), {force: true});
  renameSync(tmp, file);
}
