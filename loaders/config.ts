import {parse} from "yaml";
import type {OutletEntry} from "./ingest/metadata.js";
import {type FramingLexicon, parseFraming, parseTopics, type Taxonomy} from "./topics/taxonomy.js";

/**
 * Everything the extractors read from data/: registers and lexicons users edit.
 * The I/O layer reads the files; this module only parses their text.
 */
export interface Config {
  outlets: OutletEntry[];
  /** data/topics.yaml: the topic taxonomy with its term matcher. */
  topics: Taxonomy;
  /** data/framing.yaml: concepts and the words outlets use for them. */
  framing: FramingLexicon;
}

/** data/ file name → its text. */
export type ConfigFiles = Record<string, string>;

/** Parses the data/ files into a Config. Throws with the file name on bad content. */
export function parseConfig(files: ConfigFiles): Config {
  const topics = parseTopics(parseYaml(files["topics.yaml"] ?? "[]", "topics.yaml"));
  return {
    outlets: parseOutlets(files["outlets.yaml"] ?? "[]"),
    topics,
    framing: parseFraming(parseYaml(files["framing.yaml"] ?? "[]", "framing.yaml"), new Set(topics.topics.map((t) => t.id)))
  };
}

function parseOutlets(text: string): OutletEntry[] {
  const data = parseYaml(text, "outlets.yaml");
  if (!Array.isArray(data)) throw new Error("data/outlets.yaml: expected a list of {outlet, patterns}");
  return data.map((entry, i) => {
    if (!entry?.outlet || !Array.isArray(entry.patterns)) throw new Error(`data/outlets.yaml: entry ${i + 1} needs outlet and patterns`);
    return {
      outlet: String(entry.outlet),
      patterns: entry.patterns.map((p: string) => {
        try {
          return new RegExp(p, "mu");
        } catch (error) {
          throw new Error(`data/outlets.yaml: bad pattern for ${entry.outlet}: ${(error as Error).message}`);
        }
      })
    };
  });
}

/** YAML.parse with the file name in the error. */
export function parseYaml(text: string, file: string): any {
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`data/${file}: ${(error as Error).message.split("\n")[0]}`);
  }
}
