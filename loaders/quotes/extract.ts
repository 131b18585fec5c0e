import {contentClauseOpeners} from "../lang/de/clauseWords.js";
import {clauseQuoteRules, nestedClauseRules} from "../lang/de/index.js";
import type {Span} from "../text/sentences.js";
import type {Attribution, FoundQuote, SentenceContext} from "./context.js";
import {endBeforeQuotingColon, trimStrayMarks, type QuotePair} from "./marks.js";
import {attributionGap} from "./gaps.js";
import {splitAtSemicolons, widenToSentence} from "./semicolons.js";
import {cueForms} from "./lexicon.js";
import {attributionFor, IMPERSONAL} from "./attribute.js";
import {speakerForCue} from "./cueSpeaker.js";
import {openAttributionAlone, sourceNounCompound, sourceNouns} from "../lang/de/speechVerbs.js";
import {worthALook} from "./prefilter.js";
import {pairsInSentences, sentenceContext} from "./sentenceSetup.js";
import {directQuotes, type DirectQuotes} from "./directQuotes.js";
import {isWord, LOWER_START, UPPER_START} from "./tokens.js";
import {institutionalMan} from "../lang/de/speakerRules/institutionalMan.js";
import {documentNouns, ownSourceOpeners} from "../lang/de/speakerWords.js";
import {pronounSpeaker, renamedSpeaker} from "../lang/de/speakerRules/renamed.js";

/** How many sentences an attribution carries over to quotes without a cue of their own. */
const CARRY_SENTENCES = 2;

/**
 * Finds direct, indirect and reported quotes in the given sentences (body
 * sentences, in text order) with their speaker phrase and cue. Pure and
 * linear: quotation marks are paired in one pass, and only sentences with a
 * quotation, a speech verb, an attribution word or a Konjunktiv form are
 * looked at closely.
 */
export function findQuotes(text: string, given: readonly Span[]): FoundQuote[] {
  if (!given.length) return [];
  const pairs = pairsInSentences(text, given);
  // origin[i]: the given sentence that sentence i comes from (carried attributions count given sentences)
  const origin: number[] = [];
  const sentences = splitAtSemicolons(text, given, pairs, origin);
  const contexts: (SentenceContext | undefined)[] = new Array(sentences.length);
  const contextAt = (i: number) => (contexts[i] ??= sentenceContext(text, sentences[i], i, pairs));
  const found: FoundQuote[] = [];
  let last: Attribution | null = null;
  // the latest carried attribution whose speaker is no pronoun: what "er" in later ones stands for
  let named: Attribution | null = null;
  const usedCues = new Set<number>();
  let pairCursor = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    while (pairCursor < pairs.length && pairs[pairCursor].close < s.start) pairCursor++;
    const touchesQuote = pairCursor < pairs.length && pairs[pairCursor].open < s.end;
    if (last && origin[i] - origin[last.sentence] > CARRY_SENTENCES) last = null;
    if (!touchesQuote && !last && !worthALook(text.slice(s.start, s.end))) continue;
    const ctx = contextAt(i);
    if (usedCues.size) for (const cue of ctx.cues) if (usedCues.has(ctx.tokens[cue.index].start)) ctx.used.add(cue.index);
    if (last && origin[ctx.index] - origin[last.sentence] > CARRY_SENTENCES) last = null;
    if (last && text.slice(sentences[ctx.index - 1]?.end ?? ctx.start, ctx.start).includes("\n\n\n")) last = null;
    ctx.last = last;
    const direct: DirectQuotes | null = ctx.pairs.length ? directQuotes(text, sentences, contextAt, ctx, found, usedCues, last) : null;
    if (direct) last = direct.last;
    if (startsInsideQuote(ctx)) continue;
    // a sentence that is mostly a direct quotation gets an indirect reading only for a clause that
    // embeds the quotations ("Er meinte, der Mann „konnte sich nicht abfinden“"), never for a quotation alone
    const mostlyDirect = !!direct && direct.chars > (ctx.end - ctx.start) / 2;
    if (mostlyDirect) for (const k of direct.marked) ctx.used.delete(k);
    ctx.before = beforeSentence(text, sentences, i, contexts, pairs, pairCursor);
    let clauseFound = false;
    for (const rule of clauseQuoteRules) {
      const q = rule.apply(ctx);
      if (!q || (mostlyDirect && !embedsQuotes(ctx, q))) continue;
      const full: FoundQuote = {...q, ...trimStrayMarks(text, q.start, q.type === "indirect" ? endBeforeQuotingColon(text, directOpens(ctx), q.start, q.end) : q.end), rule: rule.id, sentenceStart: Math.min(ctx.start, q.start), sentenceEnd: ctx.end};
      Object.assign(full, institutionalMan.speakerFor(ctx, full));
      const gap = attributionGap(text, full);
      if (gap) full.gaps = [gap];
      clauseFound = true;
      const prev = found[found.length - 1];
      if (continuesRun(text, prev, full, ctx.start)) {
        // a report carried on over several sentences of a paragraph is one quotation
        prev.end = full.end;
        prev.sentenceEnd = full.sentenceEnd;
        ctx.found.push(prev);
        if (last) last = {...last, sentence: ctx.index};
        break;
      }
      if (!rule.id.endsWith("continuation")) ownFrameForPartials(ctx.found, full);
      found.push(full);
      ctx.found.push(full);
      const inner = nestedQuote(ctx, full);
      if (inner) {
        found.push(inner);
        ctx.found.push(inner);
      }
      if (rule.id.endsWith("continuation")) last = last ? {...last, sentence: ctx.index} : null;
      else if (q.type === "reported" && statesIntention(q.cue)) last = null; // "Obama will einen Gipfel": no words for later sentences to continue
      else if (last && !inner && ownSource(text, q)) last = {...last, sentence: ctx.index}; // "Nach ihren Erkenntnissen sei …": the speaker named before speaks on
      else {
        // "Wie X mitteilte, ist … nach Auffassung Y …. Daran ändere …": the speech frame nested inside speaks on, not the source it cites
        const carried = inner ?? q;
        last = {speakerStart: carried.speakerStart, speakerEnd: carried.speakerEnd, cue: carried.cue, cueStart: carried.cueStart, cueEnd: carried.cueEnd, sentence: ctx.index};
      }
      break;
    }
    // "X verteidigte die Entscheidung. So seien …": a speech verb that makes no quote of its own still names the speaker continuations carry
    if (!clauseFound && !ctx.found.length) {
      const opened = silentAttribution(ctx);
      // "Meier war lange in Japan.": the carried speaker named again, nearer (de.speaker.renamed-speaker)
      const renamed: [number, number] | null = !opened && last ? renamedSpeaker(text, ctx, last, named) : null;
      if (opened) last = {...opened, sentence: ctx.index};
      else if (last && renamed) last = {...last, speakerStart: renamed[0], speakerEnd: renamed[1]};
    }
    if (last && last.speakerStart !== null && !pronounSpeaker(text, last)) named = last;
  }
  if (sentences.length > given.length) for (const q of found) widenToSentence(q, given);
  return found;
}

