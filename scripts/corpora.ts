import {existsSync} from "node:fs";
import {join, resolve} from "node:path";

/**
 * Where the third-party evaluation corpora live: ../shared/corpora beside the
 * project, or PRESSESPIEGEL_CORPORA. They are licensed non-commercial and are
 * never copied into the project.
 */
export const CORPORA = resolve(process.env.PRESSESPIEGEL_CORPORA ?? join(import.meta.dirname, "..", "..", "shared", "corpora"));

/** Path of one corpus folder, or undefined when it is absent (callers skip cleanly). */
export function corpusPath(name: string): string | undefined {
  const path = join(CORPORA, name);
  return existsSync(path) ? path : undefined;
}
