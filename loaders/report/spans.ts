/** Small helpers shared by the report aggregations. */

/** A character span of one article. */
export interface Span {
  start: number;
  end: number;
}

/** Parses "12-40 88-120" (topic evidence) into spans; malformed pieces are an error naming the input. */
export function parseSpans(evidence: string): Span[] {
  const spans: Span[] = [];
  for (const piece of evidence.split(/\s+/).filter(Boolean)) {
    const m = /^(\d+)-(\d+)$/.exec(piece);
    if (!m) throw new Error(`bad span "${piece}" in evidence "${evidence}" (expected start-end)`);
    spans.push({start: +m[1], end: +m[2]});
  }
  return spans;
}

/** Parses "a1b2:12-40 c3d4:88-120" (event evidence) into article spans. */
export function parseArticleSpans(evidence: string): (Span & {article_id: string})[] {
  const spans: (Span & {article_id: string})[] = [];
  for (const piece of evidence.split(/\s+/).filter(Boolean)) {
    const m = /^([^:\s]+):(\d+)-(\d+)$/.exec(piece);
    if (!m) throw new Error(`bad evidence "${piece}" (expected article_id:start-end)`);
    spans.push({article_id: m[1], start: +m[2], end: +m[3]});
  }
  return spans;
}

/** Splits a list cell ("a | b", "a, b" or "a b" for ids) into its items. */
export function splitList(cell: string | null | undefined, separator: RegExp = /\s*\|\s*/): string[] {
  return (cell ?? "").split(separator).map((s) => s.trim()).filter(Boolean);
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The sentences (or, if none, the span itself) that a span lies in. */
export function enclosingSentences(span: Span, sentences: readonly Span[]): Span[] {
  const hit = sentences.filter((s) => overlaps(s, span));
  return hit.length ? hit : [span];
}
