import type {Attribution, Cue} from "./context.js";
import type {TokenRange} from "./phrase.js";
import type {Token} from "./tokens.js";
import {speakerChecks, speakerRefinements} from "../lang/de/index.js";
import {clauseStart} from "./context.js";
import {CueContext, speakerForCue} from "./cueSpeaker.js";

/** The speaker span after the refinements of the language (extent, appositions), for spans a rule found itself. */
export function refined(tokens: Token[], cue: number, speaker: TokenRange): TokenRange {
  if (!speaker) return speaker;
  const context = new CueContext(tokens, cue, clauseStart(tokens, cue));
  let found: TokenRange = speaker;
  for (const refinement of speakerRefinements) if (found) found = refinement.refine(context, found) ?? found;
  return found;
}

/**
 * The speaker span after the language's last checks (a dateline, a relative
 * pronoun, a lone adverb or article): corrected, kept, or null for no speaker.
 */
export function checked(tokens: Token[], cue: number, speaker: TokenRange): TokenRange {
  const context = {
    tokens,
    cue,
    searchFrom(from: number): TokenRange {
      if (cue < from) return null;
      const rest = tokens.slice(from);
      const found = refined(rest, cue - from, speakerForCue(rest, cue - from));
      return found ? [found[0] + from, found[1] + from] : null;
    }
  };
  let found = speaker;
  for (const check of speakerChecks) {
    if (!found) break;
    const result = check.check(context, found);
    if (result !== undefined) found = result;
  }
  return found;
}

/** Impersonal subjects ("es", "man"): no speaker. */
export const IMPERSONAL: ReadonlySet<string> = new Set(["es", "man"]);

/** The cue text: the verb, with its separable particle ("teilte mit"). */
export function cueText(tokens: Token[], cue: Cue): string {
  if (cue.particle < 0) return tokens[cue.index].text;
  // "Von einem „…“ sprach der Kanzler": a preposition before the verb, named after it as in the lexicon ("sprach von")
  return `${tokens[cue.index].text} ${cue.particle < cue.index ? tokens[cue.particle].lower : tokens[cue.particle].text}`;
}

/** Attribution (speaker span and cue span) for a cue, with the speaker found by `speakerForCue` unless given. */
export function attributionFor(tokens: Token[], cue: Cue, found: TokenRange = speakerForCue(tokens, cue.index)): Omit<Attribution, "sentence"> {
  const verb = tokens[cue.index];
  // "hieß es", "man sagt": impersonal, no speaker
  const speaker = found && found[0] === found[1] && IMPERSONAL.has(tokens[found[0]].lower) ? null : checked(tokens, cue.index, refined(tokens, cue.index, found));
  return {
    speakerStart: speaker ? tokens[speaker[0]].start : null,
    speakerEnd: speaker ? tokens[speaker[1]].end : null,
    cue: cueText(tokens, cue),
    cueStart: verb.start,
    cueEnd: verb.end
  };
}

/** Attribution by a phrase ("laut X", "so X"), the given token standing as cue. */
export function attributionByWord(tokens: Token[], word: number, phrase: TokenRange): Omit<Attribution, "sentence"> {
  const speaker = checked(tokens, word, refined(tokens, word, phrase));
  return {
    speakerStart: speaker ? tokens[speaker[0]].start : null,
    speakerEnd: speaker ? tokens[speaker[1]].end : null,
    cue: tokens[word].text,
    cueStart: tokens[word].start,
    cueEnd: tokens[word].end
  };
}
