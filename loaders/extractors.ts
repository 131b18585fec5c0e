/**
 * The extractors in the order they run: the one place that sets it, the way
 * chrono-node's locale index.ts does (the corpus steps' order is set in
 * corpus-steps.ts).
 */
import {corpusStepsWith} from "./corpus-steps.js";
import {datesExtractor, faqDates} from "./dates/extractor.js";
import {reresolveDate} from "./dates/reresolve.js";
import {eventMentionExtractor} from "./events/detect.js";
import {peopleExtractor} from "./people/extractor.js";
import type {ArticleExtractor, CorpusStep} from "./pipeline.js";
import {quotesExtractor} from "./quotes/extractor.js";
import {topicsExtractor} from "./topics/extractor.js";

/** Per-article extractors: each sees the rows of those before it (quotes read the mentions). */
export const articleExtractors: readonly ArticleExtractor[] = [peopleExtractor, datesExtractor, quotesExtractor, topicsExtractor, eventMentionExtractor(faqDates)];

/** Steps over the whole corpus, after every article is extracted (with the date finder; see corpus-steps.ts). */
export const corpusSteps: readonly CorpusStep[] = corpusStepsWith(reresolveDate);

/** Version of the whole extraction (the run key also hashes the source of loaders/, which holds these versions). */
export const EXTRACTOR_VERSION = ["ingest@1", ...articleExtractors.map((e) => `${e.name}@${e.version}`)].join(",");
