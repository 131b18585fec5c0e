/**
 * The quick test that decides which sentences the quote rules look at closely
 * (the others, holding no quotation and continuing no attribution, are not
 * tokenised at all).
 */
import {contentAdjectives, contentNounHeads, contentNouns} from "../lang/de/contentNouns.js";
import {konjunktivI} from "../lang/de/konjunktiv.js";
import {attributionAdverbs, attributionPostpositions, attributionPrepositions, sourceNounHeads, sourceNouns} from "../lang/de/speechVerbs.js";
import {cuePrefilter} from "./lexicon.js";

/** Sentences worth a close look: a speech verb, an attribution word ("laut", "zufolge", "nach", "so", "demnach"), a noun that takes a content clause ("die Ansicht, dass") or a Konjunktiv I form ("sei"). */
const PREFILTER = cuePrefilter([...attributionPrepositions, ...attributionPostpositions, ...attributionAdverbs, ...sourceNouns, ...contentNouns, ...contentAdjectives, ...konjunktivI]);
/** ", so der Sprecher": the attribution word "so" counts only after a comma. */
const SO_AFTER_COMMA = /, so /;
/** "nach Unternehmensangaben": a compound source noun (not matched by the word-bounded prefilter): a head after a letter. */
const SOURCE_COMPOUND_HEAD = new RegExp(`(?:${[...sourceNounHeads, ...contentNounHeads].join("|")})(?!\\p{L})`, "giu");
const LETTER = /^\p{L}$/u;

/**
 * Whether a compound source noun stands in the text (`\p{L}(?:heads)(?!\p{L})`): the heads are
 * searched first and only there is the letter before them checked, which is faster than trying
 * the letter at every position.
 */
function hasSourceCompound(text: string): boolean {
  const re = SOURCE_COMPOUND_HEAD;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    if (i > 0) {
      // the code point before the head (a surrogate pair counts as one)
      const pair = i >= 2 && isTrail(text.charCodeAt(i - 1)) && isLead(text.charCodeAt(i - 2));
      if (LETTER.test(String.fromCodePoint(text.codePointAt(pair ? i - 2 : i - 1)!))) return true;
    }
    re.lastIndex = i + 1;
  }
  return false;
}
const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether a sentence may hold a report: a speech-verb form, an attribution word, ", so ", a content noun or a compound source noun. */
export function worthALook(sentence: string): boolean {
  return PREFILTER.test(sentence) || SO_AFTER_COMMA.test(sentence) || hasSourceCompound(sentence);
}
