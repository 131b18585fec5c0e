/**
 * A speaker with a participial attribute that opens with a preposition: "mit den Gesprächen vertraute
 * Personen", "mit dem Fall befasste Beamte" (agency German for informed sources). The phrase search
 * stops at the preposition, so without this rule the verb has no speaker.
 */
import {phraseAt, type TokenRange} from "../../../quotes/phrase.js";
import type {SpeakerRule} from "../../../quotes/speakerRule.js";
import {isCapitalised, isWord, type Token} from "../../../quotes/tokens.js";
import {attributePrepositions, informedSourceNouns} from "../speakerWords.js";
import {speakerLike} from "./previous.js";

const PREPOSITIONS = new Set(attributePrepositions);
const SOURCES = new Set(informedSourceNouns);
/** A participle used as an adjective: "vertraute", "befassten", "betroffene", "beteiligten". */
const PARTICIPLE_ADJECTIVE = /^\p{Ll}{3,}(?:te|ten|tes|ene|enen|enes)$/u;

/** The span "mit den Gesprächen vertraute Personen" starting at token i, when its head names people or sources; else null. */
function attributedPhrase(tokens: Token[], i: number, limit: number): TokenRange {
  if (!PREPOSITIONS.has(tokens[i]?.lower ?? "") || tokens[i].quote >= 0) return null;
  const object = phraseAt(tokens, i + 1, limit, false);
  if (!object) return null;
  const adjective = tokens[object[1] + 1];
  if (!adjective || adjective.quote >= 0 || !PARTICIPLE_ADJECTIVE.test(adjective.text)) return null;
  const head = phraseAt(tokens, object[1] + 2, limit, false);
  if (!head || !isWord(tokens[head[0]]) || !isCapitalised(tokens[head[0]])) return null;
  return SOURCES.has(tokens[head[1]].lower) || speakerLike(tokens, head) ? [i, head[1]] : null;
}

/** de.speaker.participial-attribute: "sagten mit den Gesprächen vertraute Personen", "Wie mit dem Fall befasste Beamte berichteten". */
export const participialAttribute: SpeakerRule = {
  id: "de.speaker.participial-attribute",
  find({tokens, cue, from}) {
    // after the verb ("…, sagten mit den Gesprächen vertraute Personen")
    const after = attributedPhrase(tokens, cue + 1, tokens.length);
    if (after) return after;
    // before it, opening the clause or after "wie" ("Wie mit dem Fall befasste Beamte berichteten")
    const start = tokens[from]?.lower === "wie" ? from + 1 : from;
    const before = start < cue ? attributedPhrase(tokens, start, cue) : null;
    return before && before[1] === cue - 1 ? before : undefined;
  }
};
