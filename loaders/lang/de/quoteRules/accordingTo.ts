/**
 * "Laut X", "X zufolge", "nach Angaben X", "seiner Meinung nach", "demnach": a clause attributed to a
 * source by an attribution word.
 */
import {attributionByWord, refined} from "../../../quotes/attribute.js";
import {isAdjective, phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {ClauseRule} from "../../../quotes/rule.js";
import {type Token, UPPER_START} from "../../../quotes/tokens.js";
import {attributionAdverbs, attributionPostpositions, attributionPrepositions, nachComplementNouns, sourceNounCompound, sourceNouns} from "../speechVerbs.js";
import {clauseEnd, type SentenceContext} from "../../../quotes/context.js";
import {sourceClause} from "../speakerRules/sourceClause.js";
import {complementEnd} from "../speakerRules/conjuncts.js";
import {determiners} from "../speakerWords.js";
import {span} from "./clauses.js";

/** A word that starts with an upper-case letter (a module constant: under tsx, esbuild turns a `\p{…}` literal into `new RegExp` at each use). */

const PREPOSITIONS = new Set(attributionPrepositions);
const POSTPOSITIONS = new Set(attributionPostpositions);
const SOURCE_NOUNS = new Set(sourceNouns);
const ADVERBS = new Set(attributionAdverbs);
const NACH_COMPLEMENT = new Set(nachComplementNouns);
const SOURCE_COMPOUND = sourceNounCompound;

const isSourceNoun = (t: Token) => SOURCE_NOUNS.has(t.lower) || SOURCE_NOUNS.has(t.lower.replace(/^.*-/, "")) || SOURCE_COMPOUND.test(t.lower);
const DETERMINERS = new Set(determiners);
/**
 * Articles that open no genitive: after a source noun they open the clause's object or subject ("nach offizieller
 * Darstellung einen neuen Vorschlag vorgelegt"), not the source's author ("nach Angaben der Polizei").
 */
const NON_GENITIVE_ARTICLES = new Set(["den", "dem", "die", "das", "ein", "eine", "einen", "einem"]);
/** Every word that can open an attribution phrase here: one lookup passes over the others. */
const TRIGGERS = new Set([...PREPOSITIONS, ...ADVERBS, ...POSTPOSITIONS, "nach", "aus"]);

/**
 * "ihrer Meinung nach", "eigenen Angaben nach": "nach" after a capitalised source noun, used as a
 * postposition; not the preposition of a phrase after it ("die Ermittlungen nach dem Unfall").
 */
function postpositionNach(tokens: Token[], i: number): boolean {
  if (tokens[i].lower !== "nach" || i === 0 || !UPPER_START.test(tokens[i - 1].text) || !isSourceNoun(tokens[i - 1])) return false;
  const next = tokens[i + 1];
  if (!next) return true;
  if (next.quote >= 0 || /^[\p{Lu}\p{N}]/u.test(next.text) || DETERMINERS.has(next.lower)) return false;
  // "die ihrer Ansicht nach steigenden Kosten": inside a noun phrase's attribute, not over a clause
  return !(isAdjective(next) && UPPER_START.test(tokens[i + 2]?.text ?? ""));
}

const POSSESSIVE = /^(?:mein|dein|sein|ihr|unser|euer)(?:e|er|em|en|es)?$/;

/** The source phrase before a postposition "nach": its noun with a possessive, adjectives and an article right before them ("ihrer Meinung", "den ersten Angaben"), never a relative pronoun before a possessive ("das seiner Meinung nach"). */
function phraseBeforeNach(tokens: Token[], i: number): [number, number] {
  let start = i - 1;
  while (start > 0 && start > i - 4 && (POSSESSIVE.test(tokens[start - 1].lower) || isAdjective(tokens[start - 1]))) start--;
  if (start > 0 && !POSSESSIVE.test(tokens[start].lower) && ARTICLES.has(tokens[start - 1].lower)) start--;
  return [start, i - 1];
}

const ARTICLES = new Set(["der", "die", "das", "den", "dem", "des", "einer", "einem", "einen", "eines"]);

/** "nach [einem achtseitigen] Bericht …": index of the source noun within three words after "nach", or -1. */
function sourceNounAfter(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    if (isSourceNoun(tokens[j])) return j;
    if (UPPER_START.test(tokens[j].text) && !/s$/.test(tokens[j].text)) return -1;
    if (!/^[\p{L}\p{N}]/u.test(tokens[j].text)) return -1;
  }
  return -1;
}

type Found = ReturnType<ClauseRule["apply"]>;

/**
 * Each sentence's answer, kept: the rule is also asked once per quotation of its sentence (the direct rule
 * de.quote.direct.source-in-sentence), which would read the sentence again each time. The answer depends on
 * the sentence's used cues only through `wieFrameEnd` (a sentence opening with "wie"), so that bit is its key.
 */
const answers = new WeakMap<SentenceContext, Map<boolean | undefined, Found>>();

/** Laut Trump … / Nach Angaben der Polizei … / Dem Bericht zufolge … — the sentence is attributed to the source. */
export const accordingTo: ClauseRule = {
  id: "de.quote.indirect.according-to",
  apply(s) {
    const key = s.tokens[0]?.lower === "wie" ? wieFrameOpen(s) : undefined;
    let known = answers.get(s);
    if (!known) answers.set(s, (known = new Map()));
    if (!known.has(key)) known.set(key, findAccordingTo(s));
    const found = known.get(key)!;
    return found && {...found};
  }
};

