import {createHash} from "node:crypto";
import {readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {join} from "node:path";
import {parseYaml} from "../config.js";
import {derivedCacheDir} from "./derived-cache.js";
import {writeByRename} from "./writeByRename.js";
import {packageVersion} from "./packageVersion.js";

/** Where parsed data/ files are kept: beside the other derived caches, in the node_modules that holds the yaml package. */
function memoDir(): string {
  return join(derivedCacheDir("yaml", "package.json"), "yaml");
}
/** Bump when what a memo holds changes (parseYaml's options, the checks below), so old memos are not read. */
const MEMO_FORMAT = "yaml-memo@1";
/** Memo files kept at most (one per distinct text parsed; the oldest go first). */
const KEEP = 64;

/**
 * True for what JSON gives back exactly: null, booleans, strings, finite numbers but -0, and arrays and
 * plain objects of them. A value that holds itself (a YAML alias of its own anchor) is not.
 */
export function isPlainJson(value: unknown, open: Set<object> = new Set()): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== "object" || open.has(value)) return false;
  open.add(value);
  const plain = Array.isArray(value)
    ? value.every((v) => isPlainJson(v, open))
    : Object.getPrototypeOf(value) === Object.prototype &&
      Object.getOwnPropertySymbols(value).length === 0 &&
      Object.keys(value).every((k) => k !== "__proto__" && isPlainJson((value as Record<string, unknown>)[k], open));
  open.delete(value);
  return plain;
}

/**
 * parseYaml with its results kept as JSON, one file per text (named by a hash
 * of the text and the yaml package's version): parsing data/ with the yaml
 * package takes about 70 ms, reading its JSON back a few. A result JSON would
 * not give back exactly (a date, NaN…) is not kept; a memo that cannot be read
 * or written is parsed again, with no warning (it is only a shortcut).
 */
export function memoYaml(dir?: string): (text: string, file: string) => unknown {
  let version: string | undefined;
  return (text, file) => {
    try {
      dir ??= memoDir();
    } catch {
      return parseYaml(text, file);
    }
    version ??= packageVersion("yaml");
    const path = join(dir, `${createHash("sha1").update(`${MEMO_FORMAT}\0${version}\0${text}`).digest("hex")}.json`);
    try {
      return JSON.parse(readFileSync(path, "utf8"));
    } catch {
      // none yet: parse below
    }
    const value = parseYaml(text, file);
    if (isPlainJson(value)) keep(dir!, path, value);
    return value;
  };
}

function keep(dir: string, path: string, value: unknown): void {
  try {
    writeByRename(path, JSON.stringify(value));
    const names = readdirSync(dir).filter((n) => n.endsWith(".json"));
    if (names.length <= KEEP) return;
    const byAge = names.map((n) => ({n, t: statSync(join(dir, n)).mtimeMs})).sort((a, b) => a.t - b.t);
    for (const {n} of byAge.slice(0, names.length - KEEP)) rmSync(join(dir, n), {force: true});
  } catch {
    // not kept: parsed again next time
  }
}