/**
 * "Jetzt, so ein Diplomat, stehe man „wieder am Anfang“.": a partial quotation inside a sentence's own
 * indirect quote (`de.quote.direct.partial`, which carries the attribution from before) takes that quote's
 * speaker and cue, which the sentence itself names.
 */
function ownFrameForPartials(inSentence: readonly FoundQuote[], q: FoundQuote): void {
  if (q.type !== "indirect" || q.speakerStart === null) return;
  for (const f of inSentence) {
    if (f.rule !== "de.quote.direct.partial" || f.start < q.start || f.end > q.end) continue;
    Object.assign(f, {speakerStart: q.speakerStart, speakerEnd: q.speakerEnd, cue: q.cue, cueStart: q.cueStart, cueEnd: q.cueEnd});
  }
}

/**
 * A speech frame inside a quote an attribution word made ("Laut BBC sagte der Minister, dass …",
 * "X hatte nach Aussage Y die Auffassung vertreten, …"): the frame's own indirect quote, nested in
 * the first as the corpus annotates both; or null.
 */
function nestedQuote(ctx: SentenceContext, outer: FoundQuote): FoundQuote | null {
  for (const rule of nestedClauseRules[outer.rule] ?? []) {
    const q = rule.apply(ctx);
    // a frame of its own: a speaker of its own, and words other than the first quote's (the same span counts
    // only when the first has the attribution phrase as a gap: "Wie X mitteilte, ist … nach Auffassung Y …")
    if (!q || q.type !== "indirect" || q.speakerStart === null || q.speakerStart === outer.speakerStart || (q.start === outer.start && q.end === outer.end && !outer.gaps)) continue;
    const full: FoundQuote = {...q, rule: rule.id, sentenceStart: Math.min(ctx.start, q.start), sentenceEnd: ctx.end};
    const gap = attributionGap(ctx.text, full);
    if (gap) full.gaps = [gap];
    return full;
  }
  return null;
}

/** The previous sentence of the same paragraph, if no quote was found in it and no quotation runs over its ends. */
function beforeSentence(text: string, sentences: readonly Span[], i: number, contexts: (SentenceContext | undefined)[], pairs: QuotePair[], pairCursor: number): {start: number; end: number} | null {
  if (i === 0) return null;
  const prev = sentences[i - 1];
  if (!/^[ \t]*\n?[ \t]*$/.test(text.slice(prev.end, sentences[i].start))) return null;
  if (contexts[i - 1]?.found.length) return null;
  const k = pairCursor > 0 ? pairCursor - 1 : 0;
  // a quotation inside it that no rule took is a term or a name ("die noch keinen „passenden Vertrag“ besitzen"); one running over its ends is not
  for (let j = k; j < pairs.length && pairs[j].open < prev.end; j++) if (pairs[j].close >= prev.start && (pairs[j].open < prev.start || pairs[j].close >= prev.end)) return null;
  return {start: prev.start, end: prev.end};
}

