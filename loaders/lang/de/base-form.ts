/**
 * The base form a journalist names an authority by: "der Polizei" → "Polizei",
 * "des Senders" → "Sender", "den Behörden" → "Behörde", "einer Sprecherin der
 * Feuerwehr" → "Sprecherin der Feuerwehr". The head noun loses its article and
 * its case ending; the ending is only taken off when what is left is a form of
 * the noun dictionary (common-nouns.ts), so "Polizei", "Ermittler" and names
 * ("des ZDF") stay as written. A phrase whose head has an adjective before it
 * ("des Roten Kreuzes") is left whole: its nominative needs the adjective's
 * declension too.
 */
import {isCommonNoun} from "./common-nouns.js";
import {attributiveEnding, isArticle} from "./inflection.js";
import {UPPER_START} from "../../quotes/tokens.js";

/** Punctuation and other non-letters (but hyphens) at a word's end. */
const TRAILING_NON_LETTERS = /[^\p{L}-]+$/u;
/** A capitalised noun in -ern or -eln: the dative plural of a noun in -er or -el ("Teilnehmern"). */
const ER_EL_PLURAL_N = /^\p{Lu}\p{Ll}+(?:er|el)n$/u;
/** Two letters or more, then "en". */
const TWO_LETTERS_EN = /\p{L}{2}en$/u;

/**
 * Case and plural endings to try on a head noun, longest first, by the article before it: after
 * "des"/"eines" the genitive singular ("Senders", "Verbandes", weak "Präsidenten"); after the other
 * articles a plural ("Behörden", "Agenturen", "Sprecherinnen"). Each pair is [ending, replacement].
 */
const ENDINGS: Record<"genitive" | "other", readonly (readonly [string, string])[]> = {
  genitive: [["es", ""], ["s", ""], ["en", ""], ["n", ""]],
  other: [["innen", "in"], ["en", ""], ["n", ""]]
};

/**
 * The nominative singular of a capitalised noun as written after `article` (lower case, "" for
 * none): the word less a case or plural ending when the rest is a dictionary noun ("Senders" →
 * "Sender"), else the word itself.
 */
export function nominativeSingular(word: string, article: string): string {
  const endings = article === "des" || article === "eines" ? ENDINGS.genitive : ENDINGS.other;
  const lower = word.toLowerCase();
  // "dem Schlichtungsabkommen", "laut Gutachten": a neuter noun in -en keeps its -en in every case of the singular
  if (!GENITIVE_ARTICLES.has(article) && NEUTER_EN.test(lower)) return word;
  for (const [ending, replacement] of endings) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = word.slice(0, word.length - ending.length) + replacement;
    // the dictionary gives one genitive of "Verband", "Verbands": "Verbandes" is its other form
    const inflected = ending === "es" ? [lower, `${stem.toLowerCase()}s`] : [lower];
    if (headForms(stem.toLowerCase(), inflected)) return stem;
  }
  return word;
}

/**
 * Heads of neuter nouns in -en that name documents, agreements and bodies ("Abkommen", "Gutachten", "Schreiben",
 * "Unternehmen"): nominalised infinitives, the same word in every case of the singular, which the dictionary also
 * reads as the plural or a weak dative of another noun ("Abkomme", "Gutacht"); with or without a compound's first part.
 */
export const neuterEnHeads: readonly string[] = ["abkommen", "übereinkommen", "gutachten", "schreiben", "verfahren", "unternehmen", "vorhaben", "ersuchen", "anliegen", "bestreben", "vorgehen"];
const NEUTER_EN = new RegExp(`(?:${neuterEnHeads.join("|")})$`, "u");
const GENITIVE_ARTICLES = new Set(["des", "eines"]);

/** Shortest last part of a compound whose forms are looked up ("Bundes|amt"). */
const MIN_PART = 3;

/**
 * Whether a stem and the inflected word it came from (or one of its spellings) are forms of one
 * dictionary noun: both as they are, or the same last part of both as a compound ("bundesamt" and
 * "bundesamts" by "amt", "amts").
 */
function headForms(stem: string, inflected: readonly string[]): boolean {
  for (let k = 0; stem.length - k >= MIN_PART; k++) {
    if (isCommonNoun(stem.slice(k)) && inflected.some((w) => isCommonNoun(w.slice(k)))) return true;
  }
  return false;
}

/**
 * An authority phrase in its base form: without its leading article and with its head noun in the
 * nominative singular ({@link nominativeSingular}); the words after the head stay as written ("des
 * Ministeriums für Gesundheit" → "Ministerium für Gesundheit"). A phrase with no article, or whose
 * head is an inflected adjective before a noun ("des Roten Kreuzes", "der Vereinten Nationen"), is
 * returned as it is.
 */
export function authorityBaseForm(phrase: string): string {
  const match = /^(\S+)\s+(\S+)(.*)$/su.exec(phrase.trim());
  if (!match) return dativePluralNominative(phrase);
  const [, first, head, rest] = match;
  const article = first.toLowerCase();
  if (!isArticle(article) || !UPPER_START.test(head)) return phrase;
  // "des Roten Kreuzes", "der Vereinten Nationen": an adjective before the head noun
  const next = /^\s+(\S+)/u.exec(rest)?.[1] ?? "";
  if (attributiveEnding.test(head.toLowerCase()) && UPPER_START.test(next) && isCommonNoun(next.replace(TRAILING_NON_LETTERS, "").toLowerCase())) return phrase;
  const trail = /[,.;:]+$/u.exec(head)?.[0] ?? "";
  const bare = head.slice(0, head.length - trail.length);
  return `${nominativeSingular(bare, article)}${trail}${rest}`;
}

/**
 * de.speaker.dative-plural: a lone plural noun after "laut" or before "zufolge" is a dative ("Teilnehmern zufolge",
 * "laut Anwohnern"); a plural of a noun in -er or -el takes its -n only there, so the word less the -n is the
 * nominative ("Teilnehmer", "Anwohner") when the noun dictionary has both forms. Plurals in -en ("Experten",
 * "Ärzten") stay as written: the dictionary does not tell a weak noun's plural from a dative.
 */
function dativePluralNominative(word: string): string {
  if (!ER_EL_PLURAL_N.test(word) || NEUTER_EN.test(word.toLowerCase())) return word;
  const stem = word.slice(0, -1);
  return headForms(stem.toLowerCase(), [word.toLowerCase()]) ? stem : word;
}

/** Articles after which an adjective in -en is a weak singular form whose nominative ends in -e ("der dänischen Regierung", "des Deutschen Bundestages"). */
const WEAK_SINGULAR = new Set(["der", "des", "dem"]);

/**
 * The nominative of an attributive adjective written after `article` (lower case): a weak singular
 * in -en after der/des/dem ends in -e ("dänischen" → "dänische", "Deutschen" → "Deutsche"); else as written.
 */
export function adjectiveNominative(word: string, article: string): string {
  return WEAK_SINGULAR.has(article) && TWO_LETTERS_EN.test(word) ? word.slice(0, -1) : word;
}

/**
 * A noun phrase's words as written after `article` (lower case, "" for none), in the nominative singular:
 * the words before the head noun (at `head`) are adjectives ({@link adjectiveNominative}), the head by
 * {@link nominativeSingular}; the words after it stay as written ("der Deutschen Bank" → "Deutsche Bank",
 * "des Landgerichts Kassel" → "Landgericht Kassel").
 */
export function phraseNominative(words: readonly string[], article: string, head: number): string[] {
  return words.map((w, i) => (i < head ? adjectiveNominative(w, article) : i === head ? nominativeSingular(w, article) : w));
}
