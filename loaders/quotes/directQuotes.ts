/**
 * The direct quotes of one sentence: each quotation that opens in it, attributed by the first direct
 * rule that takes it (lang/de/index.ts), with a second row for a source that relays it. A function of
 * its own, called only for sentences with quotation marks, so the sentence loop of `findQuotes` stays
 * small to compile.
 */
import {contentClauseOpeners} from "../lang/de/clauseWords.js";
import {directQuoteRules, notSpeechRules, relayRules} from "../lang/de/index.js";
import {institutionalMan} from "../lang/de/speakerRules/institutionalMan.js";
import {isSpace} from "../text/chars.js";
import type {Span} from "../text/sentences.js";
import type {Attribution, FoundQuote, SentenceContext} from "./context.js";
import {pairContext, sentenceIndexAt, tokensEndingBy} from "./sentenceSetup.js";

/** What the direct quotes of a sentence leave to the rest of `findQuotes`. */
export interface DirectQuotes {
  /** The attribution carried on to later sentences. */
  last: Attribution | null;
  /** Token indices of the cues the quotations used, when they frame the quotation as a whole. */
  marked: number[];
  /** Characters inside the quotations attributed. */
  chars: number;
}

/**
 * Adds the direct quotes of sentence `ctx` to `found` (and `ctx.found`), their cues to `usedCues`;
 * `last` is the attribution carried from earlier sentences.
 */
export function directQuotes(text: string, sentences: readonly Span[], contextAt: (i: number) => SentenceContext, ctx: SentenceContext, found: FoundQuote[], usedCues: Set<number>, last: Attribution | null): DirectQuotes {
  let previous: Attribution | null = null;
  const marked: number[] = [];
  let chars = 0;
  for (let k = 0; k < ctx.pairs.length; k++) {
    const pair = ctx.pairs[k];
    const pc = pairContext(text, sentences, contextAt, ctx, pair, ctx.pairs[k + 1]?.open ?? Infinity, previous);
    if (notSpeechRules.some((r) => r.test(pc))) continue;
    for (const rule of directQuoteRules) {
      const a = rule.attribute(pc);
      if (!a) continue;
      // "berichtete die „Fahrzeugpost“": a quotation inside its own speaker phrase is a name
      if (a.speakerStart !== null && a.speakerStart <= pair.open && pair.close < a.speakerEnd!) break;
      const q: FoundQuote = {start: pair.open + 1, end: pair.close, type: "direct", rule: rule.id, ...a, sentenceStart: ctx.start, sentenceEnd: Math.max(ctx.end, pair.close + 1)};
      Object.assign(q, institutionalMan.speakerFor(ctx, q));
      found.push(q);
      ctx.found.push(q);
      for (const relay of relayRules) {
        // a quotation relayed by a second source (a medium citing the speaker) gets a row for that source too
        const second = relay.attribute(pc, a);
        if (!second) continue;
        found.push({...q, ...second, rule: relay.id});
        break;
      }
      chars += pair.close - pair.open;
      // a quotation over several sentences is attributed where it ends: carry the attribution on from there
      previous = {...a, sentence: pair.close >= ctx.end ? sentenceIndexAt(sentences, pair.close, ctx.index) : ctx.index};
      if (a.cueStart !== null && (pc.sentenceLike || pc.words > (ctx.tokens.length * 2) / 3 || colonIntroduced(text, a.cueStart, pair.open)) && !insideContentClause(ctx, a.cueStart, pair.open)) {
        const cue = markUsed(ctx, a.cueStart);
        if (cue >= 0) marked.push(cue);
        usedCues.add(a.cueStart);
      }
      if (rule.id !== "de.quote.direct.carried") last = previous;
      else if (last) last = {...(last as Attribution), sentence: ctx.index};
      break;
    }
  }
  return {last, marked, chars};
}

/** Marks the cue starting at cueStart as used; returns its token index, or -1. */
function markUsed(ctx: SentenceContext, cueStart: number): number {
  const k = tokensEndingBy(ctx.tokens, cueStart);
  if (k < ctx.tokens.length && ctx.tokens[k].start === cueStart) {
    ctx.used.add(k);
    return k;
  }
  return -1;
}

const CONTENT_START = new Set(contentClauseOpeners);

/**
 * "bemängelt, der Plan gleiche „…“", "sagte, dass der Zwischenfall „…“ sei": between the cue
 * and the quotation a comma opens a content clause ("dass", "wer" or a Konjunktiv outside the marks) that
 * holds the quotation, so the cue still frames that clause as an indirect quote.
 */
function insideContentClause(ctx: SentenceContext, cueStart: number, open: number): boolean {
  const {tokens} = ctx;
  const cue = tokensEndingBy(tokens, cueStart);
  const end = tokensEndingBy(tokens, open);
  let comma = -1;
  for (let k = cue + 1; k < end; k++) {
    if (tokens[k].quote >= 0 && comma < 0) continue;
    if (tokens[k].text === "," && comma < 0) comma = k;
    else if (comma >= 0 && (CONTENT_START.has(tokens[k].lower) || ctx.konjunktiv.includes(k))) return true;
  }
  return false;
}

/** "X sagte am Freitag: „…“": a cue whose clause ends in a colon right before the quotation has that quotation as its words. */
function colonIntroduced(text: string, cueStart: number, open: number): boolean {
  let k = open - 1;
  while (k >= cueStart && isSpace(text.charCodeAt(k))) k--;
  if (k < cueStart || text[k] !== ":") return false;
  // reads from the cue only up to its first sentence mark, so many quotations after one cue stay linear
  for (let i = cueStart; i < k; i++) if (SENTENCE_MARKS.includes(text[i])) return false;
  return true;
}

const SENTENCE_MARKS = ".!?;:";
