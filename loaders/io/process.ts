import type {Config} from "../config.js";
import {articleExtractors} from "../extractors.js";
import {InputError, type MixedReading} from "../ingest/decode.js";
import {extractArticle, prepareArticle} from "../pipeline.js";
import type {ArticleTables, RawArticle, SourceMeta} from "../types.js";
import {rawFromBytes} from "./inputs.js";

/** A unit the workers analyse: a file's bytes or an adapter's RawArticle. */
export type Job = {file: string; path: string; bytes: Uint8Array; given: SourceMeta; mixed?: MixedReading | null} | {file: string; raw: RawArticle};

/** The outcome of one job: the article's id and rows, or why it was rejected. */
export type JobResult = {ok: true; article_id: string; tables: ArticleTables} | {ok: false; reason: string};

/**
 * Decodes (for files), prepares and extracts one article with every
 * per-article extractor. Never throws: failures become a reason a person understands.
 */
export function runJob(job: Job, config: Config): JobResult {
  try {
    const raw: RawArticle = "raw" in job ? job.raw : {...rawFromBytes(job.path, job.bytes, job.given, job.mixed), file: job.file};
    const article = prepareArticle(raw, config);
    return {ok: true, article_id: article.id, tables: extractArticle(article, config, articleExtractors)};
  } catch (error) {
    return {ok: false, reason: error instanceof InputError ? error.message : `could not be processed: ${(error as Error).message}`};
  }
}
