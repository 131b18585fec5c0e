/**
 * A column mapping found in an input folder, as a sources.yaml is: a file `mapping.yaml` (or `mapping.yml`) at the top of a folder
 * given on the command line (or in PRESSESPIEGEL_INPUT) maps the CSV, TSV, JSONL and JSON inputs of that folder and below, without `--mapping`.
 * A mapping named with `--mapping` (or PRESSESPIEGEL_MAPPING) wins; a mapping file deeper down is not read, and its ingest row says why.
 */
import {existsSync, statSync} from "node:fs";
import {basename, isAbsolute, join, relative, resolve} from "node:path";

/** Names of a mapping file found in an input folder without `--mapping`. */
export const MAPPING_FILES: readonly string[] = ["mapping.yaml", "mapping.yml"];

/** How the ingest row of the run's mapping file begins (its reason), so that a report tells it from an input's warning. */
export const MAPPING_ROW_REASON = "column mapping";

/**
 * The mapping file at the top of the input folders in `paths`, or undefined when none has one. Throws, naming the files, when several
 * folders (or one folder with both names) have one: a run reads one mapping file, so the user must name it.
 */
export function folderMapping(paths: readonly string[]): string | undefined {
  const found: string[] = [];
  for (const path of paths) {
    if (!isFolder(path)) continue;
    for (const name of MAPPING_FILES) if (existsSync(join(path, name))) found.push(join(path, name));
  }
  if (found.length > 1) throw new Error(`several mapping files in the input folders (${found.join(", ")}): name the one to use with --mapping FILE (PRESSESPIEGEL_MAPPING for the report)`);
  return found[0];
}

/** Whether a file's name is that of a mapping file found in a folder (`MAPPING_FILES`). */
export function isMappingName(path: string): boolean {
  return MAPPING_FILES.includes(basename(path).toLowerCase());
}

/**
 * The reason of the mapping file's ingest row: "column mapping (--mapping) for every CSV, TSV, JSONL and JSON input", or "column mapping (found
 * in the input folder) for the CSV, TSV, JSONL and JSON inputs in its folder and below".
 */
export function mappingRowReason(how: "given" | "found", scoped: boolean): string {
  const source = how === "found" ? "found in the input folder" : "--mapping";
  return `${MAPPING_ROW_REASON} (${source}) for ${scoped ? "the CSV, TSV, JSONL and JSON inputs in its folder and below" : "every CSV, TSV, JSONL and JSON input"}`;
}

/** Whether an ingest row is the run's mapping file's (see `mappingRowReason`): no input, and its reason no warning. */
export function isMappingRow(row: {status: string; reason: string}): boolean {
  return row.status === "ok" && row.reason.startsWith(`${MAPPING_ROW_REASON} (`);
}

/** Whether a mapping file lies in one of the input folders `paths` (or below), so that it maps that folder only. */
export function mappingInInputFolder(mapping: string, paths: readonly string[]): boolean {
  const file = resolve(mapping);
  return paths.some((path) => {
    if (!isFolder(path)) return false;
    const rel = relative(resolve(path), file);
    return !!rel && !rel.startsWith("..") && !isAbsolute(rel);
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
