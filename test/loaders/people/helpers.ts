import {personLexicon} from "../../../loaders/people/lexicon.js";
import {findMentions} from "../../../loaders/people/mentions.js";

/** The person mentions of a one-sentence text, as [surface, rule id] pairs (with the default lexicon). */
export function mentionsWithRules(text: string): [string, string][] {
  return findMentions(text, [{start: 0, end: text.length}], personLexicon()).map((m) => [m.surface, m.rule]);
}
