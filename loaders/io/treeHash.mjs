/**
 * One hash of a folder's files (names and bytes), shared by the extract
 * command's launcher (cliBundle.mjs, its bundle key) and the run (cache.ts,
 * its run key), so that a run reads loaders/ once: the launcher keeps the
 * digest it made in this process (on globalThis, since the bundle has its own
 * copy of this module) and the run takes it. Plain JavaScript, so the
 * launcher runs without tsx.
 */
import {createHash} from "node:crypto";
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {join, relative, resolve} from "node:path";

const KEPT = Symbol.for("pressespiegel.treeDigests");

/**
 * Feeds every file under `dir` (sorted, dot files and node_modules left out)
 * into `hash`: its path relative to `root`, then its bytes. A missing `dir`
 * adds nothing.
 * @param {import("node:crypto").Hash} hash
 * @param {string} root
 * @param {string} dir
 */
export function hashTree(hash, root, dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith(".") || entry === "node_modules") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) hashTree(hash, root, path);
    else hash.update(`${relative(root, path)}\0`).update(readFileSync(path)).update("\0");
  }
}

/**
 * The sha1 (hex) of the files under `dir`; read again on every call.
 * @param {string} dir
 * @returns {string}
 */
export function treeDigest(dir) {
  const hash = createHash("sha1");
  hashTree(hash, dir, dir);
  return hash.digest("hex");
}

/** @returns {Map<string, string>} */
function kept() {
  return (globalThis[KEPT] ??= new Map());
}

/**
 * `treeDigest(dir)`, kept for the rest of this process so that `keptTreeDigest`
 * hands it on (the launcher's call: the run then uses the digest of the
 * sources its bundle was built from).
 * @param {string} dir
 * @returns {string}
 */
export function treeDigestKept(dir) {
  const digest = treeDigest(dir);
  kept().set(resolve(dir), digest);
  return digest;
}

/**
 * The digest of `dir` kept by `treeDigestKept` in this process, or a new one.
 * @param {string} dir
 * @returns {string}
 */
export function keptTreeDigest(dir) {
  return kept().get(resolve(dir)) ?? treeDigest(dir);
}
