/**
 * GermEval 2014 (test split): PER mentions, exact span on the outer column,
 * label PER only (PERpart and PERderiv are not person mentions here).
 * Each sentence is rebuilt by joining its tokens with spaces and passed to the
 * mention finder as one span with the seed register off; character spans are mapped back to tokens.
 * The only document context is the title of the sentence's source where its comment line gives one: a Wikipedia
 * article's title is the last part of its address ("…/wiki/Anna_Beispiel"). It goes to the finder as a span of its own
 * before the sentence, as a headline does in an article, so a surname its full name introduces is a name in the sentence
 * too (the finder's document-level pass, loaders/people/mentions.ts); the title's own mentions are not scored.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {useDictionaries} from "../../loaders/io/dictionaries.js";
import {personLexicon} from "../../loaders/people/lexicon.js";
import {findMentions, type VetoedMention} from "../../loaders/people/mentions.js";
import {corpusPath} from "../corpora.js";
import {type Evaluation, score} from "./types.js";

interface Sentence {
  tokens: string[];
  tags: string[];
  /** The source's title from the comment line before the sentence, "" when it gives none ({@link sourceTitle}). */
  title: string;
}

/** Reads the GermEval TSV: comment line (source address and date), then index, token, outer tag, inner tag. */
export function readGermEval(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = {tokens: [], tags: [], title: ""};
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) {
      current.title = sourceTitle(line.split("\t")[1] ?? "");
      continue;
    }
    if (!line.trim()) {
      if (current.tokens.length) sentences.push(current);
      current = {tokens: [], tags: [], title: ""};
      continue;
    }
    const [, token, outer] = line.split("\t");
    current.tokens.push(token);
    current.tags.push(outer);
  }
  if (current.tokens.length) sentences.push(current);
  return sentences;
}

/** A Wikipedia article's address: its title is the last part, with underscores for spaces. */
const WIKIPEDIA_ARTICLE = /^https?:\/\/de\.wikipedia\.org\/wiki\/([^/?#]+)$/u;

/**
 * The title of a German Wikipedia article from its address ("http://de.wikipedia.org/wiki/Anna_Beispiel" → "Anna Beispiel"), or "" for
 * any other source (a news site's address writes its headline in lower case, if at all). A title that cannot be decoded is "".
 */
export function sourceTitle(address: string): string {
  const m = WIKIPEDIA_ARTICLE.exec(address.trim());
  if (!m) return "";
  try {
    return decodeURIComponent(m[1]).replace(/_/gu, " ").trim();
  } catch {
    return "";
  }
}

/** Token spans "first-last" of BIO chunks with exactly this label. */
export function chunks(tags: string[], label: string): string[] {
  const out: string[] = [];
  let begin = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i] ?? "O";
    if (begin >= 0 && tag !== `I-${label}`) {
      out.push(`${begin}-${i - 1}`);
      begin = -1;
    }
    if (tag === `B-${label}`) begin = i;
  }
  return out;
}

/**
 * Mentions found in a pre-tokenised sentence (tokens joined with spaces), as
 * token spans "first-last" with the rule that found each. Mentions a veto dropped
 * are pushed to `vetoed` as spans with the veto's id, when given. A title, when given,
 * is the sentence's document context: a span of its own before the sentence, whose mentions are not returned.
 */
