import type {FoundMention} from "./mentions.js";
import type {Token} from "./tokens.js";

/** Words that make a sentence about negotiating or a delegation (lower-case stems, matched as prefixes or compound parts). */
const NEGOTIATION_STEMS = ["verhandl", "delegation", "unterhändler", "gesprächsführ", "friedensgespräch", "vermittl", "vermittel", "sondierung"];
/** Finite verbs that make their subject a negotiator ("Witkoff verhandelte mit …"). */
const NEGOTIATING_VERBS = new Set(["verhandelt", "verhandelte", "verhandelten", "vermittelt", "vermittelte"]);
/** Words allowed between two mentions of a coordinated list: conjunctions, articles, prepositions of a role. */
const LIST_WORDS = new Set(["und", "sowie", "den", "dem", "der", "des", "die", "das", "für", "von"]);
const LIST_JOINERS = new Set([",", ";", "und", "sowie"]);

function isCue(t: Token): boolean {
  return t.word && NEGOTIATION_STEMS.some((s) => t.lower.includes(s));
}

/**
 * Marks negotiators among the mentions of one sentence, returning the rule that fired per mention.
 * - "negotiator:list": a negotiation or delegation cue in the sentence and the mention is part
 *   of a coordinated list of two or more mentions ("ernannte A; B; C sowie D, um die Verhandlungen …",
 *   "A und B werden die US-Delegation anführen");
 * - "negotiator:subject": the mention is directly followed by a finite verb of negotiating.
 */
export function negotiatorRules(tokens: Token[], mentions: readonly FoundMention[]): Map<FoundMention, string> {
  const out = new Map<FoundMention, string>();
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  for (const m of sorted) {
    const next = tokens[m.last + 1];
    if (next && NEGOTIATING_VERBS.has(next.lower)) out.set(m, "negotiator:subject");
  }
  if (sorted.length < 2 || !tokens.some(isCue)) return out;
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k];
    const b = sorted[k + 1];
    if (coordinated(tokens, a.last + 1, b.first)) {
      out.set(a, "negotiator:list");
      out.set(b, "negotiator:list");
    }
  }
  return out;
}

/** True when tokens[from, to) join two list items: a joiner, and only role words, articles, adjectives, names in between. */
function coordinated(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 10) return false;
  let joined = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (LIST_JOINERS.has(t.lower)) {
      joined = true;
      continue;
    }
    if (!t.word) return false;
    if (t.cap || LIST_WORDS.has(t.lower)) continue;
    // an attributive adjective before a noun ("für nationale Sicherheit"), not a verb ("sagte,")
    if (/(?:e|en|er|es)$/u.test(t.lower) && tokens[i + 1]?.cap) continue;
    return false;
  }
  return joined;
}
