import {existsSync, readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

/**
 * The installed version of a package, found by walking up from its entry
 * point to the package.json that names it; "?" when it cannot be resolved.
 */
export function packageVersion(name: string): string {
  try {
    for (let dir = dirname(entryPoint(name)); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, "package.json");
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, "utf8")) as {name?: string; version?: string};
      if (pkg.name === name) return pkg.version ?? "?";
    }
  } catch {
    // unresolvable: "?"
  }
  return "?";
}

/** A package's entry point: by ESM resolution where the runtime offers it (not under every test runner), else CommonJS. */
function entryPoint(name: string): string {
  try {
    return fileURLToPath(import.meta.resolve(name));
  } catch {
    return createRequire(import.meta.url).resolve(name);
  }
}