/** A sentence that begins inside a quotation opened in an earlier sentence (the splitter cut a long quote). */
function startsInsideQuote(ctx: SentenceContext): boolean {
  const first = ctx.tokens[0];
  return !!first && first.quote >= 0 && !/^[„“"»«]$/.test(first.text);
}

/**
 * Whether a Konjunktiv continuation carries on the continuation of the sentence
 * right before it (same paragraph, nothing but spaces between): the corpus
 * annotates such a run as one free-indirect quotation.
 */
function continuesRun(text: string, prev: FoundQuote | undefined, q: FoundQuote, sentenceStart: number): prev is FoundQuote {
  if (!prev || !q.rule.endsWith("continuation") || prev.rule !== q.rule || prev.sentenceEnd > sentenceStart) return false;
  return /^[ \t]*$/.test(text.slice(prev.sentenceEnd, sentenceStart));
}

const OPENS_ALONE = new Set(openAttributionAlone);

/** The attribution of the first unused speech verb with a speaker in a sentence no rule made a quote of, or null. */
function silentAttribution(ctx: SentenceContext): Omit<Attribution, "sentence"> | null {
  for (const cue of ctx.cues) {
    if (ctx.used.has(cue.index) || !OPENS_ALONE.has(cue.form.lemma) || cue.form.participle || ctx.tokens[cue.index - 1]?.lower === "zu") continue;
    const speaker = speakerForCue(ctx.tokens, cue.index);
    if (!speaker || speaker[0] === speaker[1] && IMPERSONAL.has(ctx.tokens[speaker[0]].lower)) continue;
    const a = attributionFor(ctx.tokens, cue, speaker);
    if (a.speakerStart !== null) return a;
  }
  return null;
}

const OWN_SOURCE = new Set(ownSourceOpeners);

const SOURCE_WORDS = new Set([...sourceNouns, ...documentNouns.map((w) => w.toLowerCase())]);

/**
 * Whether a quote's speaker phrase is a source of the speaker named before ("ihren Erkenntnissen", "seiner Meinung",
 * "in seiner Erklärung"): a possessive before source or document nouns only. A person after the possessive ("Ihre
 * Sprecherin Lena Kamp erklärte, …") is a new speaker, whom the Konjunktiv sentences after the quote continue
 * (de.quote.indirect.konjunktiv-continuation).
 */
function ownSource(text: string, q: {speakerStart: number | null; speakerEnd: number | null}): boolean {
  if (q.speakerStart === null || q.speakerEnd === null) return false;
  const words = text.slice(q.speakerStart, q.speakerEnd).split(/\s+/);
  if (!OWN_SOURCE.has(words[0].toLowerCase())) return false;
  return words.slice(1).every((w) => !UPPER_START.test(w) || SOURCE_WORDS.has(w.toLowerCase()) || sourceNounCompound.test(w.toLowerCase()));
}

/** Whether a cue is an intention verb ("will", "wollen"): a stated plan, which Konjunktiv sentences after it do not continue. */
function statesIntention(cue: string): boolean {
  return !!cueForms.get(cue.toLowerCase())?.some((f) => f.lemma === "wollen");
}

const CONTENT_START = new Set(contentClauseOpeners);

/**
 * Whether an indirect quote in a sentence with direct quotes is a clause of
 * its own around them: a few words outside quotation marks, with a Konjunktiv
 * or "dass" outside them when there are only two or three.
 */
function embedsQuotes(ctx: SentenceContext, q: {start: number; end: number; type: string}): boolean {
  if (q.type !== "indirect") return false;
  let outside = 0;
  let first = -1;
  for (let k = 0; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k];
    if (t.start < q.start || t.end > q.end) continue;
    if (first < 0) first = k;
    if (t.quote < 0 && isWord(t)) outside++;
  }
  if (first < 0 || ctx.tokens[first].quote >= 0) return false;
  if (outside >= 4) return true;
  // "sagte, dass, „wenn …“": a content conjunction before the quotation makes the clause
  if (CONTENT_START.has(ctx.tokens[first].lower)) return true;
  if (outside < 2) return false;
  // "meinte, der Ehemann „konnte sich nicht abfinden“": a quotation that opens in lower case goes on with the clause
  return ctx.konjunktiv.some((k) => ctx.tokens[k].start >= q.start && ctx.tokens[k].end <= q.end) || quotationGoesOn(ctx, first, q.end);
}

/** Whether the first quotation after token `first` (up to `end`) opens with a lower-case word, carrying on the clause before it. */
function quotationGoesOn(ctx: SentenceContext, first: number, end: number): boolean {
  for (let k = first; k < ctx.tokens.length && ctx.tokens[k].end <= end; k++) {
    const t = ctx.tokens[k];
    if (t.quote < 0 || !isWord(t)) continue;
    return LOWER_START.test(t.text);
  }
  return false;
}

/** Offsets of the opening marks of the direct quotes found in a sentence. */
function directOpens(ctx: SentenceContext): number[] {
  return ctx.found.filter((f) => f.type === "direct").map((f) => f.start - 1);
}
