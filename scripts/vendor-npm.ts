/**
 * Serves Framework's `npm:` imports from node_modules instead of a CDN.
 *
 * Observable Framework resolves `npm:NAME` to `/_npm/NAME@VERSION/_esm.js` and
 * fetches it from jsDelivr unless the file already sits in its cache
 * (`src/.observablehq/cache/_npm/`). This script bundles each installed
 * package with esbuild into that cache, pinned to the version in
 * node_modules, so `npm run build` and `npm run dev` never go online.
 * Add a module here when a page needs one.
 */
import {build} from "esbuild";
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";

/** Packages that pages import, implicitly or explicitly. */
export const VENDORED = [
  "@observablehq/plot",
  "@observablehq/inputs",
  "d3",
  "d3-dsv",
  "htl",
  "isoformat",
  "arquero",
  "apache-arrow",
  "parquet-wasm"
] as const;

/** Non-JS files Framework requests by path (name → files inside the package). */
const ASSETS: Record<string, string[]> = {
  "parquet-wasm": ["esm/parquet_wasm_bg.wasm"]
};

const root = join(import.meta.dirname, "..");
const cache = join(root, "src", ".observablehq", "cache", "_npm");

function packageDir(name: string): string {
  const dir = join(root, "node_modules", name);
  if (!existsSync(join(dir, "package.json"))) throw new Error(`${name} is not installed: run npm ci`);
  return dir;
}

async function vendor(name: string): Promise<string> {
  const dir = packageDir(name);
  const {version} = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const out = join(cache, `${name}@${version}`);
  const stamp = join(out, ".vendored");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === version) return `${name}@${version} (cached)`;
  rmSync(out, {recursive: true, force: true});
  mkdirSync(out, {recursive: true});
  await build({
    entryPoints: [name],
    absWorkingDir: root,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    mainFields: ["browser", "module", "main"],
    conditions: ["browser", "import"],
    minify: true,
    legalComments: "none",
    logLevel: "error",
    outfile: join(out, "_esm.js")
  });
  for (const asset of ASSETS[name] ?? []) {
    mkdirSync(dirname(join(out, asset)), {recursive: true});
    copyFileSync(join(dir, asset), join(out, asset));
  }
  writeFileSync(stamp, version);
  return `${name}@${version}`;
}

/**
 * Framework's client bundle names more `npm:` modules (lodash, leaflet, react-dom, …)
 * than pages use, and resolving each one's version would query the registry.
 * Give each one not vendored a placeholder that fails with a clear message if a page imports it.
 */
function placeholders(): string[] {
  const client = join(root, "node_modules", "@observablehq", "framework", "dist", "client");
  const names = new Set<string>();
  for (const file of readdirSync(client, {recursive: true, encoding: "utf8"})) {
    if (!file.endsWith(".js")) continue;
    for (const [, name] of readFileSync(join(client, file), "utf8").matchAll(/["']npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(name);
  }
  const vendored = new Set<string>(VENDORED);
  const made: string[] = [];
  for (const name of [...names].filter((n) => !vendored.has(n)).sort()) {
    const dir = join(cache, `${name}@${PLACEHOLDER_VERSION}`);
    if (existsSync(join(dir, "_esm.js"))) continue;
    mkdirSync(dir, {recursive: true});
    const message = `npm:${name} is not served offline: add it to VENDORED in scripts/vendor-npm.ts and run npm install ${name}`;
    writeFileSync(join(dir, "_esm.js"), `throw new Error(${JSON.stringify(message)});\n`);
    made.push(name);
  }
  return made;
}

/** Version given to placeholders; any real installed version sorts above it. */
const PLACEHOLDER_VERSION = "0.0.0-not-vendored";

const done = await Promise.all(VENDORED.map(vendor));
const stubs = placeholders();
console.log(`vendored npm modules: ${done.join(", ")}${stubs.length ? `; placeholders: ${stubs.join(", ")}` : ""}`);
