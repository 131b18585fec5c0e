/**
 * Quotations relayed by a second source: a medium or a document cites a
 * person ("Der Tagesspiegel zitiert eine Anwohnerin mit den Worten:
 * „…“", "X wird in einer Presseerklärung mit den Worten zitiert: „…“", "X
 * kommentierte laut „tagesschau.de“: „…“"). Both are sources of the words, as
 * the Wikinews corpus annotates them (one quotation per source, the same span):
 * the quotation gets a second row whose speaker is the source the direct rule
 * did not take.
 */
import {attributionByWord} from "../../../quotes/attribute.js";
import type {Attribution} from "../../../quotes/context.js";
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {PairContext, RelayRule} from "../../../quotes/rule.js";
import {perTokens, TokensCache, type Token} from "../../../quotes/tokens.js";
import {attributionPrepositions, citeLemmas} from "../speechVerbs.js";
import {cueForms} from "../../../quotes/lexicon.js";
import {passiveAuxiliaries} from "../speakerRules/words.js";
import {lowerBound} from "../../../text/lower-bound.js";

const ACCORDING_TO = new Set(attributionPrepositions);
const CITE = new Set(citeLemmas);
const PASSIVE_AUXILIARY = new Set(passiveAuxiliaries);
/** Words between "zitiert" and its object ("zitiert dazu Néstor Kirchner", "zitiert auch einen Sprecher"). */
const SKIP_AFTER_VERB = new Set(["dazu", "auch", "außerdem", "zudem", "ebenfalls", "hierzu", "darin", "nun", "erneut", "wiederum", "am", "heute", "gestern"]);
const CLAUSE_BREAK = /^[,;–—-]$/;

/** The tokens that introduce the quotation: the sentence before its colon, else the sentence outside quotations. */
function introTokens(pc: PairContext): Token[] {
  return pc.colon ? pc.colon.tokens : pc.sentence.tokens;
}

/** Character span of a token range, as an attribution with the given cue token. */
function asAttribution(tokens: Token[], cue: number, phrase: TokenRange): Omit<Attribution, "sentence"> | null {
  return phrase ? attributionByWord(tokens, cue, phrase) : null;
}

