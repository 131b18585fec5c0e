import type {TopicRow} from "../types.js";
import type {PatternMatch} from "./matcher.js";
import type {Taxonomy} from "./taxonomy.js";

type Span = [number, number];

/**
 * Collects topic matches sentence by sentence for one article and turns them
 * into topics.csv rows: hits, share of body sentences touched, evidence spans.
 */
export class TopicTally {
  private hits: Map<string, Span[]>[];
  private sentencesTouched: number[];
  private contextSeen: boolean[];
  private sentences = 0;
  private excludeIndex: number[][];

  constructor(private taxonomy: Taxonomy) {
    const n = taxonomy.topics.length;
    this.hits = Array.from({length: n}, () => new Map());
    this.sentencesTouched = new Array(n).fill(0);
    this.contextSeen = taxonomy.topics.map((t) => !t.context.length);
    this.excludeIndex = taxonomy.topics.map((t) => t.excludeTopics.map((id) => taxonomy.topics.findIndex((o) => o.id === id)));
  }

  /** Adds one body sentence's matches (from taxonomy.matcher). */
  addSentence(matches: readonly PatternMatch[]): void {
    this.sentences++;
    if (!matches.length) return;
    const {owners, topics} = this.taxonomy;
    const terms = new Map<number, PatternMatch[]>();
    const excluded = new Map<number, Span[]>();
    for (const match of matches) {
      const {topic, role} = owners[match.pattern];
      if (role === "context") this.contextSeen[topic] = true;
      else if (role === "exclude") push(excluded, topic, ...match.spans);
      else push(terms, topic, match);
    }
    for (const [t, topicMatches] of terms) {
      const blocked = [...(excluded.get(t) ?? [])];
      for (const r of this.excludeIndex[t]) for (const m of terms.get(r) ?? []) blocked.push(...m.spans);
      // longest matches first: "Zweiten Weltkrieg" is one hit, not also "Weltkrieg"
      topicMatches.sort((a, b) => covered(b.spans) - covered(a.spans));
      let touched = false;
      for (const match of topicMatches) {
        if (match.spans.some((s) => blocked.some((b) => s[0] < b[1] && b[0] < s[1]))) continue;
        touched = true;
        this.hits[t].set(match.spans.map((s) => `${s[0]}-${s[1]}`).join(" "), match.spans);
        // a phrase hides the words inside it; one-word hits on the same word share a key above
        if (match.spans.length === 1 && this.taxonomy.matcher.patterns[match.pattern].groups[0].length > 1) blocked.push(match.spans[0]);
      }
      if (touched) this.sentencesTouched[t]++;
    }
  }

  /** One row per topic that the article touches. */
  rows(articleId: string): TopicRow[] {
    const rows: TopicRow[] = [];
    this.taxonomy.topics.forEach((topic, t) => {
      const hits = this.hits[t];
      if (!hits.size || !this.contextSeen[t]) return;
      const spans = [...new Map([...hits.values()].flat().map((s) => [`${s[0]}-${s[1]}`, s] as const)).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      rows.push({
        article_id: articleId, topic_id: topic.id, label: topic.label, hits: hits.size,
        share: Math.round((this.sentencesTouched[t] / Math.max(1, this.sentences)) * 10000) / 10000,
        evidence: spans.map((s) => `${s[0]}-${s[1]}`).join(" "),
        rule: `topic.${topic.id}`
      });
    });
    return rows;
  }
}

function covered(spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += s[1] - s[0];
  return n;
}

function push<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}