export function mentionSpans(tokens: string[], lexicon = personLexicon(), vetoed?: {span: string; veto: string}[], title = ""): {span: string; rule: string}[] {
  // the title and the sentence as two paragraphs of one text
  const offset = title ? title.length + 2 : 0;
  const starts: number[] = [];
  let text = title ? `${title}\n\n` : "";
  for (const token of tokens) {
    if (text.length > offset) text += " ";
    starts.push(text.length - offset);
    text += token;
  }
  const tokenAt = (at: number, end: boolean): number => {
    const local = at - offset;
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= local - (end ? 1 : 0)) k++;
    return k;
  };
  const spans = title ? [{start: 0, end: title.length}, {start: offset, end: text.length}] : [{start: 0, end: text.length}];
  const inSentence = (m: {start: number}) => m.start >= offset;
  const dropped: VetoedMention[] = [];
  const found = findMentions(text, spans, lexicon, [], dropped);
  for (const v of dropped) if (inSentence(v)) vetoed?.push({span: `${tokenAt(v.start, false)}-${tokenAt(v.end, true)}`, veto: v.veto});
  // two names in one token ("Diefenbacher/Rudolf"): the corpus's tags mark one chunk over both, so their spans join
  const out: {first: number; last: number; rule: string}[] = [];
  for (const m of found.filter(inSentence)) {
    const first = tokenAt(m.start, false);
    const last = tokenAt(m.end, true);
    const previous = out[out.length - 1];
    if (previous && first <= previous.last) previous.last = Math.max(previous.last, last);
    else out.push({first, last, rule: m.rule});
  }
  return out.map((m) => ({span: `${m.first}-${m.last}`, rule: m.rule}));
}

/** Runs the finder on a sentence with its source's title as context; returns the predicted token spans. */
export function predictSentence(tokens: string[], title = ""): string[] {
  return mentionSpans(tokens, undefined, undefined, title).map((m) => m.span);
}

export const people: Evaluation = {
  name: "people",
  async run() {
    const dir = corpusPath("germeval2014");
    if (!dir) return {name: "people", skipped: "germeval2014 corpus not found"};
    useDictionaries();
    const sentences = readGermEval(readFileSync(join(dir, "NER-de-test.tsv"), "utf8"));
    // counts [tp, system, gold] per half: even-indexed sentences are the tuning half, odd ones held out
    const halves = [[0, 0, 0], [0, 0, 0]];
    // the held-out half without the source titles: sentences alone, as the figures before the titles were read
    const alone = [0, 0, 0];
    const errors: string[] = [];
    for (const [n, s] of sentences.entries()) {
      const want = new Set(chunks(s.tags, "PER"));
      const got = new Set(predictSentence(s.tokens, s.title));
      const half = halves[n % 2];
      half[2] += want.size;
      half[1] += got.size;
      for (const g of got) if (want.has(g)) half[0]++;
      if (n % 2 === 1) {
        const bare = s.title ? new Set(predictSentence(s.tokens)) : got;
        alone[2] += want.size;
        alone[1] += bare.size;
        for (const g of bare) if (want.has(g)) alone[0]++;
      }
      if (process.env.PEOPLE_ERRORS) {
        const span = (k: string) => {
          const [a, b] = k.split("-").map(Number);
          return s.tokens.slice(a, b + 1).join(" ");
        };
        for (const g of got) if (!want.has(g)) errors.push(`FP\t${span(g)}\t${s.tokens.join(" ")}`);
        for (const w of want) if (!got.has(w)) errors.push(`FN\t${span(w)}\t${s.tokens.join(" ")}`);
      }
    }
    if (process.env.PEOPLE_ERRORS) (await import("node:fs")).writeFileSync(process.env.PEOPLE_ERRORS, errors.join("\n") + "\n");
    return {
      name: "people", corpus: "GermEval 2014 NER test (5,100 sentences)", metric: "PER mentions, exact span, outer column",
      scores: {
        "PER mentions": score(halves[0][0] + halves[1][0], halves[0][1] + halves[1][1], halves[0][2] + halves[1][2]),
        "PER mentions, tuning half (even sentences)": score(halves[0][0], halves[0][1], halves[0][2]),
        "PER mentions, held-out half (odd sentences)": score(halves[1][0], halves[1][1], halves[1][2]),
        "PER mentions, held-out half, sentences without their source titles": score(alone[0], alone[1], alone[2])
      },
      goals: {"PER mentions": 0.85, "PER mentions, held-out half (odd sentences)": 0.85},
      notes: [
        "isolated sentences with the title of their source where the comment line gives one (Wikipedia articles: about half the sentences) as their only document context; no register; PERpart/PERderiv not counted as PER",
        "rules are tuned on the even sentences only; the odd half measures them on sentences not looked at"
      ]
    };
  }
};
