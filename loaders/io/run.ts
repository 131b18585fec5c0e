import {relative} from "node:path";
import type {Config} from "../config.js";
import {articleExtractors, corpusSteps} from "../extractors.js";
import {InputError} from "../ingest/decode.js";
import {combineTables, extractArticle, prepareArticle} from "../pipeline.js";
import type {ArticleTables, IngestRow, RawArticle, Tables} from "../types.js";
import {listInputs, readTextFile} from "./inputs.js";

export interface RunOptions {
  /** Files or folders to read (folders recursively). */
  paths: string[];
  config: Config;
  /** Called after each input, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Called with a one-line message for each rejected input. */
  onReject?: (file: string, reason: string) => void;
}

export interface RunResult {
  tables: Tables;
  inputs: number;
  rejected: number;
  bytes: number;
}

/**
 * Reads every input, extracts each article and combines the tables.
 * A bad file becomes a "rejected" row with its reason and never stops the run;
 * an exact repeat of an earlier input becomes a "duplicate" row.
 */
export function runExtract({paths, config, onProgress, onReject}: RunOptions): RunResult {
  const files = listInputs(paths);
  const ingest: IngestRow[] = [];
  const perArticle: ArticleTables[] = [];
  const seen = new Map<string, string>();
  let bytes = 0;
  files.forEach((input, i) => {
    const file = relative(".", input.path) || input.path;
    const reject = (reason: string) => {
      ingest.push({file, status: "rejected", reason, article_id: ""});
      onReject?.(file, reason);
    };
    try {
      if (input.problem) return reject(input.problem);
      const raw: RawArticle = {...readTextFile(input.path), file};
      bytes += raw.text.length;
      const article = prepareArticle(raw, config);
      const first = seen.get(article.id);
      if (first) return void ingest.push({file, status: "duplicate", reason: `same text as ${first}`, article_id: article.id});
      seen.set(article.id, file);
      perArticle.push(extractArticle(article, config, articleExtractors));
      ingest.push({file, status: "ok", reason: "", article_id: article.id});
    } catch (error) {
      reject(error instanceof InputError ? error.message : `could not be processed: ${(error as Error).message}`);
    } finally {
      onProgress?.(i + 1, files.length);
    }
  });
  const tables = combineTables(perArticle, ingest, config, corpusSteps);
  return {tables, inputs: files.length, rejected: ingest.filter((r) => r.status === "rejected").length, bytes};
}
