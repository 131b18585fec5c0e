import {mkdirSync, renameSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import {threadId} from "node:worker_threads";

/**
 * Writes `data` to `path` under a private name first, then renames it, so processes or worker
 * threads writing the same file at once never leave a half-written one to read; creates the folder.
 */
export function writeByRename(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), {recursive: true});
  const part = `${path}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(part, data);
  renameSync(part, path);
}
