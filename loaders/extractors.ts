/**
 * The extractors and corpus steps, in the order they run. This is the one
 * place that sets the order, the way chrono-node's locale index.ts does.
 */
import type {ArticleExtractor, CorpusStep} from "./pipeline.js";
import {topicsExtractor} from "./topics/extractor.js";
import {framingStep} from "./topics/framing.js";
import {keyTermsStep} from "./topics/keyterms.js";

/** Per-article extractors: each sees the rows of those before it. */
export const articleExtractors: readonly ArticleExtractor[] = [topicsExtractor];

/** Steps over the whole corpus, after every article is extracted. */
export const corpusSteps: readonly CorpusStep[] = [keyTermsStep, framingStep];

/** Version of the whole extraction, part of the cache key. */
export const EXTRACTOR_VERSION = ["ingest@1", ...articleExtractors.map((e) => `${e.name}@${e.version}`)].join(",");
