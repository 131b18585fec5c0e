/**
 * Rules that attribute a quotation in quotation marks to a speaker (type
 * direct). A quotation that no rule attributes is not speech: scare quotes,
 * names and titles (»CNN«, „Truth Social“, a slogan) are dropped.
 */
import {attributionByWord, attributionFor} from "../../../quotes/attribute.js";
import {phraseAt} from "../../../quotes/phrase.js";
import type {DirectRule} from "../../../quotes/rule.js";
import type {Cue} from "../../../quotes/context.js";
import {isCapitalised, isWord, perTokens, TokensCache, type Token} from "../../../quotes/tokens.js";
import {firstPersonWords} from "../konjunktiv.js";
import {quotingNouns} from "../speechVerbs.js";
import {lowerBound} from "../../../text/lower-bound.js";
import {notSpeechUse} from "./clauses.js";

/** „…“, sagte Trump. / „…“, heißt es in der Erklärung. / „…“, so der Sprecher. — cue right after the quotation. */
export const cueAfter: DirectRule = {
  id: "de.quote.direct.cue-after",
  attribute({after, afterCues, sentence}) {
    let i = 0;
    while (i < after.length && /^[,.;–—-]$/.test(after[i].text) && i < 2) i++;
    if (i >= after.length) return null;
    const cue = afterCues.find((c) => c.index === i);
    if (cue) {
      const a = attributionFor(after, cue);
      if (a.speakerStart !== null || i > 0) return a;
      // verb-final clause around the quotation ("was er als „…“ bezeichnete"): the speaker stands before it
      const {cues, tokens} = sentence; // in token order: binary search, not a scan per quotation
      const k = lowerBound(cues.length, (j) => tokens[cues[j].index].start < after[i].start);
      const own = k < cues.length && tokens[cues[k].index].start === after[i].start ? cues[k] : undefined;
      return own ? attributionFor(sentence.tokens, own) : a;
    }
    if (after[i].lower === "so" && i > 0) {
      // „…“, so der Sprecher. / „…“, so charakterisierte ihn der Funktionär …
      const verb = afterCues.find((c) => c.index === i + 1);
      if (verb) return attributionFor(after, verb);
      const speaker = phraseAt(after, i + 1);
      if (speaker) return attributionByWord(after, i, speaker);
    }
    return null;
  }
};

/**
 * Trump sagte: „…“ / Trump sagte, „…“ — a cue earlier in the sentence, outside
 * quotations; for a quotation inside the sentence ("Trump nannte das Gespräch
 * „sehr produktiv“", "Das werde in „naher Zukunft“ geschehen, sagte er") also a cue after it.
 */
/** A sentence's cues used as speech verbs, made once per cue list (not again for every quotation of the sentence). */
const speechCueLists = new TokensCache<readonly Cue[], Cue[]>();
const speechCues = (all: readonly Cue[], tokens: Token[]) => perTokens(speechCueLists, all, () => all.filter((c) => !notSpeechUse(tokens, c)));

export const cueInSentence: DirectRule = {
  id: "de.quote.direct.cue-in-sentence",
  attribute({pair, sentence}) {
    const {tokens} = sentence;
    // "hält am Plan von „…“ fest", "erklärte den „Deal“ für nichtig": a speech verb in another sense names no speaker
    const cues = speechCues(sentence.cues, tokens);
    // binary search: the last cue before the quotation, else the first after it
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[cues[mid].index].start < pair.open) lo = mid + 1;
      else hi = mid;
    }
    const best = lo > 0 ? cues[lo - 1] : null;
    let firstAfter = null;
    for (let k = lo; k < cues.length && k < lo + 50; k++) {
      if (tokens[cues[k].index].start > pair.close) {
        firstAfter = cues[k];
        break;
      }
    }
    const cue = best ?? firstAfter;
    return cue ? attributionFor(sentence.tokens, cue) : null;
  }
};

/** „…“, sagte er, „…“ — the quotation resumed after the interruption keeps its speaker. */
export const resumed: DirectRule = {
  id: "de.quote.direct.resumed",
  attribute({previous}) {
    return previous ? {...previous} : null;
  }
};

/** Trump beschrieb das Gespräch so: / »…« — a sentence ending with a colon introduces the quotation. */
export const colon: DirectRule = {
  id: "de.quote.direct.colon",
  attribute({colon}) {
    if (!colon) return null;
    const cue = colon.cues[colon.cues.length - 1];
    if (cue) return attributionFor(colon.tokens, cue);
    // no speech verb: the subject at the start of the sentence and its verb
    const speaker = phraseAt(colon.tokens, 0);
    if (!speaker || speaker[1] + 1 >= colon.tokens.length) return null;
    return attributionByWord(colon.tokens, speaker[1] + 1, speaker);
  }
};

