import * as chrono from "chrono-node";
import type {Config} from "../../loaders/config.js";
import {articleExtractors, corpusSteps} from "../../loaders/extractors.js";
import {combineTables, extractArticle, prepareArticle} from "../../loaders/pipeline.js";
import {splitSentences} from "../../loaders/text/sentences.js";
import type {Article, ArticleTables, RawArticle} from "../../loaders/types.js";

/** Seconds taken by one stage over the whole corpus. */
export interface Stage {
  name: string;
  seconds: number;
}

const REFERENCE = new Date(2016, 0, 1);

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, (performance.now() - started) / 1000];
}

/**
 * Times, on the calling thread and over the same texts: preparing articles
 * (parts, sentences, metadata), each per-article extractor (summed over its
 * calls, each seeing the rows of the ones before it), each corpus step,
 * chrono-node's German parser alone (`chrono.de.parse(text, ref)`) and one
 * sentence-splitting pass. A short warm-up runs first so JIT compilation is not timed.
 */
export function timeInProcess(raws: readonly RawArticle[], config: Config): {pipeline: Stage[]; chrono: number; split: number; chronoResults: number} {
  const warm = raws.slice(0, 50);
  for (const raw of warm) {
    const article = prepareArticle(raw, config);
    runExtractors(article, config, new Map());
    chrono.de.parse(raw.text, REFERENCE);
    splitSentences(raw.text);
  }
  const [articles, prepare] = time(() => raws.map((raw) => prepareArticle(raw, config)));
  const perExtractor = new Map<string, number>([["(article and part rows)", 0], ...articleExtractors.map((e) => [e.name, 0] as [string, number])]);
  const perArticle = articles.map((article) => runExtractors(article, config, perExtractor));
  const steps: Stage[] = [];
  const [, combine] = time(() => combineTables(perArticle, [], config, []));
  for (let i = 0; i < corpusSteps.length; i++) {
    const tables = combineTables(perArticle, [], config, corpusSteps.slice(0, i));
    const [, seconds] = time(() => corpusSteps[i].run(tables, config));
    steps.push({name: `corpus step ${corpusSteps[i].name}`, seconds});
  }
  const [chronoResults, chronoSeconds] = time(() => raws.reduce((n, raw) => n + chrono.de.parse(raw.text, REFERENCE).length, 0));
  const [, split] = time(() => raws.reduce((n, raw) => n + splitSentences(raw.text).length, 0));
  return {
    pipeline: [
      {name: "prepare (parts, sentences, metadata)", seconds: prepare},
      ...[...perExtractor].map(([name, seconds]) => ({name: `extractor ${name}`, seconds})),
      {name: "combine tables", seconds: combine},
      ...steps
    ],
    chrono: chronoSeconds,
    split,
    chronoResults
  };
}

/** extractArticle's loop with a clock around each extractor. */
function runExtractors(article: Article, config: Config, clock: Map<string, number>): ArticleTables {
  const started = performance.now();
  const tables = extractArticle(article, config, []);
  clock.set("(article and part rows)", (clock.get("(article and part rows)") ?? 0) + (performance.now() - started) / 1000);
  for (const extractor of articleExtractors) {
    const started = performance.now();
    const out = extractor.run(article, config, tables);
    clock.set(extractor.name, (clock.get(extractor.name) ?? 0) + (performance.now() - started) / 1000);
    for (const [name, rows] of Object.entries(out)) (tables as any)[name] = rows;
  }
  return tables;
}
