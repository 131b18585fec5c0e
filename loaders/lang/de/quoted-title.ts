/**
 * Person veto quoted-title: a name inside a short quotation that is no sentence is part of a work's or exhibition's title
 * („Tarvins Garten“, "Hubertz – Radierungen"), not a mention of the person. Order: `personVetoes` in ./index.ts.
 */
import type {MentionVeto} from "../../people/mention-vetoes.js";
import type {Token} from "../../people/tokens.js";
import {finiteVerbAt} from "../../people/verbs.js";
import {perTokens, TokensCache} from "../../quotes/tokens.js";
import {quoteMarkPairs} from "./quoteMarks.js";
import {isDictionaryPluralVerb} from "./finite-verb-dict.js";

/** The most tokens between a title's opening mark and the mention, and between the mention and the closing mark. */
const REACH = 5;
/** Double opening marks (single marks open nested quotes, apostrophes among them). */
const OPENERS = new Set(["„", "»", "«", "“", "\""]);

/**
 * quoted-title: an opening mark at most {@link REACH} tokens before the mention and its closing mark at most as many after it, with
 * another word inside besides the mention, a capital at its start, no finite verb, and no comma or sentence punctuation (a quoted sentence or list: „Hubertz
 * muss gehen“ keeps its name). A nickname alone in marks („Lotti“) is no title.
 */
export const quotedTitle: MentionVeto = {
  id: "quoted-title",
  test: ({tokens, first, last}) => {
    const open = markBefore(tokens, first);
    if (open < 0) return false;
    const closers = quoteMarkPairs[tokens[open].text];
    let close = last + 1;
    while (close <= last + REACH && tokens[close] && !closers.includes(tokens[close].text)) close++;
    if (!tokens[close] || !closers.includes(tokens[close].text) || close - open - 1 === last - first + 1) return false;
    // a title opens on a capital ("„Tarvins Garten“"); a quoted phrase in lower case is a turn of phrase ("die „stille Art von Hubertz“")
    if (!tokens[open + 1].cap) return false;
    for (let k = open + 1; k < close; k++) {
      if (k >= first && k <= last) continue;
      if (/^[,;!?]$/u.test(tokens[k].text) || finiteVerbAt(tokens, k)) return false;
      // a quoted sentence may open on its verb ("„Suchen einen neuen Hubertz“")
      if (k === open + 1 && tokens[k].cap && (finiteVerbAt([{...tokens[k], cap: false}], 0) || isDictionaryPluralVerb(tokens[k].lower))) return false;
    }
    return true;
  }
};

/** Index of the opening double mark at most {@link REACH} tokens before tokens[first], with no other mark between; -1 when there is none. A straight mark opens only after an even number of straight marks. */
function markBefore(tokens: Token[], first: number): number {
  for (let k = first - 1; k >= 0 && k >= first - REACH - 1; k--) {
    const t = tokens[k].text;
    if (OPENERS.has(t)) return t !== "\"" || straightBefore(tokens)[k] % 2 === 0 ? k : -1;
    if (/^[“”«»"‹›]$/u.test(t)) return -1;
  }
  return -1;
}

const straightCounts = new TokensCache<Token[], Uint32Array>();

/** Per token index, how many straight marks (") come before it in the sentence: made once per sentence, so the veto stays linear in its length. */
function straightBefore(tokens: Token[]): Uint32Array {
  return perTokens(straightCounts, tokens, (all) => {
    const counts = new Uint32Array(all.length);
    for (let j = 1; j < all.length; j++) counts[j] = counts[j - 1] + (all[j - 1].text === "\"" ? 1 : 0);
    return counts;
  });
}
