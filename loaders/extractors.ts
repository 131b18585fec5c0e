/**
 * The extractors and corpus steps, in the order they run. This is the one
 * place that sets the order, the way chrono-node's locale index.ts does.
 */
import {peopleExtractor} from "./people/extractor.js";
import {peopleStep} from "./people/step.js";
import type {ArticleExtractor, CorpusStep} from "./pipeline.js";
import {quotesExtractor} from "./quotes/extractor.js";
import {statementsStep} from "./quotes/statements.js";

/** Per-article extractors: each sees the rows of those before it. */
export const articleExtractors: readonly ArticleExtractor[] = [peopleExtractor, quotesExtractor];

/** Steps over the whole corpus, after every article is extracted. */
export const corpusSteps: readonly CorpusStep[] = [peopleStep, statementsStep];

/** Version of the whole extraction, part of the cache key. */
export const EXTRACTOR_VERSION = ["ingest@1", ...articleExtractors.map((e) => `${e.name}@${e.version}`)].join(",");
