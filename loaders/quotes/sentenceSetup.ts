/**
 * What the quote rules see: quotation pairs within the body sentences, the
 * tokens, cues and Konjunktiv forms of a sentence (`SentenceContext`), and the
 * context of one quotation (`PairContext`).
 */
import {lowerBound} from "../text/lower-bound.js";
import {withoutDateAppositionCommas} from "./dateApposition.js";
import type {Span} from "../text/sentences.js";
import type {Attribution, SentenceContext} from "./context.js";
import {findCues} from "./findCues.js";
import {konjunktivForms} from "./konjunktivForms.js";
import {findQuotePairs, type QuotePair} from "./marks.js";
import type {PairContext} from "./rule.js";
import {isWord, tokenize, type Token} from "./tokens.js";

/** Characters after a closing mark searched for its attribution ("…“, sagte der Sprecher des Ministeriums"). */
const AFTER_WINDOW = 300;

/** Quotation pairs whose marks both lie in the given sentences. */
export function pairsInSentences(text: string, sentences: readonly Span[]): QuotePair[] {
  const out: QuotePair[] = [];
  // scan each run of adjacent sentences (separated only by white space) as one stretch
  let runStart = 0;
  for (let i = 1; i <= sentences.length; i++) {
    const gapIsSpace = i < sentences.length && /^\s*$/.test(text.slice(sentences[i - 1].end, sentences[i].start));
    if (gapIsSpace) continue;
    out.push(...findQuotePairs(text, sentences[runStart].start, sentences[i - 1].end));
    runStart = i;
  }
  return out;
}

/** The context of body sentence `s` (number `index`): its tokens, with those inside a quotation marked, speech cues, Konjunktiv forms and the quotation pairs that open in it. */
export function sentenceContext(text: string, s: Span, index: number, pairs: QuotePair[]): SentenceContext {
  const own = pairsOpeningIn(pairs, s);
  const tokens = withoutDateAppositionCommas(tokenize(text, s.start, s.end));
  markQuoted(tokens, pairs);
  const {konjunktiv, strong} = konjunktivForms(tokens);
  return {text, index, start: s.start, end: s.end, tokens, cues: findCues(tokens), konjunktiv, strongKonjunktiv: strong, pairs: own, used: new Set(), last: null, found: [], before: null};
}

/** The pairs (sorted by their opening mark) that open inside sentence `s`. */
function pairsOpeningIn(pairs: QuotePair[], s: Span): QuotePair[] {
  const lo = lowerBound(pairs.length, (k) => pairs[k].open < s.start);
  const out: QuotePair[] = [];
  for (let k = lo; k < pairs.length && pairs[k].open < s.end; k++) out.push(pairs[k]);
  return out;
}

/** Sets `quote` on tokens inside a quotation (marks included). */
function markQuoted(tokens: Token[], pairs: QuotePair[]): void {
  if (!tokens.length) return;
  const first = tokens[0].start;
  let k = lowerBound(pairs.length, (j) => pairs[j].close < first);
  for (const t of tokens) {
    while (k < pairs.length && pairs[k].close < t.start) k++;
    if (k < pairs.length && pairs[k].open <= t.start && t.start <= pairs[k].close) t.quote = k;
  }
}

/** Number of tokens that end at or before pos (binary search). */
export function tokensEndingBy(tokens: Token[], pos: number): number {
  return lowerBound(tokens.length, (k) => tokens[k].end <= pos);
}

/** Index of the sentence holding pos, searched forward from sentence `from`. */
export function sentenceIndexAt(sentences: readonly Span[], pos: number, from: number): number {
  let i = from;
  while (i + 1 < sentences.length && sentences[i].end <= pos) i++;
  return i;
}

/**
 * The context of one quotation: the tokens after its closing mark (up to the sentence end, the next
 * quotation or AFTER_WINDOW characters) and their cues, the clause before a colon that introduces it
 * (in its sentence or ending the sentence before), its inner tokens and the words just before it.
 */
export function pairContext(text: string, sentences: readonly Span[], contextAt: (i: number) => SentenceContext, ctx: SentenceContext, pair: QuotePair, nextOpen: number, previous: Attribution | null): PairContext {
  const closeSentence = sentences[sentenceIndexAt(sentences, pair.close, ctx.index)];
  // the attribution after a quotation is short: look at most AFTER_WINDOW characters, never into the next quotation
  const after = tokenize(text, pair.close + 1, Math.max(pair.close + 1, Math.min(closeSentence.end, nextOpen, pair.close + 1 + AFTER_WINDOW)));
  const afterCues = findCues(after);
  let colon: SentenceContext | null = null;
  const nBefore = tokensEndingBy(ctx.tokens, pair.open);
  if (nBefore && ctx.tokens[nBefore - 1].text === ":") {
    const before = ctx.tokens.slice(Math.max(0, nBefore - 60), nBefore);
    const shift = nBefore - before.length;
    colon = {...ctx, tokens: before, cues: ctx.cues.filter((c) => c.index >= shift && c.index < nBefore).map((c) => ({...c, index: c.index - shift, particle: c.particle >= 0 ? c.particle - shift : -1}))};
  } else if (!nBefore && ctx.index > 0) {
    const prev = contextAt(ctx.index - 1);
    const lastToken = prev.tokens[prev.tokens.length - 1];
    if (lastToken?.text === ":") colon = prev;
  }
  const inner = tokenize(text, pair.open + 1, pair.close);
  const words = inner.filter(isWord).length;
  const lastInner = inner[inner.length - 1]?.text ?? "";
  const sentenceLike = words >= 4 && (/^[.!?…]$/.test(lastInner) || inner.some((t) => t.text === ",") || words >= 8);
  const lead = ctx.tokens.slice(Math.max(0, nBefore - 3), nBefore).map((t) => t.lower);
  return {pair, sentence: ctx, after, afterCues, colon, inner, lead, words, sentenceLike, previous};
}

