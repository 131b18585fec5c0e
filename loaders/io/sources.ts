/**
 * The sources.yaml files beside the inputs: which apply to a file, the
 * metadata they give it, and what each holds that is not used (broken YAML,
 * entries that match no file, unknown keys), for ingest.csv and the logs.
 * A sources.yaml applies to the files of its folder and of its subfolders when
 * that folder is read (a folder given on the command line, or one inside it);
 * its keys are paths relative to its folder. A nearer sources.yaml wins key by key.
 * A folder given that has no sources.yaml of its own takes the nearest one above
 * it when that one names files inside it (with a warning on its row naming it).
 */
import {statSync, readFileSync} from "node:fs";
import {dirname, isAbsolute, join, relative, resolve, sep} from "node:path";
import {InputError} from "../ingest/decode.js";
import {parseSources, type SourcesData} from "../ingest/sources.js";
import type {SourceMeta} from "../types.js";
import {projectPath} from "./userPath.js";

/** The metadata file users edit beside their articles. */
export const SOURCES_FILE = "sources.yaml";

/** One sources.yaml as read: its data, or why it cannot be used. */
interface Loaded {
  path: string;
  data?: SourcesData;
  problem?: string;
}

/** Per folder, its sources.yaml as last read and the stamp it was read at (null: the folder has none). */
const loaded = new Map<string, {stamp: string | undefined; entry: Loaded | null}>();
/** Per sources.yaml path, its stamp in this run (see newSourcesRun): stat once per folder per run, not once per input. */
const stamps = new Map<string, string | undefined>();

/**
 * Starts a run: the sources.yaml files are stat'ed again (once each), one
 * that changed since the last run of this process is parsed again, and the
 * folders that apply to an input are found again.
 */
export function newSourcesRun(): void {
  stamps.clear();
  aboveRoot.clear();
  chains.clear();
}

