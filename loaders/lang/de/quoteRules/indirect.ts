/**
 * Rules for indirect speech (dass-clauses, Konjunktiv I, "laut X", "X
 * zufolge", "so X") and reported speech acts without a content clause.
 * Each finds at most one quote in a sentence.
 */
import {attributionByWord, attributionFor} from "../../../quotes/attribute.js";
import {clauseEnd, type Cue, type SentenceContext} from "../../../quotes/context.js";
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import type {Token} from "../../../quotes/tokens.js";
import {attributionPostpositions, attributionPrepositions, sourceNouns} from "../speechVerbs.js";

const CONTENT_OPENERS = new Set(["dass", "daß", "ob"]);
const PREPOSITIONS = new Set(attributionPrepositions);
const POSTPOSITIONS = new Set(attributionPostpositions);
const SOURCE_NOUNS = new Set(sourceNouns);

/** Span of tokens [from, to) without trailing punctuation (keeps closing quotation marks). */
function span(tokens: Token[], from: number, to: number, keepFinal = false) {
  let last = to - 1;
  if (!keepFinal) while (last > from && /^[.,;:!?–—-]$/.test(tokens[last].text)) last--;
  while (last > from && /^[,;:–—-]$/.test(tokens[last].text)) last--;
  return {start: tokens[from].start, end: tokens[last].end};
}

function unusedCues(s: SentenceContext, kind?: "say" | "act"): Cue[] {
  return s.cues.filter((c) => !s.used.has(c.index) && (!kind || c.form.kind === kind));
}

function hasKonjunktiv(s: SentenceContext, from: number, to: number): boolean {
  return s.konjunktiv.some((k) => k >= from && k < to);
}

/** Trump sagte, dass … / Peskow sagte, bei dem Gespräch sei es … gegangen. / Er sagte: Das sei … */
export const cueThenClause: ClauseRule = {
  id: "de.quote.indirect.cue-clause",
  apply(s) {
    const {tokens} = s;
    for (const cue of unusedCues(s, "say")) {
      let i = Math.max(cue.index, cue.particle) + 1;
      const end = clauseEnd(tokens, i - 1);
      if (CONTENT_OPENERS.has(tokens[i]?.lower)) i = i; // "sagte dass" without comma
      else if (end < tokens.length && /^[,:]$/.test(tokens[end].text)) i = end + 1;
      else continue;
      if (i >= tokens.length || tokens[i].quote >= 0) continue;
      if (!CONTENT_OPENERS.has(tokens[i].lower) && !hasKonjunktiv(s, i, tokens.length)) continue;
      if (tokens.length - i < 3) continue;
      s.used.add(cue.index);
      return {...span(tokens, i, tokens.length), type: "indirect", ...attributionFor(tokens, cue)};
    }
    return null;
  }
};

/** Das Treffen werde bald stattfinden, sagte Trump. / …, so der Sprecher. / …, wie er mitteilte. */
export const clauseThenCue: ClauseRule = {
  id: "de.quote.indirect.clause-cue",
  apply(s) {
    const {tokens} = s;
    for (const cue of unusedCues(s)) {
      const k = cue.index;
      if (k < 4 || tokens[k - 1].text !== "," || tokens[k - 2].quote >= 0) continue;
      if (/^[“”"»«]$/.test(tokens[k - 2].text)) continue;
      s.used.add(k);
      return {...span(tokens, 0, k - 1), type: "indirect", ...attributionFor(tokens, cue)};
    }
    // ", so der Sprecher." at the end of the sentence
    for (let k = 4; k < tokens.length - 1; k++) {
      if (tokens[k].lower !== "so" || tokens[k - 1].text !== ",") continue;
      const speaker = phraseAt(tokens, k + 1);
      if (!speaker || speaker[1] + 2 < tokens.length) continue;
      return {...span(tokens, 0, k - 1), type: "indirect", ...attributionByWord(tokens, k, speaker)};
    }
    // "…, wie X sagte, …": the rest of the sentence is the quote
    for (const cue of unusedCues(s)) {
      const from = clauseStartAt(tokens, cue.index);
      if (from < 1 || tokens[from].lower !== "wie") continue;
      const speaker = phraseAt(tokens, from + 1, cue.index);
      const before = from - 1;
      const after = clauseEnd(tokens, cue.index);
      s.used.add(cue.index);
      const attribution = attributionFor(tokens, cue, speaker);
      if (before >= tokens.length - after) return {...span(tokens, 0, before), type: "indirect", ...attribution};
      if (after + 1 < tokens.length) return {...span(tokens, after + 1, tokens.length), type: "indirect", ...attribution};
    }
    return null;
  }
};

function clauseStartAt(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && tokens[j - 1].text !== ",") j--;
  return j;
}

/** Laut Trump … / Nach Angaben der Polizei … / Dem Bericht zufolge … — the sentence is attributed to the source. */
export const accordingTo: ClauseRule = {
  id: "de.quote.indirect.according-to",
  apply(s) {
    const {tokens} = s;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.quote >= 0) continue;
      let speaker: TokenRange = null;
      let phraseStart = i;
      let phraseEnd = i;
      if (PREPOSITIONS.has(t.lower)) {
        speaker = phraseAt(tokens, i + 1);
        if (speaker) phraseEnd = speaker[1];
      } else if ((t.lower === "nach" || t.lower === "aus") && SOURCE_NOUNS.has(tokens[i + 1]?.lower ?? "")) {
        let j = i + 2;
        if (tokens[j]?.lower === "von" || tokens[j]?.lower === "aus") j++;
        // the speaker is the source phrase: "Angaben von n24", "Aussage des Angestellten"
        const source = phraseAt(tokens, j);
        speaker = [i + 1, source ? source[1] : i + 1];
        phraseEnd = speaker[1];
      } else if (POSTPOSITIONS.has(t.lower) && i > 0) {
        for (let j = Math.max(0, i - 10); j < i; j++) {
          const p = phraseAt(tokens, j, i);
          if (p && p[1] === i - 1) {
            speaker = p;
            phraseStart = j;
            break;
          }
        }
        phraseEnd = i;
      }
      if (!speaker) continue;
      const restStart = phraseEnd + 1 < tokens.length && tokens[phraseEnd + 1].text === "," ? phraseEnd + 2 : phraseEnd + 1;
      const useRest = tokens.length - restStart >= phraseStart;
      const from = useRest ? restStart : 0;
      const to = useRest ? tokens.length : phraseStart;
      if (to - from < 3) continue;
      return {...span(tokens, from, to), type: "indirect", ...attributionByWord(tokens, i, speaker)};
    }
    return null;
  }
};

/** A Konjunktiv I sentence after an attributed report continues it: the speaker is carried over. */
export const konjunktivContinuation: ClauseRule = {
  id: "de.quote.indirect.konjunktiv-continuation",
  apply(s) {
    if (!s.last || !s.konjunktiv.length || unusedCues(s).length) return null;
    const {tokens} = s;
    return {...span(tokens, 0, tokens.length, true), type: "indirect", ...s.last};
  }
};

/** Trump betonte die Bedeutung … / Hegseth äußerte sich skeptisch zu … — a speech act without content clause. */
export const speechAct: ClauseRule = {
  id: "de.quote.reported.speech-act",
  apply(s) {
    const cue = unusedCues(s)[0];
    if (!cue) return null;
    s.used.add(cue.index);
    return {...span(s.tokens, 0, s.tokens.length, true), type: "reported", ...attributionFor(s.tokens, cue)};
  }
};
