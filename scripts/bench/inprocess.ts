import * as chrono from "chrono-node";
import type {Config} from "../../loaders/config.js";
import {articleExtractors, corpusSteps} from "../../loaders/extractors.js";
import {combineTables, extractArticle, prepareArticle} from "../../loaders/pipeline.js";
import {splitSentences} from "../../loaders/text/sentences.js";
import type {Article, ArticleTables, RawArticle} from "../../loaders/types.js";

/** Seconds taken by one stage over the whole corpus: wall clock and CPU (this process). */
export interface Stage {
  name: string;
  seconds: number;
  cpu: number;
}

/** Wall and CPU seconds of `fn`. CPU time is less disturbed by other load on the machine. */
function time<T>(fn: () => T): [T, number, number] {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return [value, (performance.now() - started) / 1000, (used.user + used.system) / 1e6];
}

const REFERENCE = new Date(2016, 0, 1);


/**
 * Times, on the calling thread and over the same texts: preparing articles
 * (parts, sentences, metadata), each per-article extractor (summed over its
 * calls, each seeing the rows of the ones before it), each corpus step,
 * chrono-node's German parser alone (`chrono.de.parse(text, ref)`) and one
 * sentence-splitting pass. A short warm-up runs first so JIT compilation is not timed.
 */
export function timeInProcess(raws: readonly RawArticle[], config: Config): {pipeline: Stage[]; chrono: Stage; split: Stage; chronoResults: number} {
  const warm = raws.slice(0, 50);
  for (const raw of warm) {
    const article = prepareArticle(raw, config);
    runExtractors(article, config, new Map());
    chrono.de.parse(raw.text, REFERENCE);
    splitSentences(raw.text);
  }
  const [articles, prepare, prepareCpu] = time(() => raws.map((raw) => prepareArticle(raw, config)));
  const perExtractor = new Map<string, {seconds: number; cpu: number}>();
  const perArticle = articles.map((article) => runExtractors(article, config, perExtractor));
  const steps: Stage[] = [];
  const [, combine, combineCpu] = time(() => combineTables(perArticle, [], config, []));
  for (let i = 0; i < corpusSteps.length; i++) {
    const tables = combineTables(perArticle, [], config, corpusSteps.slice(0, i));
    const [, seconds, cpu] = time(() => corpusSteps[i].run(tables, config));
    steps.push({name: `corpus step ${corpusSteps[i].name}`, seconds, cpu});
  }
  const [chronoResults, chronoSeconds, chronoCpu] = time(() => raws.reduce((n, raw) => n + chrono.de.parse(raw.text, REFERENCE).length, 0));
  const [, split, splitCpu] = time(() => raws.reduce((n, raw) => n + splitSentences(raw.text).length, 0));
  return {
    pipeline: [
      {name: "prepare (parts, sentences, metadata)", seconds: prepare, cpu: prepareCpu},
      ...[...perExtractor].map(([name, t]) => ({name: `extractor ${name}`, ...t})),
      {name: "combine tables", seconds: combine, cpu: combineCpu},
      ...steps
    ],
    chrono: {name: "chrono.de.parse alone (peer)", seconds: chronoSeconds, cpu: chronoCpu},
    split: {name: "sentence splitting (floor)", seconds: split, cpu: splitCpu},
    chronoResults
  };
}

/** extractArticle's loop with a clock around each extractor. */
function runExtractors(article: Article, config: Config, clock: Map<string, {seconds: number; cpu: number}>): ArticleTables {
  const add = (name: string, seconds: number, cpu: number) => {
    const t = clock.get(name) ?? {seconds: 0, cpu: 0};
    clock.set(name, {seconds: t.seconds + seconds, cpu: t.cpu + cpu});
  };
  const [tables, seconds, cpu] = time(() => extractArticle(article, config, []));
  add("(article and part rows)", seconds, cpu);
  for (const extractor of articleExtractors) {
    const [out, seconds, cpu] = time(() => extractor.run(article, config, tables));
    add(extractor.name, seconds, cpu);
    for (const [name, rows] of Object.entries(out)) (tables as any)[name] = rows;
  }
  return tables;
}
