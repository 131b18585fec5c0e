/**
 * A mapping file's scope and its entries per file: which settings each
 * tabular input of a run (CSV, TSV, JSONL) is read with. See README "Many
 * articles in one file" and adapterOptions in options.ts.
 */
import {basename, isAbsolute, relative, resolve, sep} from "node:path";
import type {AdapterOptions} from "./index.js";

/** What adapterOptions keeps of a mapping file with entries per file, or one lying in an input folder. */
export interface PerFileMapping {
  /** The mapping file, as named in messages. */
  file: string;
  /** Its folder, absolute: an entry key with a "/" is a path relative to it. */
  folder: string;
  /** Set when the mapping lies in an input folder: it then maps only the files in its folder and below. */
  scoped: boolean;
  /** Entries in file order, each with its options (the flags over the entry's settings): the first that names a file is used. */
  entries: {key: string; options: AdapterOptions}[];
  /** The options of a file the mapping does not cover (the flags alone: default column names). */
  outside: AdapterOptions;
}

/**
 * The options one file is read with: those of the first entry naming it, else
 * the mapping's top-level settings, or the flags alone for a file outside the
 * folder of a mapping that lies in an input folder. Options without entries
 * per file are returned as they are.
 */
export function optionsFor(options: AdapterOptions, path: string): AdapterOptions {
  const perFile = options.perFile;
  if (!perFile) return options;
  const absolute = resolve(path);
  if (perFile.scoped && !isInside(absolute, perFile.folder)) return perFile.outside;
  for (const entry of perFile.entries) if (entryMatches(entry.key, absolute, perFile.folder)) return entry.options;
  const {perFile: _, ...top} = options;
  return top;
}

/** Entry keys of a mapping that name none of `paths` (a misspelt file name), for a warning. */
export function unusedEntries(options: AdapterOptions, paths: readonly string[]): string[] {
  const perFile = options.perFile;
  if (!perFile) return [];
  const absolute = paths.map((p) => resolve(p));
  return perFile.entries.filter((e) => !absolute.some((p) => (!perFile.scoped || isInside(p, perFile.folder)) && entryMatches(e.key, p, perFile.folder))).map((e) => e.key);
}

/**
 * Whether a mapping file's key names a file (an entry) rather than a setting:
 * it has an extension, a glob character or a "/" (`export.csv`, `*.tsv`, `alt/**`).
 */
export function isEntryKey(key: string, _value: unknown): boolean {
  return /[.*?/]/.test(key);
}

/** Throws for an entry key that leaves the mapping's folder (absolute, or with ".."), naming the mapping file and the key. */
export function checkEntryKey(key: string, mappingFile: string): void {
  if (isAbsolute(key) || key.split(/[/\\]/).includes("..")) throw new Error(`mapping file ${mappingFile}: "${key}": an entry names files in the mapping's folder or below it (a name such as "export.csv", or a path relative to the mapping's folder)`);
}

/**
 * Whether entry `key` names the file at `absolute`: a key without "/" is matched
 * against the file's name (in any folder), one with "/" against its path relative to `folder`.
 * In a key, `*` stands for any characters but "/", `**` for any folders, `?` for one character.
 */
export function entryMatches(key: string, absolute: string, folder: string): boolean {
  if (!key.includes("/")) return globRegExp(key).test(basename(absolute));
  if (!isInside(absolute, folder)) return false;
  return globRegExp(key.replace(/^\.\//, "")).test(relative(folder, absolute).split(sep).join("/"));
}

/** Whether `path` lies in `folder` or below it (both absolute). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

const compiled = new Map<string, RegExp>();

function globRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    let source = "";
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i];
      if (c === "*" && glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        source += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else if (c === "*") source += "[^/]*";
      else if (c === "?") source += "[^/]";
      else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    re = new RegExp(`^${source}$`);
    compiled.set(glob, re);
  }
  return re;
}
