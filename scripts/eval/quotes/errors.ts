/**
 * Error analysis for the quotes evaluation (local tool, not part of `npm run eval`):
 * prints the scores on the two halves of the dev split (even/odd file index)
 * and, with `--dump <class>`, the missed gold quotes, the spurious system
 * quotes or the speaker mismatches.
 * Usage: npx tsx scripts/eval/quotes/errors.ts [--half 0|1] [--dump missed|spurious|speaker|all] [--type Direct|Indirect|Reported]
 */
import {join} from "node:path";
import {findQuotes} from "../../../loaders/quotes/extract.js";
import {quotePieces} from "../../../loaders/quotes/gaps.js";
import {splitSentences} from "../../../loaders/text/sentences.js";
import {corpusPath} from "../../corpora.js";
import {readQuoteCorpus} from "../quotes.js";
import {TokenCounts} from "./score.js";
import {useDictionaries} from "../../../loaders/io/dictionaries.js";

// loaders/ reads no files: the dictionaries come from their cache files
useDictionaries();

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
const root = corpusPath("german-news-quotes");
if (!root) throw new Error("corpus german-news-quotes not found");
const docs = readQuoteCorpus(join(root, "data", "dev")) as any[];
const TYPES: Record<string, string> = {direct: "Direct", indirect: "Indirect", reported: "Reported"};
const norm = (t: string) => (t === "FreeIndirect" || t === "IndirectFreeIndirect" ? "Indirect" : t);
const MARKS = /[„“”"»«‚‘’]/;
function ids(tokens: any[], s: number | null, e: number | null) {
  if (s === null || e === null || e <= s) return [] as number[];
  return tokens.filter((t) => t.charEnd > s && t.charBegin < e).map((t) => t.id as number);
}
function f1(a: number[], b: number[]) {
  const set = new Set(a); let both = 0; for (const x of b) if (set.has(x)) both++;
  if (!both) return 0; const p = both / b.length, r = both / a.length; return (2 * p * r) / (p + r);
}
const dump = opt("dump");
const onlyType = opt("type");
const half = opt("half");
const halves = [0, 1].map(() => ({all: new TokenCounts(), direct: new TokenCounts(), indirect: new TokenCounts(), reported: new TokenCounts(), speaker: new TokenCounts()}));
const short = (s: string) => s.replace(/\s+/g, " ").slice(0, 220);
docs.forEach((doc, n) => {
  const h = n % 2;
  if (half !== undefined && String(h) !== half) return;
  const text: string = doc.originalText;
  const tok = doc.tokens;
  const tokText = (list: number[]) => list.map((i) => tok[i]?.charBegin !== undefined ? text.slice(tok.find((t: any) => t.id === i).charBegin, tok.find((t: any) => t.id === i).charEnd) : "").join(" ");
  const gold = doc.annotations.map((a: any) => ({quote: [...new Set(a.quote.tokenIds as number[])].sort((x, y) => x - y), speaker: [...new Set(a.speaker.tokenIds as number[])], type: norm(a.type), raw: a.type, text: a.quote.text as string, spk: a.speaker.text as string, cue: a.cue?.text ?? ""}));
  const sys = findQuotes(text, splitSentences(text)).map((q) => {
    const start = q.type === "direct" && MARKS.test(text[q.start - 1] ?? "") ? q.start - 1 : q.start;
    const end = q.type === "direct" && MARKS.test(text[q.end] ?? "") ? q.end + 1 : q.end;
    return {quote: quotePieces({start, end, gaps: q.gaps}).flatMap((p) => ids(tok, p.start, p.end)), speaker: ids(tok, q.speakerStart, q.speakerEnd), type: TYPES[q.type], rule: q.rule, text: text.slice(q.start, q.end), spk: q.speakerStart === null ? "" : text.slice(q.speakerStart, q.speakerEnd!), cue: q.cue};
  });
  const score = (g: typeof gold, s: typeof sys, counts: TokenCounts, spk?: TokenCounts, report = false) => {
    const cand: [number, number, number][] = [];
    g.forEach((x: any, i: number) => s.forEach((y, j) => { const o = f1(x.quote, y.quote); if (o > 0) cand.push([o + (x.type === y.type ? 0.01 : 0), i, j]); }));
    cand.sort((a, b) => b[0] - a[0]);
    const gu = new Set<number>(), su = new Set<number>();
    for (const [, i, j] of cand) {
      if (gu.has(i) || su.has(j)) continue; gu.add(i); su.add(j);
      counts.add(g[i].quote, s[j].quote); spk?.add(g[i].speaker, s[j].speaker);
      if (report && (dump === "speaker" || dump === "all") && (!onlyType || g[i].type === onlyType)) {
        const gs = new Set(g[i].speaker); const ok = s[j].speaker.filter((x) => gs.has(x)).length;
        if (ok !== g[i].speaker.length || ok !== s[j].speaker.length) console.log(`SPK ${doc.documentName} [${g[i].raw}/${s[j].type} ${s[j].rule}] gold=«${g[i].spk}» sys=«${s[j].spk}» cue=${s[j].cue}|${g[i].cue}\n    Q: ${short(g[i].text)}`);
      }
      if (report && (dump === "overlap" || dump === "all") && (!onlyType || g[i].type === onlyType)) {
        const o = f1(g[i].quote, s[j].quote);
        if (o < 0.8) console.log(`OVL ${o.toFixed(2)} ${doc.documentName} [${g[i].raw}/${s[j].type} ${s[j].rule}]\n    G: ${short(g[i].text)}\n    S: ${short(s[j].text)}`);
      }
    }
    g.forEach((x: any, i: number) => { if (gu.has(i)) return; counts.add(x.quote, []); spk?.add(x.speaker, []);
      if (report && (dump === "missed" || dump === "all") && (!onlyType || x.type === onlyType)) console.log(`MISS ${doc.documentName} [${x.raw}] spk=«${x.spk}» cue=«${x.cue}»\n    ${short(x.text)}`); });
    s.forEach((y, j) => { if (su.has(j)) return; counts.add([], y.quote); spk?.add([], y.speaker);
      if (report && (dump === "spurious" || dump === "all") && (!onlyType || y.type === onlyType)) console.log(`SPUR ${doc.documentName} [${y.type} ${y.rule}] spk=«${y.spk}» cue=${y.cue}\n    ${short(y.text)}`); });
  };
  const c = halves[h];
  score(gold, sys, c.all, c.speaker, true);
  score(gold.filter((g: any) => g.type === "Direct"), sys.filter((s) => s.type === "Direct"), c.direct);
  score(gold.filter((g: any) => g.type === "Indirect"), sys.filter((s) => s.type === "Indirect"), c.indirect);
  score(gold.filter((g: any) => g.type === "Reported"), sys.filter((s) => s.type === "Reported"), c.reported);
});
const fmt = (c: TokenCounts) => { const s = c.score(); return `${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})`; };
for (const [h, c] of halves.entries()) {
  if (half !== undefined && String(h) !== half) continue;
  console.error(`half ${h}: all ${fmt(c.all)}  direct ${fmt(c.direct)}  indirect ${fmt(c.indirect)}  reported ${fmt(c.reported)}  speaker ${fmt(c.speaker)}`);
}
