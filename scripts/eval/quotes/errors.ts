/**
 * Error analysis for the quotes evaluation (local tool, not part of `npm run eval`):
 * prints the scores on the two halves of the dev split (even/odd file index)
 * and, with `--dump <class>`, the missed gold quotes, the spurious system
 * quotes or the speaker mismatches.
 * Usage: npx tsx scripts/eval/quotes/errors.ts [--half 0|1] [--dump missed|spurious|speaker|all] [--type Direct|Indirect|Reported]
 */
import {devDocs, option} from "./dev-split.js";
import {goldQuotes, systemQuotes} from "./groups.js";
import {alignGroups, overlapF1, TokenCounts} from "./score.js";

const docs = devDocs();
const norm = (t: string) => (t === "FreeIndirect" || t === "IndirectFreeIndirect" ? "Indirect" : t);
const dump = option("dump");
const onlyType = option("type");
const half = option("half");
const halves = [0, 1].map(() => ({all: new TokenCounts(), direct: new TokenCounts(), indirect: new TokenCounts(), reported: new TokenCounts(), speaker: new TokenCounts()}));
const short = (s: string) => s.replace(/\s+/g, " ").slice(0, 220);
docs.forEach((doc, n) => {
  const h = n % 2;
  if (half !== undefined && String(h) !== half) return;
  const gold = goldQuotes(doc).map((g) => ({...g, raw: g.type, type: norm(g.type)}));
  const sys = systemQuotes(doc);
  const score = (g: typeof gold, s: typeof sys, counts: TokenCounts, spk?: TokenCounts, report = false) => {
    const {pairs, goldLeft, systemLeft} = alignGroups(g, s);
    for (const [i, j] of pairs) {
      counts.add(g[i].quote, s[j].quote); spk?.add(g[i].speaker, s[j].speaker);
      if (report && (dump === "speaker" || dump === "all") && (!onlyType || g[i].type === onlyType)) {
        const gs = new Set(g[i].speaker); const ok = s[j].speaker.filter((x) => gs.has(x)).length;
        if (ok !== g[i].speaker.length || ok !== s[j].speaker.length) console.log(`SPK ${doc.documentName} [${g[i].raw}/${s[j].type} ${s[j].rule}] gold=«${g[i].speakerText}» sys=«${s[j].speakerText}» cue=${s[j].cue}|${g[i].cue}\n    Q: ${short(g[i].text)}`);
      }
      if (report && (dump === "overlap" || dump === "all") && (!onlyType || g[i].type === onlyType)) {
        const o = overlapF1(g[i].quote, s[j].quote);
        if (o < 0.8) console.log(`OVL ${o.toFixed(2)} ${doc.documentName} [${g[i].raw}/${s[j].type} ${s[j].rule}]\n    G: ${short(g[i].text)}\n    S: ${short(s[j].text)}`);
      }
    }
    for (const i of goldLeft) {
      const x = g[i]; counts.add(x.quote, []); spk?.add(x.speaker, []);
      if (report && (dump === "missed" || dump === "all") && (!onlyType || x.type === onlyType)) console.log(`MISS ${doc.documentName} [${x.raw}] spk=«${x.speakerText}» cue=«${x.cue}»\n    ${short(x.text)}`);
    }
    for (const j of systemLeft) {
      const y = s[j]; counts.add([], y.quote); spk?.add([], y.speaker);
      if (report && (dump === "spurious" || dump === "all") && (!onlyType || y.type === onlyType)) console.log(`SPUR ${doc.documentName} [${y.type} ${y.rule}] spk=«${y.speakerText}» cue=${y.cue}\n    ${short(y.text)}`);
    }
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