/** A short quotation at token i ("laut „tagesschau.de“"): the name of a medium, marks included. */
function quotedName(tokens: Token[], i: number): TokenRange {
  if (!/^[„“"»«]$/.test(tokens[i]?.text ?? "")) return null;
  for (let k = i + 2; k < tokens.length && k < i + 8; k++) if (/^[“”"«»]$/.test(tokens[k].text)) return [i, k];
  return null;
}

/** Whether the phrase overlaps the speaker span the direct rule found. */
function overlapsFirst(tokens: Token[], phrase: TokenRange, first: Omit<Attribution, "sentence">): boolean {
  if (!phrase || first.speakerStart === null || first.speakerEnd === null) return false;
  return tokens[phrase[0]].start < first.speakerEnd && tokens[phrase[1]].end > first.speakerStart;
}

/** Index of the token starting at `start`, or -1 (a binary search: tokens come in text order). */
function tokenAt(tokens: Token[], start: number | null): number {
  if (start === null) return -1;
  const k = lowerBound(tokens.length, (m) => tokens[m].start < start);
  return k < tokens.length && tokens[k].start === start ? k : -1;
}

/**
 * Per token array, made once (the relay rules are asked once per quotation): for each token, the index of
 * the last passive auxiliary at or before it in its clause (no clause break between), or -1.
 */
const auxiliaries = new TokensCache<Token[], Int32Array>();

function lastAuxiliary(tokens: Token[], j: number): number {
  const last = perTokens(auxiliaries, tokens, () => {
    const table = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      table[i] = CLAUSE_BREAK.test(tokens[i].text) ? -1 : PASSIVE_AUXILIARY.has(tokens[i].lower) ? i : i > 0 ? table[i - 1] : -1;
    }
    return table;
  });
  return j >= 0 ? last[j] : -1;
}

/** Whether the cue of the first attribution is a form of "zitieren". */
function citeCue(tokens: Token[], first: Omit<Attribution, "sentence">): number {
  const k = tokenAt(tokens, first.cueStart);
  if (k < 0 || tokens[k].quote >= 0) return -1;
  return cueForms.get(tokens[k].lower)?.some((f) => CITE.has(f.lemma)) ? k : -1;
}

/** Whether a passive auxiliary stands in the clause before token k ("wird … zitiert"). */
function passiveBefore(tokens: Token[], k: number): boolean {
  return lastAuxiliary(tokens, k - 1) >= 0;
}

/**
 * "Der Tagesspiegel zitiert eine Anwohnerin mit den Worten: „…“":
 * the medium is the subject of "zitieren", the person cited its object.
 */
export const citedObject: RelayRule = {
  id: "de.quote.relayed.cited-object",
  attribute(pc, first) {
    const tokens = introTokens(pc);
    const k = citeCue(tokens, first);
    if (k < 0 || passiveBefore(tokens, k)) return null;
    let j = k + 1;
    while (j < tokens.length && SKIP_AFTER_VERB.has(tokens[j].lower) && j < k + 3) j++;
    let object = phraseAt(tokens, j);
    // "zitiert die Tageszeitung Ida Berg": the subject comes first, the object after it
    if (object && overlapsFirst(tokens, object, first)) object = phraseAt(tokens, object[1] + 1);
    if (!object || tokens[object[0]].quote >= 0 || overlapsFirst(tokens, object, first)) return null;
    return asAttribution(tokens, k, object);
  }
};

/**
 * "Die Vorsitzende Jana Roth wird in einer Mitteilung des
 * Verbands mit den Worten zitiert: „…“": in the passive of "zitieren", the
 * document ("in …") or medium ("von …") that cites is the second source.
 */
export const citedIn: RelayRule = {
  id: "de.quote.relayed.cited-in",
  attribute(pc, first) {
    const tokens = introTokens(pc);
    const k = citeCue(tokens, first);
    if (k < 0 || !passiveBefore(tokens, k)) return null;
    // the auxiliary nearest before the cue in its clause (not the sentence's first token)
    const j = lastAuxiliary(tokens, k - 1);
    if (j <= 0) return null;
    // far from the cue, only the prepositions with a phrase after them (jumped to; a far auxiliary is not re-read per cue)
    const near = Math.max(j + 1, k - PHRASE_REACH);
    for (let p = nextSource(tokens, j + 1); p < near; p = nextSource(tokens, p + 1)) {
      const source = phraseAt(tokens, p + 1, k);
      if (source && !overlapsFirst(tokens, source, first)) return asAttribution(tokens, k, source);
    }
    for (let p = near; p < k; p++) {
      if (!SOURCE_PREPOSITION.test(tokens[p].lower)) continue;
      const source = phraseAt(tokens, p + 1, k);
      if (source && !overlapsFirst(tokens, source, first)) return asAttribution(tokens, k, source);
    }
    return null;
  }
};

const SOURCE_PREPOSITION = /^(?:in|im|von|vom)$/;
/**
 * Tokens `phraseAt(tokens, i, limit)` reads at most past i when no comma stands in between (its own
 * look-ahead stops 42 tokens on): with a limit at least this far, the limit does not change the phrase.
 */
const PHRASE_REACH = 64;
const sources = new TokensCache<Token[], Int32Array>();

/**
 * The first token at or after i that is "in", "im", "von" or "vom" with a phrase after it within
 * PHRASE_REACH tokens (tokens.length when none), from a table made once per token array. For a
 * preposition p at least PHRASE_REACH tokens before the cue, in a clause without commas, that phrase
 * is the one `phraseAt(tokens, p + 1, cue)` finds.
 */
function nextSource(tokens: Token[], i: number): number {
  const next = perTokens(sources, tokens, () => {
    const table = new Int32Array(tokens.length + 1);
    table[tokens.length] = tokens.length;
    for (let p = tokens.length - 1; p >= 0; p--) {
      const source = SOURCE_PREPOSITION.test(tokens[p].lower) && phraseAt(tokens, p + 1, Math.min(tokens.length, p + 1 + PHRASE_REACH));
      table[p] = source ? p : table[p + 1];
    }
    return table;
  });
  return i < tokens.length ? next[i] : tokens.length;
}

/**
 * "Olaf Brandt kommentierte den Beschluss laut „tagesschau.de“ mit
 * folgenden Worten: „…“": a "laut" phrase in the clause of the speech verb that
 * introduces the quotation names the medium that relays it.
 */
export const accordingToSource: RelayRule = {
  id: "de.quote.relayed.according-to",
  attribute(pc, first) {
    const tokens = introTokens(pc);
    const cue = tokenAt(tokens, first.cueStart);
    if (cue < 0 || ACCORDING_TO.has(tokens[cue].lower) || !cueForms.has(tokens[cue].lower)) return null;
    // the clause of the cue: no comma, semicolon or dash between it and the "laut" phrase
    for (const step of [1, -1]) {
      for (let j = cue + step; j >= 0 && j < tokens.length && tokens[j].quote < 0 && !CLAUSE_BREAK.test(tokens[j].text) && tokens[j].text !== ":"; j += step) {
        if (!ACCORDING_TO.has(tokens[j].lower)) continue;
        const source = quotedName(tokens, j + 1) ?? phraseAt(tokens, j + 1);
        if (!source || overlapsFirst(tokens, source, first)) return null;
        return asAttribution(tokens, j, source);
      }
    }
    return null;
  }
};
