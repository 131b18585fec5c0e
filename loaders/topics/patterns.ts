import {foldDe, stemDe} from "../lang/de/stemmer.js";

/**
 * The term pattern syntax of data/topics.yaml and data/framing.yaml.
 *
 *   Krieg            the word in any inflection ("Krieges", "Kriege"), as a hyphen part
 *                    ("Ukraine-Krieg") and as the head of a compound ("Angriffskrieg")
 *   Krieg*           words that begin with it ("Kriegsende", "kriegsbezogen")
 *   *krieg           words that end with it, in any inflection ("Weltkrieges")
 *   *atom*           words that contain it
 *   =KI              exactly this surface, case-sensitive (also as a hyphen part, and with genitive -s)
 *   #                a number, in digits or as a number word ("300", "zehn", "Millionen")
 *   künstliche Intelligenz   words in a row, each matched as above
 *   Iran* & Atom*    all parts in the same sentence
 */
export type AtomKind = "stem" | "prefix" | "suffix" | "infix" | "exact" | "number";

/** One word position of a pattern. */
export interface Atom {
  kind: AtomKind;
  /** Stem (stem, suffix), folded lower case (prefix, infix) or the surface (exact). */
  value: string;
}

/** A parsed pattern: groups that must all occur in one sentence, each a run of adjacent words. */
export interface Pattern {
  text: string;
  groups: Atom[][];
}

const WORD_CHARS = /^[\p{L}\p{N}][\p{L}\p{N}\-‐'’.]*$/u;

/** Parses one pattern. Throws a message naming the problem (callers add file and id). */
export function parsePattern(text: string): Pattern {
  if (typeof text !== "string" || !text.trim()) throw new Error("empty pattern");
  const groups = text.split("&").map((group) => {
    const words = group.trim().split(/\s+/).filter(Boolean);
    if (!words.length) throw new Error(`pattern "${text}": empty part around "&"`);
    return words.map((word) => parseAtom(word, text));
  });
  return {text: text.trim(), groups};
}

function parseAtom(word: string, pattern: string): Atom {
  if (word === "#") return {kind: "number", value: "#"};
  if (word.startsWith("=")) {
    const value = word.slice(1);
    if (!value || !WORD_CHARS.test(value)) throw new Error(`pattern "${pattern}": "${word}" needs a word after "="`);
    return {kind: "exact", value};
  }
  const lead = word.startsWith("*");
  const tail = word.endsWith("*") && word.length > 1;
  const core = word.slice(lead ? 1 : 0, tail ? -1 : undefined);
  if (!core || !WORD_CHARS.test(core)) throw new Error(`pattern "${pattern}": "${word}" is not a word (letters, digits, hyphens; "*" only at the ends)`);
  const joined = joinParts(core);
  if (lead && tail) return {kind: "infix", value: foldDe(joined)};
  if (tail) return {kind: "prefix", value: foldDe(joined)};
  return {kind: lead ? "suffix" : "stem", value: stemDe(joined.toLowerCase())};
}

/** A word with its hyphens and apostrophes removed: "NATO-Mitgliedschaft" → "NATOMitgliedschaft". */
export function joinParts(word: string): string {
  return word.replace(/[-‐'’.]/g, "");
}

/** Key of an atom, equal for equal atoms. */
export function atomKey(atom: Atom): string {
  return `${atom.kind}:${atom.value}`;
}
