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
