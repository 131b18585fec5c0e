import type {Article, RawArticle, Tables} from "../types.js";
import {prepareArticle} from "../pipeline.js";
import {adapterOptions} from "./adapters/options.js";
import {loadConfig} from "./config.js";
import {listInputs, rawFromBytes} from "./inputs.js";
import {reportInputs, reportTablesParallel} from "./report.js";
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
 */
export async function reportCorpus(): Promise<ReportCorpus> {
  const tables = await reportTablesParallel();
  const config = loadConfig(process.env.PRESSESPIEGEL_DATA ?? "data");
  const adapters = process.env.PRESSESPIEGEL_MAPPING ? adapterOptions({mapping: process.env.PRESSESPIEGEL_MAPPING}) : {};
  const wanted = new Set(tables.articles.map((a) => a.article_id));
  const docs: ReportCorpus["docs"] = new Map();
  for (const unit of readUnits(listInputs(reportInputs()), adapters)) {
    if ("problem" in unit || "cachedKey" in unit) continue;
    try {
      const raw: RawArticle = "raw" in unit ? unit.raw : {...rawFromBytes(unit.path, unit.bytes, unit.given), file: unit.file};
      const article = prepareArticle(raw, config);
      if (wanted.has(article.id) && !docs.has(article.id)) docs.set(article.id, {text: article.text, sentences: article.sentences});
    } catch {
      // rejected inputs are reported in ingest.csv
    }
  }
  const missing = [...wanted].filter((id) => !docs.has(id));
  if (missing.length) throw new Error(`article text not found again for ${missing.length} article(s), e.g. ${missing[0]}`);
  return {tables, docs};
}
