import {createHash} from "node:crypto";
import {readdirSync, rmSync} from "node:fs";
import {join} from "node:path";

/**
 * Removes a table's part files in `dir` that this run did not use (of files no longer read, or changed):
 * those named `<table>-….<extension>` and not in `used`. A missing folder has nothing to remove.
 */
export function pruneParts(dir: string, table: string, extension: string, used: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(`${table}-`) && name.endsWith(extension) && !used.has(name)) rmSync(join(dir, name), {force: true});
}

/** The file name of a table's part for one input file's rows: `<table>-<hash of the span id and version>.<extension>`. */
export function partName(table: string, id: string, version: string, extension: string): string {
  return `${table}-${createHash("sha1").update(`${id}\0${version}`).digest("hex").slice(0, 24)}${extension}`;
}