/** Size and modification time of a file, or undefined when there is none. */
function statStamp(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${stat.size}:${stat.mtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The stamp of a sources.yaml in this run (stat'ed at its first ask). */
function sourcesStampOf(path: string): string | undefined {
  if (!stamps.has(path)) stamps.set(path, statStamp(path));
  return stamps.get(path);
}

/**
 * The sources.yaml of a folder, parsed once per run at most (again only when
 * its size or modification time changed since this process last parsed it);
 * undefined when the folder has none.
 */
function load(dir: string): Loaded | undefined {
  const path = join(dir, SOURCES_FILE);
  const stamp = sourcesStampOf(path);
  const last = loaded.get(dir);
  if (last && last.stamp === stamp) return last.entry ?? undefined;
  let entry: Loaded | null = null;
  if (stamp) {
    try {
      entry = {path, data: parseSources(readFileSync(path, "utf8"))};
    } catch (error) {
      entry = {path, problem: error instanceof InputError ? error.message : `could not be read: ${(error as Error).message}`};
    }
  }
  loaded.set(dir, {stamp, entry});
  return entry ?? undefined;
}

/**
 * The folders whose sources.yaml may apply to a file: from `root` (the folder
 * given on the command line) down to the file's folder; only the file's
 * folder for a file given by itself (no root) or outside the root.
 */
function folders(path: string, root?: string): string[] {
  const dir = dirname(resolve(path));
  const id = `${root ?? ""}\0${dir}`;
  let out = chains.get(id);
  if (!out) chains.set(id, (out = chain(dir, root)));
  return out;
}

/** Chains of folders by root and folder (the inputs of one folder share theirs). */
const chains = new Map<string, string[]>();

/** The folders from `root` down to `dir` (see folders), after the folder above the root whose sources.yaml applies (see above). */
function chain(dir: string, root?: string): string[] {
  if (!root) return [dir];
  const top = resolve(root);
  const rel = relative(top, dir);
  if (rel.startsWith("..") || isAbsolute(rel)) return [dir];
  const up = above(top);
  const out = [top];
  for (const part of rel.split(sep).filter(Boolean)) out.push(join(out[out.length - 1], part));
  return up ? [up, ...out] : out;
}

/** The folder above each root whose sources.yaml applies to it, or null (see above). */
const aboveRoot = new Map<string, string | null>();

/** Keys of a sources.yaml in `dir` that name a file inside `top` (a folder below `dir`). */
function keysInside(dir: string, data: SourcesData, top: string): string[] {
  const prefix = relative(dir, top) + sep;
  return [...data.entries.keys()].filter((key) => relative(dir, resolve(dir, key)).startsWith(prefix));
}

/**
 * The folder of the nearest sources.yaml above a folder given on the command line that has
 * none of its own, when that sources.yaml names files inside the folder (a file with no entry
 * for it, or a broken one, is not taken for it); undefined when there is none.
 */
function above(top: string): string | undefined {
  let found = aboveRoot.get(top);
  if (found === undefined) {
    found = null;
    if (!load(top)) {
      for (let dir = dirname(top); ; dir = dirname(dir)) {
        const sources = load(dir);
        if (sources) {
          if (sources.data && keysInside(dir, sources.data, top).length) found = dir;
          break;
        }
        if (dirname(dir) === dir) break;
      }
    }
    aboveRoot.set(top, found);
  }
  return found ?? undefined;
}

/**
 * Metadata for a file from the sources.yaml files that apply to it (keyed by
 * its path relative to each one's folder; the nearest wins key by key; for one
 * row or item of a CSV, JSONL or feed file, `item` is its "#n" and an entry
 * "name.csv#n" adds to the file's), and a
 * warning for each of them that is broken and so gives nothing.
 */
export function sourcesFor(path: string, root?: string, item = ""): {given: SourceMeta; warnings: string[]} {
  let given: SourceMeta = {};
  const warnings: string[] = [];
  const file = resolve(path);
  for (const dir of folders(path, root)) {
    const sources = load(dir);
    if (!sources) continue;
    if (!sources.data) {
      warnings.push(`metadata from ${projectPath(sources.path)} not used: it is broken (see its own row)`);
      continue;
    }
    const key = relative(dir, file).split(sep).join("/");
    const meta = sources.data.entries.get(key);
    if (meta) given = {...given, ...meta};
    const itemMeta = item ? sources.data.entries.get(key + item) : undefined;
    if (itemMeta) given = {...given, ...itemMeta};
  }
  return {given, warnings};
}

/** Sizes and modification times of the sources.yaml files that apply to a file (for the cache's file memo). */
export function sourcesStamp(path: string, root?: string): string {
  return folders(path, root).map((dir) => sourcesStampOf(join(dir, SOURCES_FILE)) ?? "-").join(",");
}

/** What one sources.yaml that applies to the inputs has to report: why it is broken, or its warnings. */
export interface SourcesReport {
  /** Its path (absolute). */
  path: string;
  problem?: string;
  warnings: string[];
}

/**
 * Every sources.yaml that applies to some of the inputs and has something to
 * report, by path: a broken one with its problem; a readable one with a warning
 * for each entry that matches no file (or a file outside its folder), each
 * entry that is no mapping, each unknown key and each unreadable date.
 */
export function sourcesReports(inputs: Iterable<{path: string; root?: string; problem?: string}>): SourcesReport[] {
  const dirs = new Set<string>();
  // a sources.yaml above a folder given: only its entries for that folder are reported
  const tops = new Map<string, Set<string>>();
  for (const input of inputs) {
    if (input.problem) continue;
    for (const dir of folders(input.path, input.root)) dirs.add(dir);
    const top = input.root && resolve(input.root);
    const up = top && above(top);
    if (up) tops.set(up, (tops.get(up) ?? new Set()).add(top));
  }
  const reports: SourcesReport[] = [];
  for (const dir of [...dirs].sort()) {
    const sources = load(dir);
    if (!sources) continue;
    if (!sources.data) {
      reports.push({path: sources.path, problem: sources.problem, warnings: []});
      continue;
    }
    const below = tops.get(dir);
    const keys = below ? [...below].flatMap((top) => keysInside(dir, sources.data!, top)) : [...sources.data.entries.keys()];
    const warnings = below
      ? [...[...below].map((top) => `found above the folder read (${projectPath(top)}), which has no ${SOURCES_FILE}: its entries for files in that folder are used`),
        ...sources.data.warnings.filter((w) => keys.some((key) => w.startsWith(`entry "${key}"`)))]
      : [...sources.data.warnings];
    for (const key of keys) {
      // "feed.atom#2" names the second item of feed.atom
      const target = resolve(dir, key.replace(/#\d+$/, ""));
      const rel = relative(dir, target);
      if (rel.startsWith("..") || isAbsolute(rel)) warnings.push(`entry "${key}" names a file outside ${projectPath(dir)}; ignored`);
      else if (!statStamp(target)) warnings.push(`entry "${key}" matches no file (looked for ${projectPath(target)})`);
    }
    if (warnings.length) reports.push({path: sources.path, warnings});
  }
  return reports;
}
