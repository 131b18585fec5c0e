import type {FramingRow} from "../types.js";
import type {PatternMatch} from "./matcher.js";
import type {FramingLexicon} from "./taxonomy.js";

type Span = [number, number];

/**
 * Counts, for one article, which variant term names each framing concept.
 * Within a concept a word counts once: the longest match wins ("militärischer
 * Konflikt" over "Konflikt"), then the longer pattern; words matched by the
 * concept's exclude patterns do not count.
 */
export class FramingTally {
  private spans = new Map<string, Span[]>();

  constructor(private lexicon: FramingLexicon) {}

  /** Adds one body sentence's matches (from lexicon.matcher). */
  addSentence(matches: readonly PatternMatch[]): void {
    if (!matches.length) return;
    const {owners, matcher} = this.lexicon;
    const ranked = matches
      .map((m) => ({...owners[m.pattern], span: m.spans[0], size: matcher.patterns[m.pattern].text.length, phrase: matcher.patterns[m.pattern].groups[0].length > 1}))
      .sort((a, b) => (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || b.size - a.size || a.span[0] - b.span[0]);
    // words inside a phrase or an exclude match are blocked for the concept; one-word matches dedupe by span
    const blocked = new Map<number, Span[]>();
    const seen = new Set<string>();
    for (const m of ranked) if (m.variant < 0) push(blocked, m.concept, m.span);
    for (const m of ranked) {
      if (m.variant < 0) continue;
      const spanKey = `${m.concept}:${m.span[0]}-${m.span[1]}`;
      if (seen.has(spanKey)) continue;
      if ((blocked.get(m.concept) ?? []).some((s) => m.span[0] < s[1] && s[0] < m.span[1])) continue;
      seen.add(spanKey);
      if (m.phrase) push(blocked, m.concept, m.span);
      push(this.spans, `${m.concept}:${m.variant}`, m.span);
    }
  }

  /** Rows for this article; concepts tied to a topic count only when the article touches it. */
  rows(articleId: string, source: string, topicIds: ReadonlySet<string>): FramingRow[] {
    const rows: FramingRow[] = [];
    for (const [key, spans] of this.spans) {
      const [c, v] = key.split(":").map(Number);
      const concept = this.lexicon.concepts[c];
      if (concept.topic && !topicIds.has(concept.topic)) continue;
      spans.sort((a, b) => a[0] - b[0]);
      rows.push({
        source, concept: concept.label, term: concept.variants[v].term, count: spans.length, article_ids: articleId,
        evidence: spans.map((s) => `${articleId}:${s[0]}-${s[1]}`).join(" "), rule: `framing.${concept.id}`
      });
    }
    return rows.sort((a, b) => a.rule.localeCompare(b.rule) || b.count - a.count);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
