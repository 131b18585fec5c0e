import {checkKeys} from "../configKeys.js";
import {TermMatcher} from "./matcher.js";
import {type Pattern, parsePattern} from "./patterns.js";

/** One topic of data/topics.yaml. */
export interface TopicDef {
  id: string;
  label: string;
  terms: Pattern[];
  /** Matches of these patterns (or of the topics in excludeTopics) do not count for the topic. */
  exclude: Pattern[];
  excludeTopics: string[];
  /** When given, the topic counts only in articles whose body matches one of these somewhere. */
  context: Pattern[];
}

/** What a pattern of the topic matcher belongs to. */
export interface TopicPatternOwner {
  topic: number;
  role: "term" | "exclude" | "context";
}

/** Parsed data/topics.yaml with one matcher over every pattern. */
export interface Taxonomy {
  topics: TopicDef[];
  matcher: TermMatcher;
  owners: TopicPatternOwner[];
}

/** Parses data/topics.yaml (already YAML-decoded). Errors name the file, the topic and the problem. */
export function parseTopics(data: unknown, where = "data/topics.yaml"): Taxonomy {
  if (data == null) data = [];
  if (!Array.isArray(data)) throw new Error(`${where}: expected a list of topics ({id, label, terms})`);
  const seen = new Set<string>();
  const topics: TopicDef[] = data.map((entry: any, i: number) => {
    const id = typeof entry?.id === "string" ? entry.id.trim() : "";
    if (!id) throw new Error(`${where}: topic ${i + 1} needs an id`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`${where}: topic ${id}: id must be lower-case letters, digits and hyphens`);
    if (seen.has(id)) throw new Error(`${where}: topic ${id}: duplicate id`);
    seen.add(id);
    if (typeof entry.label !== "string" || !entry.label.trim()) throw new Error(`${where}: topic ${id}: needs a label`);
    const patterns = (key: string, required = false): Pattern[] => {
      const list = entry[key] ?? [];
      if (!Array.isArray(list)) throw new Error(`${where}: topic ${id}: ${key} must be a list`);
      if (required && !list.length) throw new Error(`${where}: topic ${id}: needs at least one entry in terms`);
      return list.map((text: unknown) => {
        try {
          return parsePattern(String(text));
        } catch (error) {
          throw new Error(`${where}: topic ${id}: ${key}: ${(error as Error).message}`);
        }
      });
    };
    const excludeTopics = entry.exclude_topics ?? [];
    if (!Array.isArray(excludeTopics)) throw new Error(`${where}: topic ${id}: exclude_topics must be a list of topic ids`);
    checkKeys(entry, ["id", "label", "terms", "exclude", "exclude_topics", "context"], `${where}: topic ${id}`);
    return {id, label: entry.label.trim(), terms: patterns("terms", true), exclude: patterns("exclude"), excludeTopics: excludeTopics.map(String), context: patterns("context")};
  });
  for (const topic of topics) {
    for (const ref of topic.excludeTopics) {
      if (!seen.has(ref)) throw new Error(`${where}: topic ${topic.id}: exclude_topics: unknown topic id: ${ref}`);
      if (ref === topic.id) throw new Error(`${where}: topic ${topic.id}: exclude_topics names the topic itself`);
    }
  }
  const all: Pattern[] = [];
  const owners: TopicPatternOwner[] = [];
  topics.forEach((topic, t) => {
    for (const [role, list] of [["term", topic.terms], ["exclude", topic.exclude], ["context", topic.context]] as const) {
      for (const pattern of list) {
        all.push(pattern);
        owners.push({topic: t, role});
      }
    }
  });
  return {topics, matcher: new TermMatcher(all), owners};
}

/** One way of naming a concept, e.g. "Kreml-Herr" for Russia's leader. */
export interface FramingVariant {
  term: string;
  patterns: Pattern[];
}