function findAccordingTo(s: SentenceContext): Found {
  const {tokens} = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.quote >= 0 || !TRIGGERS.has(t.lower)) continue;
    let speaker: TokenRange = null;
    let phraseStart = i;
    let phraseEnd = i;
    if (PREPOSITIONS.has(t.lower)) {
      speaker = phraseAt(tokens, i + 1);
      if (speaker) phraseEnd = speaker[1];
    } else if (ADVERBS.has(t.lower)) {
      speaker = [i, i]; // "Demnach hat der Neffe …": the adverb points back to the source
    } else if (((t.lower === "nach" && !postpositionNach(tokens, i) && !NACH_COMPLEMENT.has(tokens[i - 1]?.lower ?? "")) || (t.lower === "aus" && sourceNounAfter(tokens, i) <= i + 2)) && sourceNounAfter(tokens, i) >= 0) {
      // not "die Gier nach solchen Zahlen": the noun before takes "nach" as its complement
      const noun = sourceNounAfter(tokens, i);
      let j = noun + 1;
      if (tokens[j]?.lower === "von" || tokens[j]?.lower === "aus") j++;
      // the speaker is the source phrase: "Angaben von n24", "eigener Aussage", "Aussage des Angestellten"
      const source = NON_GENITIVE_ARTICLES.has(tokens[j]?.text ?? "") ? null : phraseAt(tokens, j);
      speaker = [i + 1, source && source[0] === j && (j === noun + 1 || j === noun + 2) ? source[1] : noun];
      phraseEnd = speaker[1];
    } else if (postpositionNach(tokens, i)) {
      speaker = phraseBeforeNach(tokens, i);
      phraseStart = speaker[0];
      phraseEnd = i;
    } else if (POSTPOSITIONS.has(t.lower) && i > 0) {
      for (let j = Math.max(0, i - 10); j < i; j++) {
        const p = phraseAt(tokens, j, i, false);
        // "Dem Bericht des Bundesamtes für Statistik zufolge": the phrase with its "für" field (de.speaker.for-complement)
        const field = p ? complementEnd(tokens, p[1], i, i) : -1;
        if (p && (p[1] === i - 1 || field === i - 1)) {
          speaker = [p[0], i - 1];
          phraseStart = j;
          break;
        }
      }
      phraseEnd = i;
    }
    if (!speaker) continue;
    // the refined source phrase ("Informationen vom frühen Morgen") is not part of the clause
    speaker = refined(tokens, i, speaker);
    if (speaker && speaker[1] > phraseEnd && phraseStart === i) phraseEnd = speaker[1];
    if (!speaker) continue;
    const restStart = phraseEnd + 1 < tokens.length && tokens[phraseEnd + 1].text === "," ? phraseEnd + 2 : phraseEnd + 1;
    // "Für die Stadt ist das eine Atempause: Nach Angaben der Polizei waren …": after a colon the phrase opens its
    // clause as at the start of a sentence, and the words before the colon are the writer's
    const opens = afterColon(tokens, phraseStart);
    const useRest = tokens.length - restStart >= phraseStart - opens;
    // "Im Saal saßen Augenzeugen zufolge etwa 200 Menschen": a frame inside the clause
    // (no comma around it) leaves the clause whole
    const inside = phraseStart - opens >= 2 && tokens.length - restStart >= 3 && tokens[phraseStart - 1].text !== "," && restStart === phraseEnd + 1;
    // a source phrase inside a relative or subordinate clause vouches for that clause only
    const clause = sourceClause(tokens, phraseStart, phraseEnd);
    const from = clause ? clause[0] : useRest && !inside ? restStart : Math.max(opens, wieFrameEnd(s, phraseStart));
    const to = clause ? clause[1] : useRest || inside ? tokens.length : phraseStart;
    if (to - from < 3) continue;
    return {...span(tokens, from, to), type: "indirect", ...attributionByWord(tokens, i, speaker)};
  }
  return null;
}

/**
 * The token after the last colon (outside quotations) before token `before`, else 0: "Für die Stadt ist das eine
 * Atempause: Nach Angaben der Polizei waren …" — the clause after a colon starts there, as a sentence would, and the
 * words before the colon are the writer's.
 */
function afterColon(tokens: Token[], before: number): number {
  // a bounded look back: a colon further away opens no clause the phrase belongs to
  for (let j = before - 1; j > 0 && j >= before - 40; j--) if (tokens[j].text === ":" && tokens[j].quote < 0) return j + 1;
  return 0;
}

/**
 * "Wie der Sprecher mitteilte, ist die Kernenergie nach Auffassung der Kanzlerin …": the token after
 * a "wie" frame with a speech verb that opens the sentence before the attribution phrase (the frame
 * is no part of the clause), else 0.
 */
function wieFrameEnd(s: SentenceContext, before: number): number {
  if (s.tokens[0]?.lower !== "wie") return 0;
  const end = clauseEnd(s.tokens, 0);
  return end + 1 < before && s.tokens[end].text === "," && wieFrameOpen(s) ? end + 1 : 0;
}

/** Whether an unused cue stands in the opening "wie" clause (cues come in token order: the loop stops at its end). */
function wieFrameOpen(s: SentenceContext): boolean {
  const end = clauseEnd(s.tokens, 0);
  for (const c of s.cues) {
    if (c.index >= end) break;
    if (!s.used.has(c.index)) return true;
  }
  return false;
}
