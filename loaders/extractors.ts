/**
 * The extractors and corpus steps, in the order they run. This is the one
 * place that sets the order, the way chrono-node's locale index.ts does.
 */
import {datesExtractor, faqDates} from "./dates/extractor.js";
import {reresolveDate} from "./dates/reresolve.js";
import {eventMentionExtractor} from "./events/detect.js";
import {eventsStep} from "./events/step.js";
import {peopleExtractor} from "./people/extractor.js";
import {peopleStep} from "./people/step.js";
import type {ArticleExtractor, CorpusStep} from "./pipeline.js";
import {quotesExtractor} from "./quotes/extractor.js";
import {statementsStep} from "./quotes/statements.js";
import {topicsExtractor} from "./topics/extractor.js";
import {framingStep} from "./topics/framing.js";
import {keyTermsStep} from "./topics/keyterms.js";

/** Per-article extractors: each sees the rows of those before it (quotes read the mentions). */
export const articleExtractors: readonly ArticleExtractor[] = [peopleExtractor, datesExtractor, quotesExtractor, topicsExtractor, eventMentionExtractor(faqDates)];

/**
 * Steps over the whole corpus, after every article is extracted. People come
 * first: they fix the person ids that statements and events use.
 */
export const corpusSteps: readonly CorpusStep[] = [peopleStep, statementsStep, keyTermsStep, framingStep, eventsStep(reresolveDate)];

/** Version of the whole extraction, part of the cache key. */
export const EXTRACTOR_VERSION = ["ingest@1", ...articleExtractors.map((e) => `${e.name}@${e.version}`)].join(",");
