import {execFileSync} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {extname, join, resolve} from "node:path";
import {describe, expect, it} from "vitest";
import {corpusPath, CORPORA} from "../../scripts/corpora.js";

// The evaluation corpora are licensed non-commercial: no passage of them may be
// committed (an error dump once was). Every tracked file is checked for runs of
// WINDOW words that also occur in a corpus; a copied passage of 2 × WINDOW − 1
// words or more always contains one of the corpus windows sampled below.
const WINDOW = 6;
const ROOT = resolve(import.meta.dirname, "..", "..");

const words = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []);

/** The texts of one corpus file: sentences of a CoNLL-style TSV, string values of JSON, text of XML, lines otherwise. */
function* textsOf(path: string): Generator<string> {
  const raw = readFileSync(path, "utf8");
  const ext = extname(path);
  if (ext === ".tsv") {
    let sentence: string[] = [];
    for (const line of raw.split("\n")) {
      if (line.startsWith("#")) continue;
      if (!line.trim()) { yield sentence.join(" "); sentence = []; continue; }
      sentence.push(line.split("\t")[1] ?? "");
    }
    yield sentence.join(" ");
  } else if (ext === ".json") {
    const walk = function* (v: unknown): Generator<string> {
      if (typeof v === "string") yield v;
      else if (v && typeof v === "object") for (const x of Object.values(v)) yield* walk(x);
    };
    yield* walk(JSON.parse(raw));
  } else if (ext === ".xml" || ext === ".tml") {
    yield* raw.replace(/<[^>]*>/g, " ").split(/\n\s*\n/);
  } else yield* raw.split("\n");
}

function* filesUnder(dir: string): Generator<string> {
  for (const e of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* filesUnder(path);
    else if ([".tsv", ".csv", ".json", ".xml", ".tml"].includes(extname(e.name))) yield path;
  }
}

/** Word windows sampled every WINDOW words from every corpus text, mapped to the corpus they come from. */
function corpusWindows(): Map<string, string> {
  const windows = new Map<string, string>();
  for (const name of readdirSync(CORPORA)) {
    const dir = corpusPath(name);
    if (!dir || !readdirSync(CORPORA, {withFileTypes: true}).find((e) => e.name === name)?.isDirectory()) continue;
    for (const file of filesUnder(dir)) {
      for (const text of textsOf(file)) {
        const w = words(text);
        for (let i = 0; i + WINDOW <= w.length; i += WINDOW) windows.set(w.slice(i, i + WINDOW).join(" "), name);
      }
    }
  }
  return windows;
}

function trackedFiles(): string[] {
  try {
    return execFileSync("git", ["ls-files", "-z"], {cwd: ROOT, encoding: "utf8"}).split("\0").filter(Boolean);
  } catch {
    return [];
  }
}

/** Corpus windows found in one text, as "corpus: words". */
export function leaksIn(text: string, windows: Map<string, string>): string[] {
  const w = words(text);
  const found: string[] = [];
  for (let i = 0; i + WINDOW <= w.length; i++) {
    const key = w.slice(i, i + WINDOW).join(" ");
    const corpus = windows.get(key);
    if (corpus) found.push(`${corpus}: ${key}`);
  }
  return found;
}

const tracked = trackedFiles();
describe.skipIf(!corpusPath("germeval2014") || tracked.length === 0)("no corpus text in the repository", () => {
  it("finds a copied passage, and no tracked file holds one", () => {
    const windows = corpusWindows();
    const [sample] = windows.keys();
    // the check can fail: a file made of corpus text is caught
    expect(leaksIn(`intro ${sample} outro`, windows)).toHaveLength(1);
    const leaks: string[] = [];
    for (const file of tracked) {
      if (file === "package-lock.json") continue;
      const bytes = readFileSync(join(ROOT, file));
      if (bytes.includes(0)) continue;
      for (const leak of leaksIn(bytes.toString("utf8"), windows)) leaks.push(`${file}: ${leak}`);
    }
    expect(leaks).toEqual([]);
  }, 120_000);
});
