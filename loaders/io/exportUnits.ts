import {decode} from "../ingest/decode.js";
import type {RawArticle} from "../types.js";
import {mayBePressExport, pressExportItems} from "./adapters/pressExport.js";
import type {InputFile} from "./inputs.js";

/** A unit of an export's document: an article or the reason it is unusable (units.ts Unit's shapes). */
export type ExportUnit = {file: string; raw: RawArticle; bytesRead: number; warnings?: string[]} | {file: string; problem: string; bytesRead: number};

/**
 * The units of a `.txt` file that is a press-database export (adapters/pressExport.ts), one per
 * document, each with what sources.yaml gives for the file and for the document (`withSources`);
 * undefined for any other file, which is then read as one article. Only a file whose bytes may be an
 * export (mayBePressExport) is decoded here.
 */
export function exportUnits(input: InputFile, file: string, bytes: Uint8Array, withSources: (raw: RawArticle, input: InputFile, item: string) => RawArticle): ExportUnit[] | undefined {
  if (!/\.txt$/i.test(input.path) || !mayBePressExport(bytes)) return undefined;
  let text: string;
  try {
    text = decode(bytes).text;
  } catch {
    return undefined;
  }
  const items = pressExportItems(text, file);
  if (!items) return undefined;
  return items.map((item) =>
    "raw" in item
      ? {file: item.file, raw: withSources(item.raw, input, item.file.slice(file.length)), bytesRead: Buffer.byteLength(item.raw.text), ...(item.warnings?.length ? {warnings: item.warnings} : {})}
      : {file: item.file, problem: item.problem, bytesRead: 0}
  );
}
