/**
 * The extractors and corpus steps, in the order they run. This is the one
 * place that sets the order, the way chrono-node's locale index.ts does.
 */
import {datesExtractor, faqDates} from "./dates/extractor.js";
import {reresolveDate} from "./dates/reresolve.js";
import {eventMentionExtractor} from "./events/detect.js";
import {eventsStep} from "./events/step.js";
import type {ArticleExtractor, CorpusStep} from "./pipeline.js";

/** Per-article extractors: each sees the rows of those before it. */
export const articleExtractors: readonly ArticleExtractor[] = [datesExtractor, eventMentionExtractor(faqDates)];

/** Steps over the whole corpus, after every article is extracted. */
export const corpusSteps: readonly CorpusStep[] = [eventsStep(reresolveDate)];

/** Version of the whole extraction, part of the cache key. */
export const EXTRACTOR_VERSION = ["ingest@1", ...articleExtractors.map((e) => `${e.name}@${e.version}`)].join(",");
