import type {Article, Tables} from "../types.js";
import {prepareArticle} from "../pipeline.js";
import {loadConfig} from "./config.js";
import {listInputs, readTextFile} from "./inputs.js";
import {reportInputs, reportTables} from "./report.js";

/** The report's tables with the text and sentence spans of every article kept. */
export interface ReportCorpus {
  tables: Tables;
  docs: Map<string, Pick<Article, "text" | "sentences">>;
}

/**
 * The report's tables (reportTables) and, for the reader and the evidence
 * sentences, each kept article's text and sentences: the inputs are read and
 * prepared again (cheap next to extraction), and matched by article id.
 */
export function reportCorpus(): ReportCorpus {
  const tables = reportTables();
  const config = loadConfig(process.env.PRESSESPIEGEL_DATA ?? "data");
  const wanted = new Set(tables.articles.map((a) => a.article_id));
  const docs: ReportCorpus["docs"] = new Map();
  for (const input of listInputs(reportInputs())) {
    if (input.problem) continue;
    try {
      const article = prepareArticle({...readTextFile(input.path), file: input.path}, config);
      if (wanted.has(article.id) && !docs.has(article.id)) docs.set(article.id, {text: article.text, sentences: article.sentences});
    } catch {
      // rejected inputs are reported in ingest.csv
    }
  }
  const missing = [...wanted].filter((id) => !docs.has(id));
  if (missing.length) throw new Error(`article text not found again for ${missing.length} article(s), e.g. ${missing[0]}`);
  return {tables, docs};
}
