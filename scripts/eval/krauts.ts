/**
 * Reader for the KRAUTS TimeML corpus (../shared/corpora/krauts). Returns the
 * TEXT content with tags stripped and entities decoded, the DCT, and the
 * span-bearing TIMEX3 elements with offsets into that text. Empty TIMEX3 are
 * dropped; attributes are read into a map (their order varies).
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";

/** One TIMEX3 with a span in the document text. */
export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** One KRAUTS document: TEXT content, document creation time and its TIMEX3. */
export interface TimemlDoc {
  file: string;
  subset: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = {amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'"};

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? all;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/** Parses one TimeML file's content. Offsets are into the trimmed TEXT content. */
export function parseTimeml(xml: string, file = "", subset = ""): TimemlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? attributes(dctTag[1]).value ?? "" : "";
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>");
  if (open < 0 || close < 0) throw new Error(`no <TEXT> in ${file}`);
  const inner = xml.slice(open + 6, close);
  let text = "";
  const timexes: Timex[] = [];
  let pending: {start: number; attrs: Record<string, string>} | undefined;
  const tag = /<(\/?)(\w+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(inner); m; m = tag.exec(inner)) {
    text += decode(inner.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== "TIMEX3") continue;
    if (m[4]) continue; // empty TIMEX3: no span
    if (!m[1]) pending = {start: text.length, attrs: attributes(m[3])};
    else if (pending) {
      if (text.length > pending.start) timexes.push({start: pending.start, end: text.length, type: pending.attrs.type ?? "", value: pending.attrs.value ?? ""});
      pending = undefined;
    }
  }
  text += decode(inner.slice(last));
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return {file, subset, dct, text: trimmed, timexes: timexes.map((t) => ({...t, start: t.start - lead, end: t.end - lead}))};
}

/** The three gold subsets and the folders of their HeidelTime output. */
export const SUBSETS = ["Dolomiten-42", "Dolomiten-100", "DieZeit"] as const;

/** Reads gold and HeidelTime documents of every subset, paired by file name. */
export function readKrauts(root: string): {gold: TimemlDoc; heideltime: TimemlDoc}[] {
  const out: {gold: TimemlDoc; heideltime: TimemlDoc}[] = [];
  for (const subset of SUBSETS) {
    const goldDir = join(root, "KRAUTS", `KRAUTS_${subset}`);
    const htDir = join(root, "KRAUTS", `KRAUTS_${subset}_Heideltime`);
    const htFiles = new Map(readdirSync(htDir).map((f) => [f.normalize("NFC"), f]));
    for (const file of readdirSync(goldDir).sort()) {
      if (!file.endsWith(".tml")) continue;
      const htFile = htFiles.get(file.normalize("NFC"));
      if (!htFile) throw new Error(`KRAUTS: no HeidelTime file for ${subset}/${file}`);
      const gold = parseTimeml(readFileSync(join(goldDir, file), "utf8"), file, subset);
      const heideltime = parseTimeml(readFileSync(join(htDir, htFile), "utf8"), file, subset);
      if (gold.text !== heideltime.text) throw new Error(`KRAUTS: text differs between gold and HeidelTime in ${subset}/${file}`);
      out.push({gold, heideltime});
    }
  }
  return out;
}
