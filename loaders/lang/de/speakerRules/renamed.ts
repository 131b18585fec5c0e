/**
 * `de.speaker.renamed-speaker`: a sentence without a quote that opens with the
 * surname of the speaker a report carries ("Meier sagte, … . Er betonte, … .
 * Meier war lange in Japan. Die Lage dort sei ernst.") names that speaker
 * again: the report's later sentences take this nearest mention as their
 * speaker span, as the Wikinews gold marks it, instead of the pronoun or the
 * phrase before it. The carried speaker must be that named one or a pronoun.
 */
import type {Attribution, SentenceContext} from "../../../quotes/context.js";
import {isCapitalised, isWord} from "../../../quotes/tokens.js";
import {isCommonNoun} from "../common-nouns.js";
import {speakerPronouns} from "../speakerWords.js";

const PRONOUNS = new Set(speakerPronouns);

/** Whether an attribution's speaker span is a lone pronoun ("er", "sie"). */
export function pronounSpeaker(text: string, a: Pick<Attribution, "speakerStart" | "speakerEnd">): boolean {
  return a.speakerStart !== null && PRONOUNS.has(text.slice(a.speakerStart, a.speakerEnd!).trim().toLowerCase());
}

/**
 * The span of the carried speaker's surname opening the sentence, followed by a lower-case verb;
 * null when the sentence does not open so. `named` is the latest attribution with a speaker that is
 * no pronoun, `carried` the one the report carries.
 */
export function renamedSpeaker(text: string, ctx: SentenceContext, carried: Attribution, named: Attribution | null): [number, number] | null {
  if (!named || named.speakerStart === null || carried.speakerStart === null) return null;
  if (carried.speakerStart !== named.speakerStart && !pronounSpeaker(text, carried)) return null;
  const words = text.slice(named.speakerStart, named.speakerEnd!).match(/\p{Lu}[\p{L}-]+/gu);
  const surname = words?.[words.length - 1];
  const [first, verb] = ctx.tokens;
  // the cheap test of the sentence's first word before the dictionary look-up
  if (!surname || !first || !verb || first.text !== surname || isCommonNoun(surname.toLowerCase())) return null;
  if (first.start === named.speakerStart || !isWord(verb) || isCapitalised(verb) || verb.quote >= 0) return null;
  return [first.start, first.end];
}
