import {type Config, parseConfig} from "../../../loaders/config.js";
import {loadConfig} from "../../../loaders/io/config.js";
import {extractArticle, prepareArticle} from "../../../loaders/pipeline.js";
import {topicsExtractor} from "../../../loaders/topics/extractor.js";
import type {ArticleTables} from "../../../loaders/types.js";

/** The project's data/ folder, parsed. */
export const dataConfig: Config = loadConfig("data");

/** A config with only the given topics.yaml / framing.yaml text. */
export function configWith(topicsYaml: string, framingYaml = "[]"): Config {
  return parseConfig({"topics.yaml": topicsYaml, "framing.yaml": framingYaml});
}

/** Runs the topics extractor on a plain text (all body). */
export function runTopics(text: string, config: Config, outlet = "Testblatt", file = "test.txt"): ArticleTables {
  const article = prepareArticle({file, text, given: {outlet}}, config);
  return extractArticle(article, config, [topicsExtractor]);
}