const QUOTING_NOUNS = new Set(quotingNouns);
const isVerbLike = (t: Token | undefined) => !!t && t.quote < 0 && isWord(t) && !isCapitalised(t);

/**
 * "Mit den Worten „…“ beendete der Chef seine Rede." / "Der Chef beendete seine Rede mit den
 * Worten „…“.": a quotation after "mit" and a noun of saying belongs to the subject of the clause,
 * after the verb that follows the quotation, or opening the sentence before its verb.
 */
export const withWords: DirectRule = {
  id: "de.quote.direct.with-words",
  attribute({pair, sentence}) {
    const {tokens} = sentence;
    const at = lowerBound(tokens.length, (k) => tokens[k].start < pair.open);
    const open = at < tokens.length ? at : -1;
    const mit = open - 3;
    if (mit < 0 || tokens[mit].lower !== "mit" || !QUOTING_NOUNS.has(tokens[open - 1].lower)) return null;
    // "Mit den Worten „…“ eröffnete sie …", also as a clause of its own after a colon ("blieb ruhig: Mit den Worten „…“ beendete sie …")
    if (mit === 0 || /^[:;]$/.test(tokens[mit - 1].text)) {
      let verb = open;
      while (verb < tokens.length && tokens[verb].quote === tokens[open].quote) verb++;
      if (tokens[verb]?.text === ",") verb++;
      const speaker = isVerbLike(tokens[verb]) ? phraseAt(tokens, verb + 1) : null;
      return speaker ? attributionByWord(tokens, verb, speaker) : null;
    }
    const speaker = phraseAt(tokens, 0, mit, false);
    return speaker && isVerbLike(tokens[speaker[1] + 1]) ? attributionByWord(tokens, speaker[1] + 1, speaker) : null;
  }
};

/** A quotation that reads as a sentence, with no cue of its own, continues the speaker of the sentences before. */
export const carried: DirectRule = {
  id: "de.quote.direct.carried",
  attribute({sentence, sentenceLike}) {
    if (!sentenceLike || !sentence.last) return null;
    return {...sentence.last};
  }
};

const FIRST_PERSON = new Set(firstPersonWords);
const CONTENT_CLAUSE = new Set(["dass", "daß", "ob"]);

/** Per token array: the first "dass" or "ob" outside quotations, found once (the rule is asked once per quotation). */
const firstContentWord = new TokensCache<Token[], Token | null>();

/** Whether "dass" or "ob" stands before `open` in the sentence, outside quotations: the quotation lies in a content clause. */
function inContentClause(tokens: Token[], open: number): boolean {
  const first = perTokens(firstContentWord, tokens, () => tokens.find((t) => t.quote < 0 && CONTENT_CLAUSE.has(t.lower)) ?? null);
  return first !== null && first.start < open;
}

/**
 * Any other quotation that is not a name or title: a sentence quoted with no
 * attribution in reach, or a partial quote in reported speech ("Die Zukunft
 * der Werft stehe „auf der Kippe“", "wies die Vorwürfe als „haltlos“
 * zurück", "die „Invasion unseres Landes“", "ist zuversichtlich, dass dieses
 * Team „ein erfolgreiches Ergebnis“ erzielen wird"). Kept as direct speech with the
 * attribution carried from before, if any. A few words in quotation marks in a
 * sentence with no speech verb, no Konjunktiv, no "dass"/"ob" clause around
 * them, no "als" before them and no first person inside ("1.200 illegale Giftmüllkippen „schmiegen“ sich …",
 * "um ihre „finanzielle Lage“ zu besprechen") are the writer's scare
 * quotes, not speech: passed, so the quotation gets no row.
 */
export const partial: DirectRule = {
  id: "de.quote.direct.partial",
  attribute({pair, sentence, sentenceLike, lead, inner}) {
    const reported = sentenceLike || sentence.konjunktiv.length > 0 || lead.includes("als") || inner.some((t) => FIRST_PERSON.has(t.lower)) || inContentClause(sentence.tokens, pair.open);
    if (!reported) return null;
    return sentence.last ? {...sentence.last} : {speakerStart: null, speakerEnd: null, cue: "", cueStart: null, cueEnd: null};
  }
};