/** One concept of data/framing.yaml. */
export interface FramingConcept {
  id: string;
  label: string;
  /** When given, the concept is counted only in articles that touch this topic. */
  topic?: string;
  variants: FramingVariant[];
  /** Words matched by these patterns are never counted for the concept ("Weltkrieg" for "der Krieg"). */
  exclude: Pattern[];
}

/** Parsed data/framing.yaml with one matcher over every variant pattern. */
export interface FramingLexicon {
  concepts: FramingConcept[];
  matcher: TermMatcher;
  /** Concept and variant of each pattern; variant -1 marks an exclude pattern. */
  owners: {concept: number; variant: number}[];
}

/** Parses data/framing.yaml (already YAML-decoded); topic references are checked against `topicIds`. */
export function parseFraming(data: unknown, topicIds: ReadonlySet<string>, where = "data/framing.yaml"): FramingLexicon {
  if (data == null) data = [];
  if (!Array.isArray(data)) throw new Error(`${where}: expected a list of concepts ({id, label, variants})`);
  const seen = new Set<string>();
  const concepts: FramingConcept[] = data.map((entry: any, i: number) => {
    const id = typeof entry?.id === "string" ? entry.id.trim() : "";
    if (!id) throw new Error(`${where}: concept ${i + 1} needs an id`);
    if (seen.has(id)) throw new Error(`${where}: concept ${id}: duplicate id`);
    seen.add(id);
    if (typeof entry.label !== "string" || !entry.label.trim()) throw new Error(`${where}: concept ${id}: needs a label`);
    checkKeys(entry, ["id", "label", "topic", "variants", "exclude"], `${where}: concept ${id}`);
    if (entry.topic !== undefined && !topicIds.has(String(entry.topic))) throw new Error(`${where}: concept ${id}: unknown topic id: ${entry.topic}`);
    if (!Array.isArray(entry.variants) || !entry.variants.length) throw new Error(`${where}: concept ${id}: needs a list of variants`);
    const variants = entry.variants.map((variant: any): FramingVariant => {
      const term = typeof variant === "string" ? variant : variant?.term;
      if (typeof term !== "string" || !term.trim()) throw new Error(`${where}: concept ${id}: a variant needs a term`);
      if (typeof variant !== "string") checkKeys(variant, ["term", "patterns"], `${where}: concept ${id}: variant ${term}`);
      const texts = typeof variant === "string" ? [variant] : (variant.patterns ?? [term]);
      if (!Array.isArray(texts) || !texts.length) throw new Error(`${where}: concept ${id}: variant ${term}: patterns must be a non-empty list`);
      return {
        term: term.trim(),
        patterns: texts.map((text: unknown) => {
          try {
            return parsePattern(String(text));
          } catch (error) {
            throw new Error(`${where}: concept ${id}: variant ${term}: ${(error as Error).message}`);
          }
        })
      };
    });
    const exclude = entry.exclude ?? [];
    if (!Array.isArray(exclude)) throw new Error(`${where}: concept ${id}: exclude must be a list`);
    return {
      id, label: entry.label.trim(), topic: entry.topic === undefined ? undefined : String(entry.topic), variants,
      exclude: exclude.map((text: unknown) => {
        try {
          return parsePattern(String(text));
        } catch (error) {
          throw new Error(`${where}: concept ${id}: exclude: ${(error as Error).message}`);
        }
      })
    };
  });
  const all: Pattern[] = [];
  const owners: {concept: number; variant: number}[] = [];
  concepts.forEach((concept, c) => concept.variants.forEach((variant, v) => {
    for (const pattern of variant.patterns) {
      if (pattern.groups.length > 1) throw new Error(`${where}: concept ${concept.id}: variant ${variant.term}: "&" is not allowed in framing patterns`);
      all.push(pattern);
      owners.push({concept: c, variant: v});
    }
  }));
  concepts.forEach((concept, c) => {
    for (const pattern of concept.exclude) {
      all.push(pattern);
      owners.push({concept: c, variant: -1});
    }
  });
  return {concepts, matcher: new TermMatcher(all), owners};
}
