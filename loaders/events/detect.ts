import type {Config} from "../config.js";
import type {EventCue} from "../lang/de/events.js";
import {eventCues} from "../lang/de/index.js";
import type {ArticleExtractor} from "../pipeline.js";
import type {Article, EventMentionRow} from "../types.js";
import {durationFacts, type Fact} from "./facts.js";

/** Parts whose sentences may report events: the outlet's own text (body, FAQ), never comments. */
export const EVENT_PARTS = new Set(["body", "faq"]);

interface CompiledCue {
  cue: EventCue;
  /** The word itself. */
  exact: RegExp;
  /** A compound ending in the word ("Ramstein-Treffen"); only tried on capitalised words (nouns). */
  compound: RegExp | null;
}

/** Splits a pattern at its top-level "|" (not inside parentheses). */
export function alternativesOf(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

function compile(cue: EventCue): CompiledCue {
  const alternatives = alternativesOf(cue.pattern);
  const heads = alternatives.filter((a) => a.startsWith("~")).map((a) => a.slice(1));
  return {
    cue,
    exact: new RegExp(`^(?:${alternatives.map((a) => a.replace(/^~/, "")).join("|")})$`, "iu"),
    compound: heads.length ? new RegExp(`^[\\p{L}\\d-]+(?:${heads.join("|")})$`, "iu") : null
  };
}

function matches(c: CompiledCue, word: string): boolean {
  return c.exact.test(word) || (c.compound !== null && word[0] !== word[0].toLowerCase() && c.compound.test(word));
}

/** Literal start of each alternative ("telefon", "gipfel", "traf"): a word can only match if it contains one. */
function triggerPattern(cues: readonly EventCue[]): RegExp {
  const literals = new Set<string>();
  for (const cue of cues) {
    for (const alternative of alternativesOf(cue.pattern)) {
      const literal = /^~?([\p{L}]+)/u.exec(alternative)?.[1];
      if (literal) literals.add(literal.toLowerCase());
    }
  }
  return new RegExp([...literals].sort((a, b) => b.length - a.length).join("|"), "giu");
}

const defaults = {cues: eventCues, compiled: eventCues.map(compile), trigger: triggerPattern(eventCues)};
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\d-]/u.test(c);

/**
 * Finds the sentences of an article that report an event: each word is
 * tested against the event cues in order (first match wins), and each
 * event type counts once per sentence. Facts such as durations are read
 * from the same sentence.
 */
export function detectEventMentions(article: Article, cues: readonly EventCue[] = eventCues): EventMentionRow[] {
  const {compiled, trigger} = cues === defaults.cues ? defaults : {compiled: cues.map(compile), trigger: triggerPattern(cues)};
  const rows: EventMentionRow[] = [];
  for (const s of article.sentences) {
    if (!EVENT_PARTS.has(s.part)) continue;
    const sentence = article.text.slice(s.start, s.end);
    const seen = new Set<string>();
    const first = rows.length;
    trigger.lastIndex = 0;
    for (let t; (t = trigger.exec(sentence)); ) {
      // expand the trigger hit to its whole word, then skip past it
      let a = t.index;
      let b = t.index + t[0].length;
      while (isWordChar(sentence[a - 1])) a--;
      while (isWordChar(sentence[b])) b++;
      trigger.lastIndex = b;
      const word = sentence.slice(a, b).replace(/^-+|-+$/g, "");
      const hit = compiled.find((c) => matches(c, word));
      if (!hit || seen.has(hit.cue.type)) continue;
      seen.add(hit.cue.type);
      const start = s.start + a + sentence.slice(a, b).indexOf(word);
      rows.push({
        mention_id: `${article.id}:${start}`,
        article_id: article.id, start: s.start, end: s.end, part: s.part,
        type: hit.cue.type, cue: word, cue_start: start, cue_end: start + word.length,
        facts: "", event_id: "", sentence, rule: hit.cue.id
      });
    }
    attachFacts(rows.slice(first), durationFacts(article.text, s.start, s.end));
  }
  return rows;
}

/** Characters between a cue and a fact, whichever comes first. */
const gap = (m: EventMentionRow, f: Fact) => (m.cue_start >= f.end ? m.cue_start - f.end : f.start - m.cue_end);

/** Each fact belongs to the event whose cue is nearest to it in the sentence. */
function attachFacts(mentions: EventMentionRow[], facts: Fact[]): void {
  for (const fact of facts) {
    let best: EventMentionRow | undefined;
    for (const m of mentions) if (!best || Math.abs(gap(m, fact)) < Math.abs(gap(best, fact))) best = m;
    if (best) best.facts = best.facts ? `${best.facts} | ${fact.name}=${fact.value}` : `${fact.name}=${fact.value}`;
  }
}

/** The per-article extractor: event mentions, merged into events by the events step. */
export const eventMentionExtractor: ArticleExtractor = {
  name: "event_mentions",
  version: 1,
  run: (article: Article, _config: Config) => ({event_mentions: detectEventMentions(article)})
};
