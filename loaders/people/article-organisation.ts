import {isCommonNoun} from "../lang/de/common-nouns.js";
import {nameContinuations, namedAfterNouns, nameTimeWords} from "../lang/de/organisation-heads.js";
import {sentenceEnds, sentenceOf} from "./sentenceEnds.js";

/** "Verband Familienbetriebe Nord": a generic noun, one space, then one to four capitalised words of the name (with "und"). */
const NAMED = new RegExp(`(?<![\\p{L}])(${namedAfterNouns.map((n) => n[0].toUpperCase() + n.slice(1)).join("|")}) ((?:\\p{Lu}[\\p{L}\\d-]*)(?: (?:und )?\\p{Lu}[\\p{L}\\d-]*){0,3})`, "gu");
/** The word after a name: a capitalised word means the name goes on beyond four words; a lower-case word is a verb or a continuation. */
const NEXT_WORD = /^\s*([\p{L}.]+)/u;
/** The end of a sentence: its punctuation and the space after it. */

/** One organisation the text names after a generic noun, with the sentence it stands in. */
interface Named {
  noun: string;
  name: string;
  words: string;
  sentence: number;
  /** False for a name that may go on or be an object ("unsure" of nameKind): never taken, but another organisation of its noun. */
  sure: boolean;
}

/** The last text scanned and what it names: the extractor asks once per mention of one article. */
let last: {text: string; named: readonly Named[]; ends: readonly number[]} | null = null;

/**
 * What a name read after a generic noun is: "none" when it holds a word of time ("Mitte Mai Klage") or is one common noun ("dem Verband
 * Sorgen"); "unsure" when it does not end its noun phrase (a lower-case continuation "Freunde der Altstadt", a fifth capitalised word)
 * or ends in a common noun before a verb without "und" ("Obstbau Nord Beschwerde eingelegt"; "Bau und Holz ruft" is a name); else "name".
 * An unsure name is never taken but still counts as another organisation of that noun.
 */
function nameKind(name: string, after: string): "name" | "none" | "unsure" {
  const words = name.split(" ");
  if (words.some((w) => nameTimeWords.has(w.toLowerCase()))) return "none";
  if (words.length === 1 && isCommonNoun(name.toLowerCase())) return "none";
  const next = NEXT_WORD.exec(after)?.[1];
  if (!next) return "name";
  if (/^\p{Lu}/u.test(next) || nameContinuations.has(next.toLowerCase())) return "unsure";
  return words.includes("und") || !isCommonNoun(words[words.length - 1].toLowerCase()) ? "name" : "unsure";
}

/** The organisations `text` names after a generic noun and where its sentences end, scanned once per text. */
function scan(text: string): {named: readonly Named[]; ends: readonly number[]} {
  if (last?.text === text) return last;
  const ends = sentenceEnds(text);
  const named: Named[] = [];
  let sentence = 0;
  for (const m of text.matchAll(NAMED)) {
    const end = m.index! + m[0].length;
    const kind = nameKind(m[2], text.slice(end, end + 40));
    if (kind === "none") continue;
    while (sentence < ends.length && ends[sentence] < m.index!) sentence++;
    named.push({noun: m[1].toLowerCase(), name: m[2], words: m[0], sentence, sure: kind === "name"});
  }
  last = {text, named, ends};
  return last;
}

/**
 * The organisation a role compound with a generic prefix names ("Verbandspräsidentin" → the article's "Verband Familienbetriebe
 * Nord" → "Familienbetriebe Nord"), with the role and the organisation's words it was read from, or null: the article must name exactly
 * one organisation after that noun (`namedAfterNouns`), in the mention's sentence or the one before (another union named later is not
 * the person's own), and the name must end its noun phrase and hold no word of time ("der Verein Mitte Mai Klage eingereicht").
 * `at` is the mention's offset in `text`.
 */
export function articleOrganisationOf(roles: readonly string[], text: string, at: number): {affiliation: string; cue: string; words: string} | null {
  const {named, ends} = scan(text);
  if (!named.length) return null;
  const sentence = sentenceOf(ends, at);
  for (const role of roles) {
    const first = role.split(" ")[0].toLowerCase();
    const noun = namedAfterNouns.find((n) => first.length > n.length + 3 && first.startsWith(n));
    if (!noun) continue;
    const ofNoun = named.filter((n) => n.noun === noun);
    if (new Set(ofNoun.map((n) => n.name)).size !== 1) continue;
    const near = ofNoun.find((n) => n.sure && (n.sentence === sentence || n.sentence === sentence - 1));
    if (near) return {affiliation: near.name, cue: role, words: near.words};
  }
  return null;
}
