import {readFileSync} from "node:fs";
import type {Article, PartLabel, RawArticle, Sentence, Tables} from "../types.js";
import {prepareArticle} from "../pipeline.js";
import {loadConfig} from "./config.js";
import {listInputs, rawFromBytes} from "./inputs.js";
import {reportAdapters, reportMappingFile, reportCacheFile, reportData, reportInputs, reportTablesParallel, saveReportCache} from "./report.js";
import {readUnits} from "./units.js";

/** The report's tables with the text and sentence spans of every article kept. */
export interface ReportCorpus {
  tables: Tables;
  docs: Map<string, Pick<Article, "text" | "sentences">>;
}

/**
 * The report's tables (reportTablesParallel, cached) and, for the reader and the
 * evidence sentences, each kept article's text and sentences: the inputs (files
 * and adapter rows, PRESSESPIEGEL_MAPPING as for the tables) are read and
 * prepared again, which is cheap next to extraction, and matched by article id.
 * The texts and sentences are kept in REPORT_CACHE under the same key as the
 * tables (see reportCacheFile), so a build with unchanged inputs, data/ and
 * loaders/ reads them back instead.
 */
export async function reportCorpus(): Promise<ReportCorpus> {
  const tables = await reportTablesParallel();
  const file = reportCacheFile("docs");
  const cached = readDocs(file);
  if (cached && tables.articles.every((a) => cached.has(a.article_id))) return {tables, docs: cached};
  const config = loadConfig(reportData());
  const adapters = reportAdapters();
  const wanted = new Set(tables.articles.map((a) => a.article_id));
  const docs: ReportCorpus["docs"] = new Map();
  for (const unit of readUnits(listInputs(reportInputs(), undefined, [reportMappingFile()].filter((f) => f !== undefined)), adapters)) {
    if ("problem" in unit || "cachedKey" in unit) continue;
    try {
      const raw: RawArticle = "raw" in unit ? unit.raw : {...rawFromBytes(unit.path, unit.bytes, unit.given, unit.mixed), file: unit.file};
      const article = prepareArticle(raw, config);
      if (wanted.has(article.id) && !docs.has(article.id)) docs.set(article.id, {text: article.text, sentences: article.sentences});
    } catch {
      // rejected inputs are reported in ingest.csv
    }
  }
  const missing = [...wanted].filter((id) => !docs.has(id));
  if (missing.length) throw new Error(`article text not found again for ${missing.length} article(s), e.g. ${missing[0]}`);
  saveReportCache(file, docs, writeDocs(docs));
  return {tables, docs};
}

/** The docs as JSON: the part labels once, then per article its id, text and sentences as flat [start, end, label index, …]. */
function writeDocs(docs: ReportCorpus["docs"]): string {
  const labels: PartLabel[] = [];
  const index = new Map<PartLabel, number>();
  const articles = [...docs].map(([id, {text, sentences}]) => {
    const flat: number[] = [];
    for (const s of sentences) {
      if (!index.has(s.part)) index.set(s.part, labels.push(s.part) - 1);
      flat.push(s.start, s.end, index.get(s.part)!);
    }
    return [id, text, flat];
  });
  return JSON.stringify({labels, articles});
}

/** Reads what writeDocs wrote; undefined when absent or damaged (the docs are then made again). */
function readDocs(file: string): ReportCorpus["docs"] | undefined {
  try {
    const {labels, articles} = JSON.parse(readFileSync(file, "utf8")) as {labels: PartLabel[]; articles: [string, string, number[]][]};
    const docs: ReportCorpus["docs"] = new Map();
    for (const [id, text, flat] of articles) {
      const sentences: Sentence[] = [];
      for (let i = 0; i < flat.length; i += 3) sentences.push({start: flat[i], end: flat[i + 1], part: labels[flat[i + 2]]});
      docs.set(id, {text, sentences});
    }
    return docs;
  } catch {
    return undefined;
  }
}
