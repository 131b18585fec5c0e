/**
 * Generalisation check for the quote rules on the REDEWIEDERGABE news subset
 * (historical German, 1840–1919; a different genre: look, do not tune). Local
 * tool, not part of `npm run eval`: character-level precision and recall of
 * "inside any quote" against all `<said>` spans, and recall per mode.
 * Usage: npx tsx scripts/eval/quotes/redewiedergabe.ts
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {findQuotes} from "../../../loaders/quotes/extract.js";
import {splitSentences} from "../../../loaders/text/sentences.js";
import {corpusPath} from "../../corpora.js";
import {useDictionaries} from "../../../loaders/io/dictionaries.js";

// loaders/ reads no files: the noun dictionary and the Konjunktiv forms come from their cache files
useDictionaries();

const root = corpusPath("redewiedergabe");
if (!root) {
  console.error("corpus redewiedergabe not found");
  process.exit(0);
}
const dir = join(root, "xml");
const ENTITIES: Record<string, string> = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"};

/** Body text with normalised white space, and the `<said>` spans in it. */
function readSample(xml: string): {text: string; spans: {mode: string; start: number; end: number}[]} {
  const body = xml.slice(xml.indexOf("<body"), xml.lastIndexOf("</body>"));
  let text = "";
  const open: {mode: string; start: number}[] = [];
  const spans: {mode: string; start: number; end: number}[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z]+)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      text += m[4].replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]).replace(/\s+/g, " ");
      continue;
    }
    if (m[2] === "p" && m[1]) text += "\n\n";
    if (m[2] !== "said" || m[3].endsWith("/")) continue;
    if (m[1]) {
      const s = open.pop();
      if (s) spans.push({...s, end: text.length});
    } else open.push({mode: /mode="([^"]*)"/.exec(m[3])?.[1] ?? "?", start: text.length});
  }
  return {text, spans};
}

let tp = 0;
let system = 0;
let gold = 0;
const byMode = new Map<string, {found: number; all: number}>();
for (const file of readdirSync(dir).filter((f) => f.endsWith(".xml")).sort()) {
  const {text, spans} = readSample(readFileSync(join(dir, file), "utf8"));
  const inGold = new Uint8Array(text.length);
  const inSystem = new Uint8Array(text.length);
  for (const s of spans) inGold.fill(1, s.start, s.end);
  for (const q of findQuotes(text, splitSentences(text))) inSystem.fill(1, q.start, q.end);
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    system += inSystem[i];
    gold += inGold[i];
    tp += inSystem[i] & inGold[i];
  }
  for (const s of spans) {
    const row = byMode.get(s.mode) ?? {found: 0, all: 0};
    for (let i = s.start; i < s.end; i++) if (!/\s/.test(text[i])) {
      row.all++;
      row.found += inSystem[i];
    }
    byMode.set(s.mode, row);
  }
}
const p = tp / system;
const r = tp / gold;
console.log(`inside any quote (characters): P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
console.log([...byMode].map(([mode, {found, all}]) => `${mode}: R ${(found / all).toFixed(3)}`).join("  "));
