/**
 * What the local quote error tools start with: the dictionaries set (loaders/ reads no files), the
 * Wikinews dev split read, and their `--name value` options. Without the corpus a tool says so and
 * exits cleanly.
 */
import {join} from "node:path";
import {useDictionaries} from "../../../loaders/io/dictionaries.js";
import {corpusPath} from "../../corpora.js";
import {readQuoteCorpus} from "../quotes.js";
import type {CorpusDoc} from "./groups.js";

/** The dev split's documents in file order (the halves are by index parity); exits when the corpus is absent. */
export function devDocs(): CorpusDoc[] {
  useDictionaries();
  const root = corpusPath("german-news-quotes");
  if (!root) {
    console.error("corpus german-news-quotes not found: nothing to list");
    process.exit(0);
  }
  return readQuoteCorpus(join(root, "data", "dev"));
}

/** The value after `--name` on the command line, if any. */
export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
