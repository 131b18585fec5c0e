/**
 * Alignment of one rule's quotes (local tool, not part of `npm run eval`): for
 * every quote the rule makes, the gold type it aligns with (as the scorer
 * aligns them) or SPURIOUS, the half of the dev split, the cue and both speakers.
 * Usage: npx tsx scripts/eval/quotes/rep-align.ts [rule-id]   (default: de.quote.reported.speech-act)
 */
import {join} from "node:path";
import {findQuotes} from "../../../loaders/quotes/extract.js";
import {quotePieces} from "../../../loaders/quotes/gaps.js";
import {splitSentences} from "../../../loaders/text/sentences.js";
import {corpusPath} from "../../corpora.js";
import {readQuoteCorpus} from "../quotes.js";
import {useDictionaries} from "../../../loaders/io/dictionaries.js";

// loaders/ reads no files: the dictionaries come from their cache files
useDictionaries();
const rule = process.argv[2] ?? "de.quote.reported.speech-act";
const docs = readQuoteCorpus(join(corpusPath("german-news-quotes")!, "data", "dev")) as any[];
const MARKS = /[„“”"»«‚‘’]/;
function ids(tokens: any[], s: number | null, e: number | null) { if (s === null || e === null || e <= s) return [] as number[]; return tokens.filter((t) => t.charEnd > s && t.charBegin < e).map((t) => t.id as number); }
function f1(a: number[], b: number[]) { const set = new Set(a); let both = 0; for (const x of b) if (set.has(x)) both++; if (!both) return 0; const p = both / b.length, r = both / a.length; return (2 * p * r) / (p + r); }
docs.forEach((doc, n) => {
  const text: string = doc.originalText; const tok = doc.tokens;
  const gold = doc.annotations.map((a: any) => ({quote: [...new Set(a.quote.tokenIds as number[])], type: a.type, spk: a.speaker.text, cue: a.cue?.text}));
  const sys = findQuotes(text, splitSentences(text)).map((q) => {
    const start = q.type === "direct" && MARKS.test(text[q.start - 1] ?? "") ? q.start - 1 : q.start;
    const end = q.type === "direct" && MARKS.test(text[q.end] ?? "") ? q.end + 1 : q.end;
    return {quote: quotePieces({start, end, gaps: q.gaps}).flatMap((p) => ids(tok, p.start, p.end)), q, text: text.slice(q.start, q.end), spk: q.speakerStart === null ? "" : text.slice(q.speakerStart, q.speakerEnd!)};
  });
  const cand: [number, number, number][] = [];
  gold.forEach((g: any, i: number) => sys.forEach((s, j) => { const o = f1(g.quote, s.quote); if (o > 0) cand.push([o + (g.type.toLowerCase() === s.q.type ? 0.01 : 0), i, j]); }));
  cand.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>(), su = new Map<number, number>();
  for (const [, i, j] of cand) { if (gu.has(i) || su.has(j)) continue; gu.add(i); su.set(j, i); }
  sys.forEach((s, j) => {
    if (s.q.rule !== rule) return;
    const i = su.get(j);
    const g = i === undefined ? null : gold[i];
    console.log(`${g ? g.type.padEnd(9) : "SPURIOUS "} h${n % 2} ${s.q.cue.padEnd(18)} spk=«${s.spk}»${g ? ` gspk=«${g.spk}» gcue=«${g.cue}»` : ""}\n     ${s.text.replace(/\s+/g, " ").slice(0, 200)}`);
  });
});
